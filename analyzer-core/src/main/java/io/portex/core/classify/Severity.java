package io.portex.core.classify;

import java.util.Locale;

/** How urgent a finding is. */
public enum Severity {
  /** The cause is there but ports did not run out. */
  WARNING,
  /** Ports ran out (Tcpip events, or usage at the exhausted share of capacity). */
  CRITICAL;

  /** The word the JSON and the reports use: {@code warning}, {@code critical}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
