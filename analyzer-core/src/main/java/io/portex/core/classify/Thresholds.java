package io.portex.core.classify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The named thresholds of the rules (SPEC §3), each overridable by name from the command line
 * ({@code --threshold timeWaitMin=3000}) or the API. Immutable.
 */
public final class Thresholds {

  /** TIME_WAIT sockets at the peak from which TIME_WAIT accumulation is called. */
  public static final String TIME_WAIT_MIN = "timeWaitMin";

  /** CLOSE_WAIT sockets from which a leak is called. */
  public static final String CLOSE_WAIT_MIN = "closeWaitMin";

  /** Points in time over which CLOSE_WAIT must grow. */
  public static final String CLOSE_WAIT_GROWTH_POINTS = "closeWaitGrowthPoints";

  /** ESTABLISHED connections from which a high connection count is called. */
  public static final String ESTABLISHED_MIN = "establishedMin";

  /** Share of a reduced capacity in use that makes the range too small. */
  public static final String SMALL_RANGE_USAGE_SHARE = "smallRangeUsageShare";

  /** Share of ports in use one destination must hold. */
  public static final String DESTINATION_USAGE_SHARE = "destinationUsageShare";

  /** Share of capacity one destination must hold. */
  public static final String DESTINATION_CAPACITY_SHARE = "destinationCapacityShare";

  /** Share of capacity in use that counts as exhausted. */
  public static final String EXHAUSTED_SHARE = "exhaustedShare";

  /** The defaults of SPEC §3. */
  public static final Thresholds DEFAULT =
      new Thresholds(
          Map.of(
              TIME_WAIT_MIN, 5000.0,
              CLOSE_WAIT_MIN, 1000.0,
              CLOSE_WAIT_GROWTH_POINTS, 3.0,
              ESTABLISHED_MIN, 10000.0,
              SMALL_RANGE_USAGE_SHARE, 0.80,
              DESTINATION_USAGE_SHARE, 0.80,
              DESTINATION_CAPACITY_SHARE, 0.50,
              EXHAUSTED_SHARE, 0.90));

  private final Map<String, Double> values;

  private Thresholds(Map<String, Double> values) {
    this.values = Collections.unmodifiableMap(new java.util.TreeMap<>(values));
  }

  /**
   * These thresholds with one changed.
   *
   * @throws IllegalArgumentException for an unknown name or a negative value
   */
  public Thresholds with(String name, double value) {
    String known =
        values.keySet().stream()
            .filter(n -> n.equalsIgnoreCase(name))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no threshold '"
                            + name
                            + "'; known: "
                            + String.join(", ", values.keySet())));
    if (!(value >= 0) || (known.endsWith("Share") && value > 1)) {
      throw new IllegalArgumentException(
          "threshold " + known + " must be " + (known.endsWith("Share") ? "0 to 1" : "≥ 0"));
    }
    Map<String, Double> changed = new LinkedHashMap<>(values);
    changed.put(known, value);
    return new Thresholds(changed);
  }

  public double get(String name) {
    Double value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no threshold '" + name + "'");
    }
    return value;
  }

  /** Every threshold by name, sorted. */
  public Map<String, Double> asMap() {
    return values;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    values.forEach((k, v) -> out.append(String.format(Locale.ROOT, "%s=%s ", k, v)));
    return out.toString().strip();
  }
}
