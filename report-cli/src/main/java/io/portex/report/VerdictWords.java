package io.portex.report;

import io.portex.core.classify.Conclusion;
import io.portex.core.classify.Verdict;

/**
 * The words and tone of a verdict as a support engineer says them ({@code TIME_WAIT accumulation},
 * not {@code TIME_WAIT_ACCUMULATION}): the one place the batch index, the text summary and the HTML
 * report take them from. The JSON and the CSV keep the enum names, which tools rely on.
 */
public final class VerdictWords {

  private VerdictWords() {}

  /** The label of a conclusion. */
  public static String label(Conclusion conclusion) {
    return switch (conclusion) {
      case TIME_WAIT_ACCUMULATION -> "TIME_WAIT accumulation";
      case CLOSE_WAIT_LEAK -> "CLOSE_WAIT leak";
      case HIGH_CONNECTION_COUNT -> "High connection count";
      case BOUND_PORT_LEAK -> "BOUND port leak";
      case SMALL_PORT_RANGE -> "Small port range";
      case SINGLE_DESTINATION_SATURATION -> "Single-destination saturation";
      case NONE -> "No exhaustion pattern";
      case INCONCLUSIVE -> "Inconclusive";
    };
  }

  /** The label of a conclusion's name (as the JSON and CSV write it); an unknown name as it is. */
  public static String label(String name) {
    for (Conclusion conclusion : Conclusion.values()) {
      if (conclusion.name().equals(name)) {
        return label(conclusion);
      }
    }
    return name;
  }

  /**
   * The tone a verdict is shown in: {@code critical} when ports ran out, {@code warning} when a
   * pattern fired, else {@code calm}.
   */
  public static String tone(Verdict verdict) {
    return verdict.exhausted() ? "critical" : verdict.subtypes().isEmpty() ? "calm" : "warning";
  }
}
