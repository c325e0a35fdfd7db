package io.portex.core.model;

import java.util.Arrays;

/** An immutable set of port numbers 0–65535, stored as a bitmap (8 KiB). */
public final class PortSet {

  private static final int WORDS = 65536 / 64;

  private final long[] bits;

  private PortSet(long[] bits) {
    this.bits = bits;
  }

  public boolean contains(int port) {
    return port >= 0 && port <= 65535 && (bits[port >>> 6] & (1L << port)) != 0;
  }

  /** How many ports of {@code first..last} (inclusive) are in the set. */
  public int countInRange(int first, int last) {
    int from = Math.max(0, first);
    int to = Math.min(65535, last);
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

  public int size() {
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
    return other instanceof PortSet set && Arrays.equals(bits, set.bits);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bits);
  }

  /** Collects ports; {@link #build} hands out an immutable copy. */
  public static final class Builder {
    private final long[] bits = new long[WORDS];

    public Builder add(int port) {
      if (port >= 0 && port <= 65535) {
        bits[port >>> 6] |= 1L << port;
      }
      return this;
    }

    public PortSet build() {
      return new PortSet(bits.clone());
    }
  }
}
