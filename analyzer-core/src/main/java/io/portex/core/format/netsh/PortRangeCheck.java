package io.portex.core.format.netsh;

import io.portex.core.diag.DiagnosticSink;

/**
 * The limits netsh and Windows put on port ranges. A range that cannot exist is an error and gives
 * no fact; one that netsh would refuse today but older systems accepted is kept with a warning.
 */
final class PortRangeCheck {

  /** The lowest start {@code netsh int ipv4 set dynamicport} accepts. */
  static final int MIN_DYNAMIC_START = 1025;

  /** The smallest dynamic range {@code netsh int ipv4 set dynamicport} accepts. */
  static final int MIN_DYNAMIC_COUNT = 255;

  static final int MAX_PORT = 65535;

  private PortRangeCheck() {}

  /** True when the dynamic range can exist; reports what is wrong or unusual about it. */
  static boolean dynamicRange(
      long start, long count, long line, String excerpt, DiagnosticSink diagnostics) {
    String code = "netsh-dynamicport.";
    if (start < 1 || count < 1 || start + count - 1 > MAX_PORT) {
      diagnostics.error(
          code + "invalid-range",
          line,
          "start "
              + start
              + " and "
              + count
              + " ports do not fit ports 1-"
              + MAX_PORT
              + "; range not used",
          excerpt);
      return false;
    }
    if (start < MIN_DYNAMIC_START) {
      diagnostics.warning(
          code + "low-start",
          line,
          "start " + start + " is below " + MIN_DYNAMIC_START + ", the lowest netsh accepts",
          excerpt);
    }
    if (count < MIN_DYNAMIC_COUNT) {
      diagnostics.warning(
          code + "small-range",
          line,
          count + " ports is fewer than " + MIN_DYNAMIC_COUNT + ", the fewest netsh accepts",
          excerpt);
    }
    return true;
  }

  /** True when the excluded range can exist; reports why not. */
  static boolean excludedRange(
      long start, long end, long line, String excerpt, DiagnosticSink diagnostics) {
    String code = "netsh-excluded.";
    if (start < 1 || start > MAX_PORT || end > MAX_PORT) {
      diagnostics.error(
          code + "invalid-port",
          line,
          "ports " + start + "-" + end + " are outside 1-" + MAX_PORT + "; range not used",
          excerpt);
      return false;
    }
    if (end < start) {
      diagnostics.error(
          code + "end-before-start",
          line,
          "end port " + end + " is before start port " + start + "; range not used",
          excerpt);
      return false;
    }
    return true;
  }
}
