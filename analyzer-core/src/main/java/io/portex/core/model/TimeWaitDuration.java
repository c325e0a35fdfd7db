package io.portex.core.model;

import io.portex.core.model.fact.Fact;
import io.portex.core.model.fact.RegistryValue;
import java.util.List;

/**
 * How long a closed connection holds its port in TIME_WAIT on the analyzed host: the registry's
 * TcpTimedWaitDelay, a value the caller set, or unknown (then both 120 s and 240 s are assumed:
 * Microsoft's documents disagree on the default).
 *
 * @param seconds the duration, or null when unknown
 * @param source where it came from, in words
 */
public record TimeWaitDuration(Long seconds, String source) {

  public static final TimeWaitDuration UNKNOWN =
      new TimeWaitDuration(
          null, "unknown: no TcpTimedWaitDelay read; 120 s and 240 s both possible");

  /** The TIME_WAIT durations assumed when the registry does not say (SPEC §1). */
  public static final List<Long> ASSUMED_SECONDS = List.of(120L, 240L);

  /**
   * The duration in force: the caller's, else the last TcpTimedWaitDelay the registry exports gave,
   * else unknown.
   *
   * @param facts the host's facts
   * @param callerSeconds the caller's value, or null
   */
  public static TimeWaitDuration of(List<Fact> facts, Long callerSeconds) {
    if (callerSeconds != null) {
      return new TimeWaitDuration(callerSeconds, "set by the caller");
    }
    RegistryValue delay = null;
    for (RegistryValue value : Fact.ofKind(facts, RegistryValue.class)) {
      // a value Windows would not accept is reported by the registry reader and never used here
      if (value.is(RegistryValue.TIME_WAIT_DELAY) && value.withinValidRange()) {
        delay = value;
      }
    }
    return delay == null
        ? UNKNOWN
        : new TimeWaitDuration(
            delay.value(), "registry TcpTimedWaitDelay (" + delay.source() + ")");
  }

  public boolean known() {
    return seconds != null;
  }

  /** The durations to reason with: the known one, else both assumptions. */
  public List<Long> candidates() {
    return known() ? List.of(seconds) : ASSUMED_SECONDS;
  }
}
