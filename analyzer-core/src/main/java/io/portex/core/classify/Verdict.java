package io.portex.core.classify;

import java.util.List;
import java.util.Objects;

/**
 * What the analysis concludes, for one host or (the worst host's) for the ticket.
 *
 * @param host the machine, or null when no input names one
 * @param exhausted true when ports ran out: exhaustion events, or peak usage at or above the
 *     exhaustion share of capacity
 * @param exhaustedBy which of the two says so
 * @param primary the sub-type holding most ports, {@code NONE}, or {@code INCONCLUSIVE}
 * @param subtypes every sub-type that fired, the primary first
 * @param confidence 0–1
 * @param basis in words, what the verdict rests on
 */
public record Verdict(
    String host,
    boolean exhausted,
    ExhaustionBasis exhaustedBy,
    Conclusion primary,
    List<Subtype> subtypes,
    double confidence,
    String basis) {

  public Verdict {
    Objects.requireNonNull(exhaustedBy, "exhaustedBy");
    Objects.requireNonNull(primary, "primary");
    subtypes = List.copyOf(subtypes);
  }

  public boolean combined() {
    return subtypes.size() > 1;
  }
}
