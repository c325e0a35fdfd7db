package io.portex.core.model;

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

  public boolean known() {
    return seconds != null;
  }
}
