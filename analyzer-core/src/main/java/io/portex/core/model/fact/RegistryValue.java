package io.portex.core.model.fact;

import io.portex.core.model.SourceRange;

/**
 * A numeric value under {@code HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters} (or another
 * key), as {@code reg query} showed it.
 *
 * @param key the registry key
 * @param name the value name, e.g. {@code TcpTimedWaitDelay} or {@code MaxUserPort}
 * @param value the number (REG_DWORD/REG_QWORD, hex or decimal in the input)
 */
public record RegistryValue(String key, String name, long value, SourceRange source)
    implements Fact {

  /** Seconds a closed connection stays in TIME_WAIT. */
  public static final String TIME_WAIT_DELAY = "TcpTimedWaitDelay";

  /** The top of the dynamic port range before Vista. */
  public static final String MAX_USER_PORT = "MaxUserPort";

  /** True for the value called {@code valueName} (registry names are case-insensitive). */
  public boolean is(String valueName) {
    return name.equalsIgnoreCase(valueName);
  }

  /**
   * False for a value of the two Tcpip parameters that size port exhaustion outside what Windows
   * accepts: {@code TcpTimedWaitDelay} 2–300 s (30–300 before 2012 R2), {@code MaxUserPort}
   * 5000–65534. Such a value is shown as read but never used in the analysis. Other values are
   * always within range.
   */
  public boolean withinValidRange() {
    if (is(TIME_WAIT_DELAY)) {
      return value >= 2 && value <= 300;
    }
    if (is(MAX_USER_PORT)) {
      return value >= 5000 && value <= 65534;
    }
    return true;
  }
}
