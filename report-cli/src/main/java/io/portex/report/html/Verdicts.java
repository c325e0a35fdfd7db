package io.portex.report.html;

import io.portex.core.HostAnalysis;
import io.portex.core.classify.Conclusion;
import io.portex.core.classify.Verdict;
import io.portex.report.VerdictWords;
import io.portex.report.html.ReportView.VerdictView;

/** A host's verdict as the report shows it; its words and tone are {@link VerdictWords}'. */
final class Verdicts {

  /** What the report calls a machine no input names. */
  static final String UNNAMED = "the machine (the evidence does not name it)";

  private Verdicts() {}

  /** The machine's name, or the words for one no input names. */
  static String host(HostAnalysis host) {
    return host.host() == null ? UNNAMED : host.host();
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
        VerdictWords.label(verdict.primary()),
        Formats.percent(verdict.confidence()),
        confidenceLabel,
        VerdictWords.tone(verdict),
        verdict.exhausted(),
        verdict.subtypes().stream().map(s -> VerdictWords.label(s.name())).toList(),
        Formats.sentence(verdict.basis()));
  }
}
