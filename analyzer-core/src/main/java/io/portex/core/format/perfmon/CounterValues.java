package io.portex.core.format.perfmon;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import io.portex.core.model.SourceRange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The values of one TCP counter of one host, over all sections of a file, and the series they make:
 * the values themselves, or for a counter counted since boot its rate of change between consecutive
 * samples. Not thread-safe.
 */
final class CounterValues {

  static final String PER_SECOND = "per second";

  private final CounterPath path;
  private final TcpCounter kind;
  private final long headerLine;
  private final List<Instant> times = new ArrayList<>();
  private double[] values = new double[64];
  private long[] lines = new long[64];
  private int size;
  private long blanks;
  private boolean inOrder = true;

  CounterValues(CounterPath path, long headerLine) {
    this.path = path;
    this.kind = TcpCounter.of(path.counter());
    this.headerLine = headerLine;
  }

  void add(Instant time, double value, long line) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
      lines = Arrays.copyOf(lines, size * 2);
    }
    if (size > 0 && time.isBefore(times.get(size - 1))) {
      inOrder = false;
    }
    times.add(time);
    values[size] = value;
    lines[size] = line;
    size++;
  }

  /** A sample without a value for this counter. */
  void blank() {
    blanks++;
  }

  /**
   * The series, or empty (with a diagnostic) when there is nothing to show.
   *
   * @param file the input, for the series' source
   */
  Optional<Series> toSeries(String file, DiagnosticSink diagnostics) {
    if (size == 0) {
      if (blanks > 0) {
        diagnostics.warning(
            "perfmon-csv.blank-column",
            headerLine,
            path.name() + " has no value in any of its " + blanks + " samples",
            path.name());
      }
      return Optional.empty();
    }
    Integer[] order = order();
    List<SeriesPoint> points;
    String name = path.name();
    String unit = kind == TcpCounter.RATE ? PER_SECOND : Series.CONNECTIONS;
    if (kind == TcpCounter.CUMULATIVE) {
      points = rates(order, diagnostics);
      name = name + " (rate)";
      unit = PER_SECOND;
      if (points.isEmpty()) {
        diagnostics.info(
            "perfmon-csv.no-rate",
            headerLine,
            path.name() + " counts since boot: its rate needs two samples at different times",
            path.name());
        return Optional.empty();
      }
    } else {
      points = new ArrayList<>(size);
      for (Integer i : order) {
        points.add(new SeriesPoint(times.get(i), values[i]));
      }
    }
    SourceRange source = new SourceRange(file, lines[order[0]], lines[order[size - 1]]);
    return Optional.of(new Series(name, unit, path.host(), points, source));
  }

  /** Changes per second between consecutive samples; a fall is a counter reset, not a rate. */
  private List<SeriesPoint> rates(Integer[] order, DiagnosticSink diagnostics) {
    List<SeriesPoint> points = new ArrayList<>(size);
    for (int k = 1; k < order.length; k++) {
      int before = order[k - 1];
      int now = order[k];
      Duration elapsed = Duration.between(times.get(before), times.get(now));
      if (elapsed.isZero() || elapsed.isNegative()) {
        continue;
      }
      double delta = values[now] - values[before];
      if (delta < 0) {
        diagnostics.info(
            "perfmon-csv.counter-reset",
            lines[now],
            path.name()
                + " fell from "
                + plain(values[before])
                + " to "
                + plain(values[now])
                + " (counter reset: restart?); no rate for this interval",
            "");
        continue;
      }
      double seconds = elapsed.getSeconds() + elapsed.getNano() / 1e9;
      points.add(new SeriesPoint(times.get(now), delta / seconds));
    }
    return points;
  }

  private Integer[] order() {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    if (!inOrder) {
      Arrays.sort(order, Comparator.comparing(times::get));
    }
    return order;
  }

  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
