package io.portex.core.classify;

import java.util.List;

/**
 * The verdict on one host and the findings behind it.
 *
 * @param verdict the conclusion
 * @param findings one per sub-type that fired, the primary first
 */
public record Diagnosis(Verdict verdict, List<Finding> findings) {

  public Diagnosis {
    findings = List.copyOf(findings);
  }
}
