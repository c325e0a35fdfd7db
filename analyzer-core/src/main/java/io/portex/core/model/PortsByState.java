package io.portex.core.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The local TCP ports of a set of sockets, per state, with repeats (one entry per socket), so that
 * the sockets of any port range can be counted once the dynamic range is known: two bytes per
 * socket. Immutable.
 */
public final class PortsByState {

  private static final TcpState[] STATES = TcpState.values();
  private static final char[] NONE = new char[0];

  /** Ports from which the radix sort beats {@code Arrays.sort}'s insertion and quick sorts. */
  private static final int RADIX_FROM = 256;

  /** No sockets. */
  public static final PortsByState EMPTY = new PortsByState(emptyArrays());

  private final char[][] ports;

  private PortsByState(char[][] ports) {
    this.ports = ports;
  }

  /** Sockets in {@code state} whose local port lies in {@code first..last} (inclusive). */
  public int count(TcpState state, int first, int last) {
    char[] sorted = ports[state.ordinal()];
    if (sorted.length == 0 || first > last) {
      return 0;
    }
    return lowerBound(sorted, last + 1) - lowerBound(sorted, first);
  }

  /** Sockets per state whose local port lies in {@code first..last}; every state present. */
  public Map<TcpState, Integer> counts(int first, int last) {
    Map<TcpState, Integer> counts = new EnumMap<>(TcpState.class);
    for (TcpState state : STATES) {
      counts.put(state, count(state, first, last));
    }
    return counts;
  }

  /** The first index whose port is at least {@code port}. */
  private static int lowerBound(char[] sorted, int port) {
    if (port > 65535) {
      return sorted.length;
    }
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < port) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static char[][] emptyArrays() {
    char[][] arrays = new char[STATES.length][];
    Arrays.fill(arrays, NONE);
    return arrays;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PortsByState that && Arrays.deepEquals(ports, that.ports);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(ports);
  }

  /** Collects one port per socket. Not thread-safe. */
  public static final class Builder {
    private final char[][] ports = emptyArrays();
    private final int[] sizes = new int[STATES.length];

    public Builder add(TcpState state, int port) {
      if (port < 0 || port > 65535) {
        return this;
      }
      int s = state.ordinal();
      char[] array = ports[s];
      if (sizes[s] == array.length) {
        array = Arrays.copyOf(array, Math.max(16, array.length * 2));
        ports[s] = array;
      }
      array[sizes[s]++] = (char) port;
      return this;
    }

    /** Adds every socket of {@code other}. */
    void addAll(Builder other) {
      for (int s = 0; s < STATES.length; s++) {
        int added = other.sizes[s];
        if (added == 0) {
          continue;
        }
        int size = sizes[s];
        if (size + added > ports[s].length) {
          ports[s] = Arrays.copyOf(ports[s], Math.max(16, Math.max(size + added, size * 2)));
        }
        System.arraycopy(other.ports[s], 0, ports[s], size, added);
        sizes[s] = size + added;
      }
    }

    /** Adds the port of every socket to {@code set}. */
    void addTo(PortSet.Builder set) {
      for (int s = 0; s < STATES.length; s++) {
        char[] array = ports[s];
        for (int i = 0, n = sizes[s]; i < n; i++) {
          set.add(array[i]);
        }
      }
    }

    public PortsByState build() {
      char[][] sorted = new char[STATES.length][];
      boolean any = false;
      for (int s = 0; s < STATES.length; s++) {
        sorted[s] = sizes[s] == 0 ? NONE : sort(ports[s], sizes[s]);
        any |= sizes[s] > 0;
      }
      return any ? new PortsByState(sorted) : EMPTY;
    }

    /**
     * The first {@code size} ports in ascending order, in a new array. Above a few hundred ports,
     * two passes of a byte-wise radix sort: {@code Arrays.sort} counts a char array of that size
     * into 65,536 buckets, a quarter of a megabyte to clear and scan for every state of every
     * snapshot, which profiles of a batch of capture loops showed at 7 % of all the time.
     */
    static char[] sort(char[] ports, int size) {
      char[] sorted = Arrays.copyOf(ports, size);
      if (size < RADIX_FROM) {
        Arrays.sort(sorted);
        return sorted;
      }
      char[] buffer = new char[size];
      radixPass(sorted, buffer, 0);
      radixPass(buffer, sorted, 8);
      return sorted;
    }

    private static void radixPass(char[] from, char[] to, int shift) {
      int[] starts = new int[257];
      for (char port : from) {
        starts[((port >>> shift) & 0xFF) + 1]++;
      }
      for (int b = 1; b <= 256; b++) {
        starts[b] += starts[b - 1];
      }
      for (char port : from) {
        to[starts[(port >>> shift) & 0xFF]++] = port;
      }
    }
  }
}
