package io.portex.core.classify;

import io.portex.core.timeline.Timeline;
import java.util.List;
import java.util.Optional;

/**
 * One kind of exhaustion and how to recognise it on one host's timeline (after JMC's rules: an id,
 * the data it needs, typed thresholds, a result). Stateless and thread-safe.
 */
public interface Rule {

  Subtype subtype();

  /** A stable id: the sub-type's name. */
  default String id() {
    return subtype().name();
  }

  /**
   * What the rule needs, in words, for the output (e.g. {@code a snapshot or a TIME_WAIT series}).
   */
  String requires();

  /** The thresholds it tests, declared with their units, defaults and bounds. */
  List<Threshold> thresholds();

  /**
   * The finding, when the host's timeline shows this kind of exhaustion. Reads the timeline only:
   * its peak, capacity and TIME_WAIT duration are never computed again.
   */
  Optional<Finding> evaluate(Timeline timeline, Thresholds thresholds);
}
