package io.portex.core.classify;

import java.util.List;

/**
 * What the analysis concludes.
 *
 * @param exhausted true when ports ran out: exhaustion events, or peak usage at or above the
 *     exhaustion share of capacity
 * @param primary the sub-type holding most ports, {@code NONE}, or {@code INCONCLUSIVE}
 * @param subtypes every sub-type that fired
 * @param confidence 0–1
 * @param basis in words, what the verdict rests on
 */
public record Verdict(
    boolean exhausted, String primary, List<String> subtypes, double confidence, String basis) {

  public Verdict {
    subtypes = List.copyOf(subtypes);
  }

  public boolean combined() {
    return subtypes.size() > 1;
  }
}
