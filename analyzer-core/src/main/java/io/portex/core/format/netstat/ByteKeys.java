package io.portex.core.format.netstat;

import java.util.Arrays;

/**
 * Distinct byte strings numbered in the order first met, found again by their bytes without making
 * a {@code String}: the local hosts and remote endpoints of a run of rows. Not thread-safe.
 */
final class ByteKeys {

  private byte[][] keys = new byte[16][];
  private int[] hashes = new int[16];
  private int count;

  /** Open addressing: key number + 1, 0 when free. */
  private int[] slots = new int[32];

  /** The number of the bytes {@code from..to} of {@code bytes}, or -1 when not met yet. */
  int find(byte[] bytes, int from, int to, int hash) {
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    int length = to - from;
    while (true) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      int key = entry - 1;
      if (hashes[key] == hash
          && keys[key].length == length
          && Arrays.equals(keys[key], 0, length, bytes, from, to)) {
        return key;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Numbers the bytes {@code from..to} of {@code bytes}, which {@link #find} did not find. */
  int add(byte[] bytes, int from, int to, int hash) {
    if (count == keys.length) {
      keys = Arrays.copyOf(keys, count * 2);
      hashes = Arrays.copyOf(hashes, count * 2);
    }
    keys[count] = Arrays.copyOfRange(bytes, from, to);
    hashes[count] = hash;
    place(count, hash, slots);
    count++;
    if (count * 2 > slots.length) {
      int[] larger = new int[slots.length * 2];
      for (int key = 0; key < count; key++) {
        place(key, hashes[key], larger);
      }
      slots = larger;
    }
    return count - 1;
  }

  private static void place(int key, int hash, int[] table) {
    int mask = table.length - 1;
    int slot = spread(hash) & mask;
    while (table[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    table[slot] = key + 1;
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 15);
  }
}
