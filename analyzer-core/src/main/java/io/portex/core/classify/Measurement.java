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
 * @param comparison how the value meets the threshold: at least it, or below it
 */
public record Measurement(
    String id,
    String name,
    double value,
    Double threshold,
    String thresholdName,
    String unit,
    Comparison comparison) {

  /** How a value meets its threshold. */
  public enum Comparison {
    AT_LEAST("≥"),
    BELOW("<");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    /** {@code ≥} or {@code <}, printed before the threshold. */
    public String symbol() {
      return symbol;
    }
  }

  public Measurement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(comparison, "comparison");
  }

  /** A value tested against a declared threshold, at its value in force. */
  static Measurement tested(
      String id, String name, double value, Threshold threshold, Thresholds values) {
    return new Measurement(
        id,
        name,
        value,
        values.get(threshold),
        threshold.name(),
        threshold.unit(),
        Comparison.AT_LEAST);
  }

  /** A value that fires when below a fixed limit of the domain (e.g. the default capacity). */
  static Measurement below(
      String id, String name, double value, double limit, String limitName, String unit) {
    return new Measurement(id, name, value, limit, limitName, unit, Comparison.BELOW);
  }

  public static Measurement context(String id, String name, double value, String unit) {
    return new Measurement(id, name, value, null, null, unit, Comparison.AT_LEAST);
  }

  /** True when the value meets the threshold its way (or there is none). */
  public boolean met() {
    return threshold == null
        || (comparison == Comparison.BELOW ? value < threshold : value >= threshold);
  }
}
