package io.portex.report.chart;

import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import io.portex.core.model.TcpState;
import io.portex.core.timeline.CaptureSeries;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * The counts a host's monitoring left beside its snapshots, overlaid and labelled by source: the
 * monitoring script's TIME_WAIT trend CSV and log, perfmon's connection counts. When there are
 * timed snapshots too, their TIME_WAIT is drawn beside for comparison.
 */
final class SeriesChart {

  static final String ID = "series";
  static final int HEIGHT = 340;

  private SeriesChart() {}

  static Optional<Chart> render(ChartedHost host) {
    Timeline timeline = host.timeline();
    List<Series> counts = drawable(timeline, s -> Series.CONNECTIONS.equals(s.unit()));
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    List<PlotLine> lines = new ArrayList<>();
    Set<String> files = new LinkedHashSet<>();
    for (Series series : counts) {
      lines.add(line(series, lines.size(), ChartStyle.line(2f)));
      files.add(TimelineLines.fileName(series.source().file()));
    }
    List<SnapshotUsage> timed = timeline.timed();
    boolean besideSnapshots =
        !timed.isEmpty() && counts.stream().anyMatch(s -> Series.TIME_WAIT.equals(s.name()));
    if (besideSnapshots) {
      long[] times = new long[timed.size()];
      double[] values = new double[timed.size()];
      for (int i = 0; i < timed.size(); i++) {
        times[i] = timed.get(i).snapshot().time().toEpochMilli();
        values[i] = timed.get(i).snapshot().count(TcpState.TIME_WAIT);
      }
      lines.add(
          PlotLine.thinned(
              StateColors.color(TcpState.TIME_WAIT.name()),
              "TIME_WAIT (snapshots)",
              times,
              values,
              ChartStyle.dashed(1.5f)));
    }
    NumberAxis axis = ChartStyle.countAxis("connections");
    XYPlot plot = LinePlot.of(lines, host.zone(), axis, PointTips::count);
    JFreeChart chart = ChartStyle.chart(plot, true);
    String svg =
        SvgRenderer.render(
            chart, HEIGHT, host.elementId(ID), "Counts of connections logged by monitoring");
    String caption =
        "Connection counts as the monitoring logged them, one line per counter and file ("
            + String.join(", ", files)
            + ")"
            + (besideSnapshots ? "; dashed, the TIME_WAIT the snapshots counted." : ".");
    return Optional.of(new Chart(ID, "Monitoring counts over time", caption, svg));
  }

  /**
   * The host's series that {@code keep} keeps and that have a value that is a number, the packet
   * capture's own left out (the capture chart draws them per destination).
   */
  static List<Series> drawable(Timeline timeline, Predicate<Series> keep) {
    return timeline.series().stream()
        .filter(s -> !s.name().equals(CaptureSeries.ATTEMPTS))
        .filter(s -> !s.name().equals(CaptureSeries.FAILED))
        .filter(keep)
        .filter(s -> s.points().stream().anyMatch(p -> Double.isFinite(p.value())))
        .toList();
  }

  /** A series as a line named by counter and file, in the {@code rank}-th color. */
  static PlotLine line(Series series, int rank, BasicStroke stroke) {
    List<SeriesPoint> points =
        series.points().stream().filter(p -> Double.isFinite(p.value())).toList();
    long[] times = new long[points.size()];
    double[] values = new double[points.size()];
    for (int i = 0; i < points.size(); i++) {
      times[i] = points.get(i).time().toEpochMilli();
      values[i] = points.get(i).value();
    }
    String label = series.name() + " (" + TimelineLines.fileName(series.source().file()) + ")";
    return PlotLine.thinned(StateColors.ranked(rank), label, times, values, stroke);
  }
}
