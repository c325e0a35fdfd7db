package io.portex.core.classify;

/**
 * What a verdict concludes: the primary sub-type, no exhaustion, or not enough evidence to tell.
 */
public enum Conclusion {
  TIME_WAIT_ACCUMULATION,
  CLOSE_WAIT_LEAK,
  HIGH_CONNECTION_COUNT,
  BOUND_PORT_LEAK,
  SMALL_PORT_RANGE,
  SINGLE_DESTINATION_SATURATION,
  /** Connection data shows no kind of exhaustion. */
  NONE,
  /** Exhaustion events, or nothing, but no connection data to tell what held the ports. */
  INCONCLUSIVE;

  public static Conclusion of(Subtype subtype) {
    return valueOf(subtype.name());
  }

  /** True for a sub-type, false for NONE and INCONCLUSIVE. */
  public boolean isSubtype() {
    return this != NONE && this != INCONCLUSIVE;
  }
}
