package io.portex.report.text;

import io.portex.core.HostAnalysis;
import io.portex.core.classify.Classifier;
import io.portex.core.classify.Thresholds;
import io.portex.core.classify.Verdict;
import io.portex.core.model.PortEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Whether ports ran out, and why, in words: "ports ran out: Tcpip 4231 × 29". */
final class Exhaustion {

  private Exhaustion() {}

  static String describe(HostAnalysis host, Thresholds thresholds) {
    Verdict verdict = host.verdict();
    List<String> why = new ArrayList<>();
    for (PortEvents events : host.timeline().events()) {
      if (events.count() > 0 && events.meansExhaustion()) {
        why.add(String.format(Locale.ROOT, "Tcpip %d × %,d", events.eventId(), events.count()));
      }
    }
    double share = host.peakShare();
    boolean usage = host.timeline().peak().fromSnapshots().isPresent();
    String peak =
        String.format(Locale.ROOT, "%.0f %% of the range in use at the peak", 100 * share);
    if (!verdict.exhausted()) {
      return usage ? "ports did not run out (" + peak + ")" : "no sign that ports ran out";
    }
    if (usage && share >= thresholds.get(Classifier.EXHAUSTED_SHARE)) {
      why.add(
          String.format(
              Locale.ROOT,
              "%s, ≥ %.0f %%",
              peak,
              100 * thresholds.get(Classifier.EXHAUSTED_SHARE)));
    }
    return "ports ran out: " + String.join("; ", why);
  }
}
