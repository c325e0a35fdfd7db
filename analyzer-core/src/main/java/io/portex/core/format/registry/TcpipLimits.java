package io.portex.core.format.registry;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.model.fact.RegistryValue;

/**
 * The ranges Windows accepts for the two Tcpip parameters that size port exhaustion: {@code
 * TcpTimedWaitDelay} (seconds, 30–300; 2–300 on 2012 R2 and later) and {@code MaxUserPort}
 * (5000–65534, honoured before Vista only). A value outside is reported and still kept as read (it
 * is what the machine had), but the analysis never uses it ({@link
 * RegistryValue#withinValidRange()}).
 */
final class TcpipLimits {

  private static final String TIME_WAIT = RegistryValue.TIME_WAIT_DELAY;
  private static final String MAX_USER_PORT = RegistryValue.MAX_USER_PORT;

  private TcpipLimits() {}

  static void check(RegistryValue read, long line, String excerpt, DiagnosticSink diagnostics) {
    long value = read.value();
    if (read.is(TIME_WAIT)) {
      if (read.withinValidRange() && value < 30) {
        diagnostics.info(
            "registry.short-time-wait",
            line,
            TIME_WAIT + " " + value + " s is below 30; only 2012 R2 and later accept it",
            excerpt);
      } else if (!read.withinValidRange()) {
        diagnostics.warning(
            "registry.out-of-range",
            line,
            TIME_WAIT
                + " "
                + value
                + " s is outside the documented 30-300 (2-300 on 2012 R2 and later);"
                + " ignored: the TIME_WAIT duration is taken as unknown",
            excerpt);
      }
    } else if (read.is(MAX_USER_PORT) && !read.withinValidRange()) {
      diagnostics.warning(
          "registry.out-of-range",
          line,
          MAX_USER_PORT + " " + value + " is outside the documented 5000-65534; ignored",
          excerpt);
    }
  }
}
