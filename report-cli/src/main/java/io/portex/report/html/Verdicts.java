package io.portex.report.html;

import io.portex.core.HostAnalysis;
import io.portex.core.classify.Conclusion;
import io.portex.core.classify.Verdict;
import io.portex.report.html.ReportView.VerdictView;

/** Verdicts and sub-types as the report names them. */
final class Verdicts {

  /** What the report calls a machine no input names. */
  static final String UNNAMED = "the machine (the evidence does not name it)";

  private Verdicts() {}

  /** {@code TIME_WAIT_ACCUMULATION} as a support engineer says it. */
  static String label(String id) {
    return switch (id) {
      case "TIME_WAIT_ACCUMULATION" -> "TIME_WAIT accumulation";
      case "CLOSE_WAIT_LEAK" -> "CLOSE_WAIT leak";
      case "HIGH_CONNECTION_COUNT" -> "High connection count";
      case "BOUND_PORT_LEAK" -> "BOUND port leak";
      case "SMALL_PORT_RANGE" -> "Small port range";
      case "SINGLE_DESTINATION_SATURATION" -> "Single-destination saturation";
      case "NONE" -> "No exhaustion pattern";
      case "INCONCLUSIVE" -> "Inconclusive";
      default -> id;
    };
  }

  /** The machine's name, or the words for one no input names. */
  static String host(HostAnalysis host) {
    return host.host() == null ? UNNAMED : host.host();
  }

  static String tone(Verdict verdict) {
    return verdict.exhausted() ? "critical" : verdict.subtypes().isEmpty() ? "calm" : "warning";
  }

  static VerdictView of(HostAnalysis host) {
    Verdict verdict = host.verdict();
    // said as what it is: the sub-type's confidence, not whether ports ran out; none when
    // INCONCLUSIVE (nothing to be confident in)
    String confidenceLabel =
        verdict.primary().isSubtype()
            ? "confidence in the sub-type " + Formats.percent(verdict.confidence())
            : verdict.primary() == Conclusion.NONE
                ? "confidence " + Formats.percent(verdict.confidence())
                : "";
    return new VerdictView(
        host(host),
        label(verdict.primary().name()),
        Formats.percent(verdict.confidence()),
        confidenceLabel,
        tone(verdict),
        verdict.exhausted(),
        verdict.subtypes().stream().map(s -> label(s.name())).toList(),
        verdict.basis());
  }
}
