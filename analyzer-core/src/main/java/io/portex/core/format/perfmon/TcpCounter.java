package io.portex.core.format.perfmon;

import java.util.Locale;
import java.util.Set;

/**
 * How a counter of the TCPv4/TCPv6 objects is to be read. {@code Connections Established} is a
 * count of sockets (ESTABLISHED and CLOSE_WAIT); {@code Connections Active}, {@code Connections
 * Passive}, {@code Connection Failures} and {@code Connections Reset} count since boot, so only
 * their rate of change means something; {@code Segments.../sec} are rates already.
 */
enum TcpCounter {
  /** A count of connections at the time of the sample. */
  GAUGE,
  /** A count since boot: read as its rate of change. */
  CUMULATIVE,
  /** A rate per second, as Perfmon computed it. */
  RATE,
  /** A counter portex does not know (another Windows version, or a localized name). */
  UNKNOWN;

  private static final Set<String> CUMULATIVE_NAMES =
      Set.of(
          "connections active", "connections passive", "connection failures", "connections reset");

  static TcpCounter of(String counter) {
    String name = counter.strip().toLowerCase(Locale.ROOT);
    if (name.equals("connections established")) {
      return GAUGE;
    }
    if (CUMULATIVE_NAMES.contains(name)) {
      return CUMULATIVE;
    }
    return name.endsWith("/sec") ? RATE : UNKNOWN;
  }
}
