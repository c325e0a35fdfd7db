package io.portex.cli;

import io.portex.core.classify.Threshold;
import io.portex.core.classify.Thresholds;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code --threshold} settings a user may give, {@code NAME=DEFAULT} for every threshold the
 * rules declare: the help lists them (picocli's {@code ${COMPLETION-CANDIDATES}}) and shell
 * completion offers them, so neither is written by hand.
 */
public final class ThresholdCandidates implements Iterable<String> {

  @Override
  public Iterator<String> iterator() {
    return all().iterator();
  }

  /** {@code timeWaitMin=5000}, … in the order the rules declare them. */
  public static List<String> all() {
    return Thresholds.DEFAULT.declared().stream().map(ThresholdCandidates::candidate).toList();
  }

  static String candidate(Threshold threshold) {
    return threshold.name() + "=" + number(threshold.defaultValue());
  }

  /** 5000 for 5000.0, 0.8 for 0.8. */
  static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
