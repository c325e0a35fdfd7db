package io.portex.core.model;

import java.util.Map;

/**
 * The ports a host can hand out to outbound connections: the dynamic range less the excluded ports
 * inside it.
 *
 * @param start first port of the dynamic range
 * @param count ports in the range
 * @param excluded ports of the range that are excluded (reserved by Hyper-V, WinNAT, an admin)
 * @param source where the range came from, in words
 * @param legacy true on Windows XP / Server 2003, where the range is 1025–MaxUserPort and is
 *     changed in the registry (netsh has no dynamicport there)
 */
public record EphemeralCapacity(int start, int count, int excluded, String source, boolean legacy) {

  /** Windows Vista / Server 2008 and later: 49152–65535. */
  public static final EphemeralCapacity DEFAULT =
      new EphemeralCapacity(
          49152, 16384, 0, "default range of Windows Vista and later (49152-65535)", false);

  public EphemeralCapacity {
    if (start < 1 || count < 1 || start + count - 1 > 65535 || excluded < 0 || excluded > count) {
      throw new IllegalArgumentException(
          "invalid range: start " + start + ", count " + count + ", excluded " + excluded);
    }
  }

  /** A range of Windows Vista and later. */
  public EphemeralCapacity(int start, int count, int excluded, String source) {
    this(start, count, excluded, source, false);
  }

  /** Last port of the range. */
  public int end() {
    return start + count - 1;
  }

  /** Ports that can really be handed out. */
  public int effective() {
    return count - excluded;
  }

  /**
   * The share of the effective capacity that {@code inUse} ports take: 0 to 1 and beyond. A range
   * excluded whole has no port to hand out: any port in use fills it (1), none leaves it empty (0),
   * never a division by zero.
   */
  public double share(int inUse) {
    int effective = effective();
    if (effective == 0) {
      return inUse > 0 ? 1 : 0;
    }
    return (double) inUse / effective;
  }

  /** Distinct local TCP ports of the snapshot inside the range. */
  public int inUse(Snapshot snapshot) {
    return snapshot.localTcpPorts().countInRange(start, end());
  }

  /** Sockets per state on local ports inside the range: the ephemeral users the rules count. */
  public Map<TcpState, Integer> ephemeralStates(Snapshot snapshot) {
    return snapshot.ports().counts(start, end());
  }

  /** True when {@code port} lies inside the dynamic range. */
  public boolean contains(int port) {
    return port >= start && port <= end();
  }
}
