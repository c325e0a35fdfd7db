package io.portex.core.classify;

import java.util.Locale;
import java.util.Objects;

/**
 * A threshold a rule declares (after JMC's typed rule preferences): its name (the key of {@code
 * --threshold NAME=VALUE} and of the JSON), unit, default, allowed bounds and meaning. The CLI
 * help, the JSON and the report list these declarations.
 *
 * @param name stable name, e.g. {@code timeWaitMin}
 * @param unit {@code sockets}, {@code points}, {@code share}
 * @param defaultValue the SPEC §3 default
 * @param min the lowest value allowed
 * @param max the highest value allowed
 * @param description what it decides, in words
 */
public record Threshold(
    String name, String unit, double defaultValue, double min, double max, String description) {

  public Threshold {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    if (!(min <= defaultValue && defaultValue <= max)) {
      throw new IllegalArgumentException("default of " + name + " outside its bounds");
    }
  }

  /** A count of sockets from which a rule fires. */
  static Threshold sockets(String name, double defaultValue, String description) {
    return new Threshold(name, "sockets", defaultValue, 0, 10_000_000, description);
  }

  /** A share 0–1. */
  static Threshold share(String name, double defaultValue, String description) {
    return new Threshold(name, "share", defaultValue, 0, 1, description);
  }

  /**
   * Checks a value against the bounds.
   *
   * @throws IllegalArgumentException when outside them
   */
  double check(double value) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "threshold %s must be %s to %s %s", name, plain(min), plain(max), unit));
    }
    return value;
  }

  static String plain(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%d", (long) value)
        : Double.toString(value);
  }
}
