package io.portex.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

  /** The name of the series of TIME_WAIT counts the monitoring script logs (its CSV and log). */
  public static final String TIME_WAIT = "TIME_WAIT";

  /** The unit of counts of connections. */
  public static final String CONNECTIONS = "connections";

  /** A series and its highest point. */
  public record Peak(Series series, SeriesPoint point) {}

  /** The highest point of the series called {@code name}, the first of equals. */
  public static Optional<Peak> highest(List<Series> series, String name) {
    Peak best = null;
    for (Series s : series) {
      if (!s.name().equals(name)) {
        continue;
      }
      for (SeriesPoint point : s.points()) {
        if (best == null || point.value() > best.point().value()) {
          best = new Peak(s, point);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  public Series {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(source, "source");
    points = List.copyOf(points);
  }

  /**
   * Collects the points of a series as a reader meets them, in any order, with the lines they were
   * read from. Not thread-safe.
   */
  public static final class Builder {
    private final String name;
    private final String unit;
    private final String host;
    private final List<SeriesPoint> points = new ArrayList<>();
    private long firstLine;
    private long lastLine;
    private boolean inOrder = true;

    /** The monitoring script's TIME_WAIT counts: its files name no host. */
    public static Builder timeWaitCounts() {
      return new Builder(TIME_WAIT, CONNECTIONS, null);
    }

    public Builder(String name, String unit, String host) {
      this.name = Objects.requireNonNull(name, "name");
      this.unit = Objects.requireNonNull(unit, "unit");
      this.host = host;
    }

    public void add(Instant time, double value, long line) {
      if (points.isEmpty()) {
        firstLine = line;
      } else if (time.isBefore(points.get(points.size() - 1).time())) {
        inOrder = false;
      }
      points.add(new SeriesPoint(time, value));
      lastLine = line;
    }

    public boolean isEmpty() {
      return points.isEmpty();
    }

    /** The points in time order, from the line of the first point added to that of the last. */
    public Series build(String file) {
      List<SeriesPoint> sorted = new ArrayList<>(points);
      if (!inOrder) {
        sorted.sort(Comparator.comparing(SeriesPoint::time));
      }
      return new Series(name, unit, host, sorted, new SourceRange(file, firstLine, lastLine));
    }
  }
}
