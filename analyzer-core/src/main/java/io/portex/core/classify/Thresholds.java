package io.portex.core.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values in force of the thresholds the rules declare (SPEC §3), each overridable by name from
 * the command line ({@code --threshold timeWaitMin=3000}) or the API. Immutable.
 */
public final class Thresholds {

  /** TIME_WAIT sockets at the peak from which TIME_WAIT accumulation is called. */
  public static final Threshold TIME_WAIT_MIN = TimeWaitAccumulationRule.TIME_WAIT_MIN;

  /** Share of a capture's FIN closes this host must start to keep "shorten TIME_WAIT". */
  public static final Threshold HOST_CLOSES_FIRST_SHARE =
      TimeWaitAccumulationRule.HOST_CLOSES_FIRST_SHARE;

  /** CLOSE_WAIT sockets from which a leak is called. */
  public static final Threshold CLOSE_WAIT_MIN = CloseWaitLeakRule.CLOSE_WAIT_MIN;

  /** Points in time over which CLOSE_WAIT must grow. */
  public static final Threshold CLOSE_WAIT_GROWTH_POINTS = CloseWaitLeakRule.GROWTH_POINTS;

  /** ESTABLISHED connections from which a high connection count is called. */
  public static final Threshold ESTABLISHED_MIN = HighConnectionCountRule.ESTABLISHED_MIN;

  /** BOUND sockets from which a bound-port leak is called. */
  public static final Threshold BOUND_MIN = BoundPortLeakRule.BOUND_MIN;

  /** Share of a reduced capacity in use that makes the range too small. */
  public static final Threshold SMALL_RANGE_USAGE_SHARE = SmallPortRangeRule.USAGE_SHARE;

  /** Share of ports in use one destination must hold. */
  public static final Threshold DESTINATION_USAGE_SHARE = SingleDestinationRule.USAGE_SHARE;

  /** Share of capacity one destination must hold. */
  public static final Threshold DESTINATION_CAPACITY_SHARE = SingleDestinationRule.CAPACITY_SHARE;

  /** Share of capacity in use that counts as exhausted. */
  public static final Threshold EXHAUSTED_SHARE = Classifier.EXHAUSTED_SHARE;

  /** The defaults of SPEC §3: every threshold the rules and the classifier declare. */
  public static final Thresholds DEFAULT = defaults();

  private final Map<Threshold, Double> values;

  /**
   * Keyed by name: a record's own {@code hashCode} is bootstrapped through method handles on first
   * use, which costs a fresh process about 10 ms of start-up.
   */
  private Thresholds(Map<Threshold, Double> values) {
    Map<Threshold, Double> sorted = byName();
    sorted.putAll(values);
    this.values = Collections.unmodifiableMap(sorted);
  }

  private static Map<Threshold, Double> byName() {
    return new TreeMap<>(Comparator.comparing(Threshold::name));
  }

  private static Thresholds defaults() {
    Map<Threshold, Double> values = byName();
    for (Threshold threshold : Classifier.declaredThresholds()) {
      values.put(threshold, threshold.defaultValue());
    }
    return new Thresholds(values);
  }

  /** Every threshold declared, sorted by name. */
  public List<Threshold> declared() {
    return new ArrayList<>(values.keySet());
  }

  /**
   * These thresholds with one changed, found by its name (any case).
   *
   * @throws IllegalArgumentException for an unknown name or a value outside its bounds
   */
  public Thresholds with(String name, double value) {
    Threshold known =
        values.keySet().stream()
            .filter(t -> t.name().equalsIgnoreCase(name))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no threshold '"
                            + name
                            + "'; known: "
                            + String.join(
                                ", ", values.keySet().stream().map(Threshold::name).toList())));
    return with(known, value);
  }

  /**
   * These thresholds with one changed.
   *
   * @throws IllegalArgumentException for a threshold no rule declares or a value outside its bounds
   */
  public Thresholds with(Threshold threshold, double value) {
    if (!values.containsKey(threshold)) {
      throw new IllegalArgumentException("no threshold '" + threshold.name() + "'");
    }
    Map<Threshold, Double> changed = byName();
    changed.putAll(values);
    changed.put(threshold, threshold.check(value));
    return new Thresholds(changed);
  }

  public double get(Threshold threshold) {
    Double value = values.get(threshold);
    if (value == null) {
      throw new IllegalArgumentException("no threshold '" + threshold.name() + "'");
    }
    return value;
  }

  /** Every threshold's value by name, sorted. */
  public Map<String, Double> asMap() {
    Map<String, Double> byName = new LinkedHashMap<>();
    values.forEach((t, v) -> byName.put(t.name(), v));
    return Collections.unmodifiableMap(byName);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    values.forEach((k, v) -> out.append(String.format(Locale.ROOT, "%s=%s ", k.name(), v)));
    return out.toString().strip();
  }
}
