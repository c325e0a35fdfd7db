package io.portex.core.format.registry;

import io.portex.core.diag.DiagnosticSink;

/**
 * The ranges Windows accepts for the two Tcpip parameters that size port exhaustion: {@code
 * TcpTimedWaitDelay} (seconds, 30–300; 2–300 on 2012 R2 and later) and {@code MaxUserPort}
 * (5000–65534, honoured before Vista only). A value outside is reported and still kept: it is what
 * the machine had.
 */
final class TcpipLimits {

  static final String TIME_WAIT = "TcpTimedWaitDelay";
  static final String MAX_USER_PORT = "MaxUserPort";

  private TcpipLimits() {}

  static void check(
      String name, long value, long line, String excerpt, DiagnosticSink diagnostics) {
    if (name.equalsIgnoreCase(TIME_WAIT)) {
      if (value >= 2 && value < 30) {
        diagnostics.info(
            "registry.short-time-wait",
            line,
            TIME_WAIT + " " + value + " s is below 30; only 2012 R2 and later accept it",
            excerpt);
      } else if (value < 2 || value > 300) {
        diagnostics.warning(
            "registry.out-of-range",
            line,
            TIME_WAIT
                + " "
                + value
                + " s is outside the documented 30-300 (2-300 on 2012 R2 and later)",
            excerpt);
      }
    } else if (name.equalsIgnoreCase(MAX_USER_PORT) && (value < 5000 || value > 65534)) {
      diagnostics.warning(
          "registry.out-of-range",
          line,
          MAX_USER_PORT + " " + value + " is outside the documented 5000-65534",
          excerpt);
    }
  }
}
