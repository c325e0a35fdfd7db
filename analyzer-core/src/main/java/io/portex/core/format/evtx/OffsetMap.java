package io.portex.core.format.evtx;

import java.util.Arrays;

/**
 * Values by chunk offset, without boxing the offset: the caches of a chunk's templates and names,
 * looked up for every record and element. Open addressing with linear probing, at most half full;
 * {@link #clear} empties it for the next chunk and keeps its size.
 *
 * @param <T> what is kept
 */
final class OffsetMap<T> {

  /** Keys are offset + 1, so that 0 marks a free slot. */
  private int[] keys = new int[64];

  private Object[] values = new Object[64];
  private int size;

  /** The value at {@code offset} (0 or more), or null. */
  @SuppressWarnings("unchecked")
  T get(int offset) {
    int key = offset + 1;
    int mask = keys.length - 1;
    for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
      int found = keys[slot];
      if (found == key) {
        return (T) values[slot];
      }
      if (found == 0) {
        return null;
      }
    }
  }

  /** Keeps {@code value} (not null) at {@code offset} (0 or more), replacing what was there. */
  void put(int offset, T value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(offset + 1, value);
  }

  void clear() {
    if (size > 0) {
      Arrays.fill(keys, 0);
      Arrays.fill(values, null);
      size = 0;
    }
  }

  int size() {
    return size;
  }

  private void insert(int key, Object value) {
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == 0) {
      size++;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  private void grow() {
    int[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(int key, int mask) {
    return (key * 0x9E3779B9 >>> 16) & mask;
  }
}
