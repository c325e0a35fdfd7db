package io.portex.core.classify;

import java.util.List;
import java.util.Objects;

/**
 * What one rule found on one host.
 *
 * @param host the machine, or null when no input names one
 * @param subtype the kind of exhaustion
 * @param severity critical when ports ran out on the host, warning otherwise
 * @param confidence 0–1
 * @param summary one line a support engineer can paste
 * @param portsHeld ports this cause holds at the peak (decides the primary sub-type)
 * @param measurements the values measured against their thresholds
 * @param evidence where to check it
 * @param recommendations the fixes that apply
 */
public record Finding(
    String host,
    Subtype subtype,
    Severity severity,
    double confidence,
    String summary,
    long portsHeld,
    List<Measurement> measurements,
    List<EvidenceRef> evidence,
    List<Recommendation> recommendations) {

  public Finding {
    Objects.requireNonNull(subtype, "subtype");
    Objects.requireNonNull(severity, "severity");
    measurements = List.copyOf(measurements);
    evidence = List.copyOf(evidence);
    recommendations = List.copyOf(recommendations);
  }

  /** What a rule found, before the classifier judges the host (severity) and names it. */
  static Finding of(
      Subtype subtype,
      double confidence,
      String summary,
      long portsHeld,
      List<Measurement> measurements,
      List<EvidenceRef> evidence,
      List<Recommendation> recommendations) {
    return new Finding(
        null,
        subtype,
        Severity.WARNING,
        confidence,
        summary,
        portsHeld,
        measurements,
        evidence,
        recommendations);
  }

  Finding judged(String newHost, Severity newSeverity) {
    return new Finding(
        newHost,
        subtype,
        newSeverity,
        confidence,
        summary,
        portsHeld,
        measurements,
        evidence,
        recommendations);
  }

  /** The measurement with this id, if the rule took it. */
  public java.util.Optional<Measurement> measurement(String id) {
    return measurements.stream().filter(m -> m.id().equals(id)).findFirst();
  }
}
