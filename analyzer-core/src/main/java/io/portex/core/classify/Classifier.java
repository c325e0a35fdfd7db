package io.portex.core.classify;

import io.portex.core.model.Series;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Applies every rule and concludes (SPEC §3): the sub-types that fired, the primary one (holding
 * most ports), NONE when connection data shows none, INCONCLUSIVE when there is no connection data
 * to tell; {@code exhausted} from Tcpip events or peak usage. Stateless and thread-safe.
 */
public final class Classifier {

  private static final List<Rule> RULES =
      List.of(
          new TimeWaitAccumulationRule(),
          new CloseWaitLeakRule(),
          new HighConnectionCountRule(),
          new SmallPortRangeRule(),
          new SingleDestinationRule());

  /** The rules, in the order they are applied. */
  public static List<Rule> rules() {
    return RULES;
  }

  public Classification classify(Situation situation) {
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : RULES) {
      rule.evaluate(situation).ifPresent(findings::add);
    }
    findings.sort(
        Comparator.comparingLong(Finding::portsHeld)
            .reversed()
            .thenComparing(f -> f.subtype().ordinal()));
    boolean exhausted = situation.exhausted();
    String events =
        situation.exhaustionEvents() > 0
            ? String.format(
                Locale.ROOT, "%,d Tcpip exhaustion event(s); ", situation.exhaustionEvents())
            : "";
    if (!findings.isEmpty()) {
      Finding primary = findings.get(0);
      return new Classification(
          new Verdict(
              exhausted,
              primary.subtype().name(),
              findings.stream().map(f -> f.subtype().name()).toList(),
              primary.confidence(),
              events + primary.summary()),
          findings);
    }
    boolean connectionData =
        !situation.snapshots().isEmpty()
            || situation.series().stream().anyMatch(s -> Series.TIME_WAIT.equals(s.name()));
    if (connectionData) {
      String peak =
          situation
              .peak()
              .map(
                  p ->
                      String.format(
                          Locale.ROOT,
                          "peak %,d of %,d ephemeral ports in use; ",
                          situation.inUse(p),
                          situation.capacity().effective()))
              .orElse("");
      return new Classification(
          new Verdict(
              exhausted,
              "NONE",
              List.of(),
              situation.snapshots().isEmpty() ? 0.6 : 0.8,
              events + peak + "no rule's thresholds were reached"),
          List.of());
    }
    return new Classification(
        new Verdict(
            exhausted,
            "INCONCLUSIVE",
            List.of(),
            0,
            events
                + "no connection data (netstat, Get-NetTCPConnection, TIME_WAIT counts) to"
                + " tell what held the ports"),
        List.of());
  }
}
