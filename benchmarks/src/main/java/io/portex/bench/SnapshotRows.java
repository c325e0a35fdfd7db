package io.portex.bench;

import java.util.SplittableRandom;

/**
 * The rows of one snapshot, in the order {@code netstat -ano} lists them: TCP over IPv4 (listeners,
 * then connections), TCP over IPv6, then UDP. One row in fifty is TCP over IPv6 and one in fifty is
 * UDP. Local ephemeral ports of a snapshot are distinct while there are fewer connections than
 * ports in the dynamic range. Not thread-safe.
 */
final class SnapshotRows {

  private static final String[] STATE_BY_PERCENT = states();
  private static final HostProfile.Remote[] REMOTE_BY_PERCENT = remotes();

  private final SplittableRandom random;
  private final int rows;
  private final int tcp4End;
  private final int tcp6End;
  private final int portBase;
  private final int portMultiplier;
  private int index;
  private int connections;

  /**
   * @param random the source of choices, shared by the snapshots of a file
   * @param rows rows in the snapshot, at least 1
   */
  SnapshotRows(SplittableRandom random, int rows) {
    this.random = random;
    this.rows = rows;
    int share = rows / 50;
    this.tcp4End = rows - 2 * share;
    this.tcp6End = rows - share;
    this.portBase = random.nextInt(HostProfile.EPHEMERAL_COUNT);
    this.portMultiplier = random.nextInt(HostProfile.EPHEMERAL_COUNT / 2) * 2 + 1;
  }

  boolean hasNext() {
    return index < rows;
  }

  NetstatRow next() {
    int i = index++;
    if (i < tcp4End) {
      return i < HostProfile.TCP4_LISTENERS.size() ? HostProfile.TCP4_LISTENERS.get(i) : tcp4();
    }
    if (i < tcp6End) {
      int position = i - tcp4End;
      return position < HostProfile.TCP6_LISTENERS.size()
          ? HostProfile.TCP6_LISTENERS.get(position)
          : tcp6();
    }
    int position = i - tcp6End;
    return position < HostProfile.UDP_FIXED.size() ? HostProfile.UDP_FIXED.get(position) : udp();
  }

  private NetstatRow tcp4() {
    HostProfile.Remote remote = REMOTE_BY_PERCENT[random.nextInt(100)];
    String state = STATE_BY_PERCENT[random.nextInt(100)];
    int pid = state.equals("TIME_WAIT") ? 0 : remote.pid();
    return new NetstatRow(
        "TCP", Address.of(remote.localPrefix(), ephemeralPort()), remote.address(), state, pid);
  }

  private NetstatRow tcp6() {
    boolean open = random.nextInt(10) < 6;
    return new NetstatRow(
        "TCP",
        Address.of(HostProfile.LINK_LOCAL, ephemeralPort()),
        HostProfile.LINK_LOCAL_PEER,
        open ? "ESTABLISHED" : "TIME_WAIT",
        open ? 4 : 0);
  }

  private NetstatRow udp() {
    int port = HostProfile.EPHEMERAL_FIRST + random.nextInt(HostProfile.EPHEMERAL_COUNT);
    return new NetstatRow(
        "UDP", Address.of("0.0.0.0:", port), Address.ANY, "", HostProfile.DNS_CLIENT_PID);
  }

  /**
   * The next local port of an outbound connection: a scrambled walk through the dynamic range, so
   * ports repeat within a snapshot only after all of them are used.
   */
  private int ephemeralPort() {
    int mask = HostProfile.EPHEMERAL_COUNT - 1;
    int v = (portBase + connections++) & mask;
    v = (v * portMultiplier) & mask;
    v ^= v >>> 7;
    v = (v * 0x2C1B) & mask;
    v ^= v >>> 5;
    return HostProfile.EPHEMERAL_FIRST + (v & mask);
  }

  private static String[] states() {
    String[] byPercent = new String[100];
    int next = 0;
    for (HostProfile.Weighted weighted : HostProfile.STATES) {
      for (int i = 0; i < weighted.weight(); i++) {
        byPercent[next++] = weighted.state();
      }
    }
    return checkFull(byPercent, next);
  }

  private static HostProfile.Remote[] remotes() {
    HostProfile.Remote[] byPercent = new HostProfile.Remote[100];
    int next = 0;
    for (HostProfile.Remote remote : HostProfile.REMOTES) {
      for (int i = 0; i < remote.weight(); i++) {
        byPercent[next++] = remote;
      }
    }
    return checkFull(byPercent, next);
  }

  private static <T> T[] checkFull(T[] byPercent, int filled) {
    if (filled != byPercent.length) {
      throw new IllegalStateException("weights sum to " + filled + ", not 100");
    }
    return byPercent;
  }
}
