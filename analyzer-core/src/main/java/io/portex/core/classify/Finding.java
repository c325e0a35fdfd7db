package io.portex.core.classify;

import java.util.List;

/**
 * What one rule found.
 *
 * @param subtype the kind of exhaustion
 * @param severity {@code critical} when ports ran out, {@code warning} otherwise
 * @param confidence 0–1
 * @param summary one line a support engineer can paste
 * @param portsHeld ports this cause holds at the peak (decides the primary sub-type)
 * @param measurements the values measured against their thresholds
 * @param evidence where to check it
 * @param recommendations the fixes that apply
 */
public record Finding(
    Subtype subtype,
    String severity,
    double confidence,
    String summary,
    long portsHeld,
    List<Measurement> measurements,
    List<EvidenceRef> evidence,
    List<Recommendation> recommendations) {

  public Finding {
    measurements = List.copyOf(measurements);
    evidence = List.copyOf(evidence);
    recommendations = List.copyOf(recommendations);
  }
}
