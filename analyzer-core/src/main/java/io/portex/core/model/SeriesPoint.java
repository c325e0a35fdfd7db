package io.portex.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One value of a series at one time.
 *
 * @param time when it was measured
 * @param value the value
 */
public record SeriesPoint(Instant time, double value) {

  public SeriesPoint {
    Objects.requireNonNull(time, "time");
  }
}
