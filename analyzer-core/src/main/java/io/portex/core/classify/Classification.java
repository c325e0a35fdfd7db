package io.portex.core.classify;

import java.util.List;

/**
 * The verdict and the findings behind it.
 *
 * @param verdict the conclusion
 * @param findings one per sub-type that fired, the primary first
 */
public record Classification(Verdict verdict, List<Finding> findings) {

  public Classification {
    findings = List.copyOf(findings);
  }
}
