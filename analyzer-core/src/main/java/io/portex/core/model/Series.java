package io.portex.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Values of one measure over time: the monitoring script's TIME_WAIT count, a perfmon counter, a
 * rate derived from a cumulative counter.
 *
 * @param name what is measured, e.g. {@code TIME_WAIT} or {@code \TCPv4\Connections Established}
 * @param unit {@code connections}, {@code connections/s}, ...
 * @param host the machine it was measured on, or null when the input does not say
 * @param points the values in time order
 * @param source where it was read
 */
public record Series(
    String name, String unit, String host, List<SeriesPoint> points, SourceRange source) {

  public Series {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(source, "source");
    points = List.copyOf(points);
  }
}
