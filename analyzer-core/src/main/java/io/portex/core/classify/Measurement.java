package io.portex.core.classify;

/**
 * A value a rule measured, against the threshold it was compared with.
 *
 * @param name what was measured, e.g. {@code TIME_WAIT at peak}
 * @param value the value
 * @param threshold the threshold, or null when the value is context, not a test
 * @param unit {@code sockets}, {@code ports}, {@code share}, {@code per second}
 */
public record Measurement(String name, double value, Double threshold, String unit) {

  public static Measurement context(String name, double value, String unit) {
    return new Measurement(name, value, null, unit);
  }

  /** True when the value reaches the threshold (or there is none). */
  public boolean met() {
    return threshold == null || value >= threshold;
  }
}
