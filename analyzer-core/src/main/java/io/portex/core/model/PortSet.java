package io.portex.core.model;

import java.util.Arrays;

/**
 * An immutable set of port numbers 0–65535. A set of a few ports (most snapshots of a capture loop)
 * is kept as a sorted list, two bytes a port; a larger one as a bitmap (8 KiB): a snapshot never
 * holds more than 8 KiB of ports, and a tiny one only a few bytes, so that the number of snapshots
 * cannot exhaust the heap.
 */
public final class PortSet {

  private static final int WORDS = 65536 / 64;

  /** Ports above which the bitmap is smaller than the list. */
  private static final int MAX_LISTED = WORDS * 64 / 16;

  /** The bitmap, or null when the ports are listed. */
  private final long[] bits;

  /** The ports in ascending order, or null when they are a bitmap. */
  private final char[] listed;

  private PortSet(long[] bits, char[] listed) {
    this.bits = bits;
    this.listed = listed;
  }

  public boolean contains(int port) {
    if (port < 0 || port > 65535) {
      return false;
    }
    if (listed != null) {
      return Arrays.binarySearch(listed, (char) port) >= 0;
    }
    return (bits[port >>> 6] & (1L << port)) != 0;
  }

  /** How many ports of {@code first..last} (inclusive) are in the set. */
  public int countInRange(int first, int last) {
    int from = Math.max(0, first);
    int to = Math.min(65535, last);
    if (from > to) {
      return 0;
    }
    if (listed != null) {
      return insertionPoint(to + 1) - insertionPoint(from);
    }
    int count = 0;
    for (int port = from; port <= to; ) {
      int word = port >>> 6;
      int lastInWord = Math.min(to, (word << 6) + 63);
      long mask = bitsBetween(port & 63, lastInWord & 63);
      count += Long.bitCount(bits[word] & mask);
      port = lastInWord + 1;
    }
    return count;
  }

  /** The index of the first listed port at or above {@code port}. */
  private int insertionPoint(int port) {
    if (port > 65535) {
      return listed.length;
    }
    int index = Arrays.binarySearch(listed, (char) port);
    return index >= 0 ? index : -index - 1;
  }

  public int size() {
    if (listed != null) {
      return listed.length;
    }
    int count = 0;
    for (long word : bits) {
      count += Long.bitCount(word);
    }
    return count;
  }

  private static long bitsBetween(int low, int high) {
    long upTo = high == 63 ? -1L : (1L << (high + 1)) - 1;
    return upTo & (-1L << low);
  }

  @Override
  public boolean equals(Object other) {
    // one set has one form: the builder picks it from the size alone
    return other instanceof PortSet set
        && Arrays.equals(bits, set.bits)
        && Arrays.equals(listed, set.listed);
  }

  @Override
  public int hashCode() {
    return listed != null ? Arrays.hashCode(listed) : Arrays.hashCode(bits);
  }

  /** Collects ports; {@link #build} hands out an immutable copy in its smaller form. */
  public static final class Builder {
    private final long[] bits = new long[WORDS];

    public Builder add(int port) {
      if (port >= 0 && port <= 65535) {
        bits[port >>> 6] |= 1L << port;
      }
      return this;
    }

    public PortSet build() {
      int size = 0;
      for (long word : bits) {
        size += Long.bitCount(word);
      }
      if (size > MAX_LISTED) {
        return new PortSet(bits.clone(), null);
      }
      char[] ports = new char[size];
      int next = 0;
      for (int word = 0; word < WORDS; word++) {
        long w = bits[word];
        while (w != 0) {
          ports[next++] = (char) ((word << 6) + Long.numberOfTrailingZeros(w));
          w &= w - 1;
        }
      }
      return new PortSet(null, ports);
    }
  }
}
