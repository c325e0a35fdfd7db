package io.portex.core.classify;

import java.util.Optional;

/** One kind of exhaustion and how to recognise it. Stateless and thread-safe. */
public interface Rule {

  Subtype subtype();

  /**
   * What the rule needs, in words, for the output (e.g. {@code a snapshot or a TIME_WAIT series}).
   */
  String requires();

  /** The finding, when the situation shows this kind of exhaustion. */
  Optional<Finding> evaluate(Situation situation);
}
