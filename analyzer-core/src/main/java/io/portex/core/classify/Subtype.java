package io.portex.core.classify;

/** The kinds of exhaustion portex tells apart (SPEC §3). */
public enum Subtype {
  TIME_WAIT_ACCUMULATION,
  CLOSE_WAIT_LEAK,
  HIGH_CONNECTION_COUNT,
  BOUND_PORT_LEAK,
  SMALL_PORT_RANGE,
  SINGLE_DESTINATION_SATURATION
}
