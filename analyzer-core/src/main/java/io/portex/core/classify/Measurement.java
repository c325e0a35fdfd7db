package io.portex.core.classify;

import java.util.Objects;

/**
 * A value a rule measured, against the threshold it was tested with. Tests and tools key on {@code
 * id}; {@code name} is for people.
 *
 * @param id stable id, e.g. {@code timeWait.peak}
 * @param name what was measured, in words, e.g. {@code TIME_WAIT at peak}
 * @param value the value
 * @param threshold the value it was tested against, or null when it is context, not a test
 * @param thresholdName the name of that threshold ({@code timeWaitMin}), or null
 * @param unit {@code sockets}, {@code ports}, {@code share}, {@code per second}
 */
public record Measurement(
    String id, String name, double value, Double threshold, String thresholdName, String unit) {

  public Measurement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
  }

  /** A value tested against a declared threshold, at its value in force. */
  static Measurement tested(
      String id, String name, double value, Threshold threshold, Thresholds values) {
    return new Measurement(
        id, name, value, values.get(threshold), threshold.name(), threshold.unit());
  }

  /** A value tested against a fixed limit of the domain (e.g. the default capacity). */
  static Measurement against(
      String id, String name, double value, double limit, String limitName, String unit) {
    return new Measurement(id, name, value, limit, limitName, unit);
  }

  public static Measurement context(String id, String name, double value, String unit) {
    return new Measurement(id, name, value, null, null, unit);
  }

  /** True when the value reaches the threshold (or there is none). */
  public boolean met() {
    return threshold == null || value >= threshold;
  }
}
