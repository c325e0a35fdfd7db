package io.portex.report.chart;

import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * Where the ephemeral ports in use are heading: the measured points and, dashed, the analyzer's
 * projection from the last snapshot to the capacity line at the time the timeline projects
 * exhaustion ({@link Timeline#projectedExhaustion()}; the growth is the timeline's, never fitted
 * again here). Drawn when the projection falls within {@link #HORIZON} of the last snapshot; a
 * projection further out is only a sentence of the text.
 */
final class ProjectionChart {

  static final String ID = "projection";
  static final int HEIGHT = 300;

  /** A projection further out than this after the last snapshot is not drawn. */
  static final Duration HORIZON = Duration.ofDays(7);

  private ProjectionChart() {}

  static Optional<Chart> render(ChartedHost host) {
    Timeline timeline = host.timeline();
    Instant full = timeline.projectedExhaustion();
    int capacity = host.capacity().effective();
    List<SnapshotUsage> timed = timeline.timed();
    if (full == null || capacity <= 0 || timed.size() < 2) {
      return Optional.empty();
    }
    SnapshotUsage last = timed.get(timed.size() - 1);
    Instant lastTime = last.snapshot().time();
    if (!full.isAfter(lastTime) || Duration.between(lastTime, full).compareTo(HORIZON) > 0) {
      return Optional.empty();
    }
    long[] times = new long[timed.size()];
    double[] inUse = new double[timed.size()];
    for (int i = 0; i < timed.size(); i++) {
      times[i] = timed.get(i).snapshot().time().toEpochMilli();
      inUse[i] = timed.get(i).inUse();
    }
    Color orange = StateColors.color(StateColors.IN_USE);
    PlotLine measured =
        PlotLine.thinned(orange, "ephemeral ports in use", times, inUse, ChartStyle.line(3f));
    PlotLine projected =
        new PlotLine(
            orange,
            "projected at " + growth(timeline) + " per hour",
            new long[] {lastTime.toEpochMilli(), full.toEpochMilli()},
            new double[] {last.inUse(), capacity},
            ChartStyle.dashed(2f));
    NumberAxis values = ChartStyle.countAxis("ephemeral ports in use");
    values.setRange(0, capacity * 1.12);
    XYPlot plot = LinePlot.of(List.of(measured, projected), host.zone(), values, PointTips::count);
    Color black = StateColors.color(StateColors.CAPACITY);
    plot.addRangeMarker(
        LinePlot.reference(
            capacity, black, ChartStyle.line(1.5f), "capacity " + ChartStyle.count(capacity)),
        Layer.FOREGROUND);
    plot.getFixedLegendItems()
        .add(
            LinePlot.lineItem(
                "capacity " + ChartStyle.count(capacity), black, ChartStyle.line(1.5f)));
    long from = times[0];
    long to = full.toEpochMilli();
    long pad = Math.max(1000, (to - from) / 50);
    plot.getDomainAxis().setRange(from - pad, to + pad);
    JFreeChart chart = ChartStyle.chart(plot, true);
    String svg =
        SvgRenderer.render(
            chart,
            HEIGHT,
            host.elementId(ID),
            "Ephemeral ports in use and their projection to the capacity");
    String caption =
        "At the growth measured over the "
            + timed.size()
            + " timed snapshots ("
            + growth(timeline)
            + " ports per hour, least squares), the ephemeral ports in use reach the capacity of "
            + ChartStyle.count(capacity)
            + " at "
            + ChartStyle.minute(full, host.zone())
            + " (dashed line), unless the cause is fixed first.";
    return Optional.of(new Chart(ID, "Projected to the capacity", caption, svg));
  }

  private static String growth(Timeline timeline) {
    Double perHour = timeline.usageGrowthPerHour();
    return perHour == null ? "?" : "+" + ChartStyle.count(Math.round(perHour));
  }
}
