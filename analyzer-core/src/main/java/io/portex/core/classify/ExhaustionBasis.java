package io.portex.core.classify;

/** What says the ports ran out (SPEC §3: the output says which). */
public enum ExhaustionBasis {
  /** Nothing: no exhaustion event, usage below the exhausted share. */
  NONE,
  /** Tcpip 4227/4231/4266 events. */
  EVENTS,
  /** Peak usage at or above the exhausted share of capacity. */
  USAGE,
  /** Both. */
  EVENTS_AND_USAGE;

  static ExhaustionBasis of(boolean events, boolean usage) {
    return events && usage ? EVENTS_AND_USAGE : events ? EVENTS : usage ? USAGE : NONE;
  }
}
