package io.portex.core.classify;

import io.portex.core.prose.Counted;
import io.portex.core.timeline.Timeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies every rule to one host's timeline and concludes (SPEC §3): the sub-types that fired, the
 * primary one (holding most ports), NONE when connection data shows none, INCONCLUSIVE when there
 * is no connection data to tell; {@code exhausted} from Tcpip events or peak usage. Stateless and
 * thread-safe.
 */
public final class Classifier {

  /** Share of capacity in use that counts as exhausted. */
  public static final Threshold EXHAUSTED_SHARE =
      Threshold.share("exhaustedShare", 0.90, "share of capacity in use that counts as exhausted");

  /** The confidence of NONE on a capture that looks partial. */
  static final double PARTIAL_CONFIDENCE = 0.4;

  private static final List<Rule> RULES =
      List.of(
          new TimeWaitAccumulationRule(),
          new CloseWaitLeakRule(),
          new HighConnectionCountRule(),
          new BoundPortLeakRule(),
          new SmallPortRangeRule(),
          new SingleDestinationRule());

  private Classifier() {}

  /** The rules, in the order they are applied. */
  public static List<Rule> rules() {
    return RULES;
  }

  /** Every threshold the rules and the classifier declare, in rule order. */
  public static List<Threshold> declaredThresholds() {
    List<Threshold> all = new ArrayList<>();
    for (Rule rule : RULES) {
      all.addAll(rule.thresholds());
    }
    all.add(EXHAUSTED_SHARE);
    return all;
  }

  /** The verdict on one host and the findings behind it, the primary first. */
  public static Diagnosis diagnose(Timeline timeline, Thresholds thresholds) {
    boolean byEvents = timeline.exhaustionEvents() > 0;
    boolean byUsage =
        timeline.peak().fromSnapshots().isPresent()
            && timeline.peakShare() >= thresholds.get(EXHAUSTED_SHARE);
    ExhaustionBasis basis = ExhaustionBasis.of(byEvents, byUsage);
    boolean exhausted = basis != ExhaustionBasis.NONE;
    Severity severity = exhausted ? Severity.CRITICAL : Severity.WARNING;
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : RULES) {
      rule.evaluate(timeline, thresholds)
          .map(f -> f.judged(timeline.host(), severity))
          .ifPresent(findings::add);
    }
    findings.sort(
        Comparator.comparingLong(Finding::portsHeld)
            .reversed()
            .thenComparing(f -> f.subtype().ordinal()));
    String prefix = prefix(timeline);
    if (!findings.isEmpty()) {
      Finding primary = findings.get(0);
      return new Diagnosis(
          new Verdict(
              timeline.host(),
              exhausted,
              basis,
              Conclusion.of(primary.subtype()),
              findings.stream().map(Finding::subtype).toList(),
              primary.confidence(),
              prefix + primary.summary()),
          findings);
    }
    if (timeline.hasConnectionData()) {
      String peak = timeline.peak().describe(timeline.capacity().effective(), timeline.zone());
      boolean partial = !timeline.partialSigns().isEmpty();
      return new Diagnosis(
          new Verdict(
              timeline.host(),
              exhausted,
              basis,
              Conclusion.NONE,
              List.of(),
              partial ? PARTIAL_CONFIDENCE : timeline.snapshots().isEmpty() ? 0.6 : 0.8,
              prefix
                  + (peak.isEmpty() ? "" : peak + "; ")
                  + "no rule's thresholds were reached"
                  + (partial
                      ? "; but the capture looks partial ("
                          + String.join("; ", timeline.partialSigns())
                          + "), so this cannot rule exhaustion out: capture again in full"
                      : "")),
          List.of());
    }
    return new Diagnosis(
        new Verdict(
            timeline.host(),
            exhausted,
            basis,
            Conclusion.INCONCLUSIVE,
            List.of(),
            0,
            prefix
                + EventEndpoints.dominant(timeline).map(d -> d + "; ").orElse("")
                + "no connection data (netstat, Get-NetTCPConnection, TIME_WAIT counts) to"
                + " tell what held the ports"),
        List.of());
  }

  /** Exhaustion events and guessed dates, said before the rest of the basis. */
  private static String prefix(Timeline timeline) {
    StringBuilder out = new StringBuilder();
    if (timeline.exhaustionEvents() > 0) {
      out.append(
              Counted.of(
                  timeline.exhaustionEvents(), "Tcpip exhaustion event", "Tcpip exhaustion events"))
          .append("; ");
    }
    for (String note : timeline.dateNotes()) {
      out.append(note).append("; ");
    }
    return out.toString();
  }
}
