package io.portex.report.chart;

import io.portex.core.model.fact.CaptureDestination;
import io.portex.core.model.fact.PacketCapture;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * What the host's packet capture measured per destination over time: connection attempts per second
 * (solid) and failed attempts per second (dashed, refused or unanswered), one color per
 * destination, for the {@link #DESTINATIONS} destinations with most attempts.
 */
final class CaptureChart {

  static final int HEIGHT = 340;
  static final String ID = "capture";

  /** Destinations drawn, most attempts first. */
  static final int DESTINATIONS = 4;

  private CaptureChart() {}

  static Optional<Chart> render(ChartedHost host) {
    Optional<PacketCapture> capture = host.timeline().capture();
    List<CaptureDestination> drawn =
        capture
            .map(c -> c.destinations().stream().filter(d -> !d.openRate().isEmpty()).toList())
            .orElse(List.of());
    if (drawn.isEmpty()) {
      return Optional.empty();
    }
    drawn = drawn.subList(0, Math.min(DESTINATIONS, drawn.size()));
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setDrawSeriesLineAsPath(true);
    renderer.setAutoPopulateSeriesPaint(false);
    renderer.setAutoPopulateSeriesStroke(false);
    int index = 0;
    for (int i = 0; i < drawn.size(); i++) {
      CaptureDestination d = drawn.get(i);
      double seconds = d.bucket().toNanos() / 1e9;
      XYSeries attempts = new XYSeries(d.endpoint() + " attempts/s", false, true);
      XYSeries failed = new XYSeries(d.endpoint() + " failed/s", false, true);
      for (PacketCapture.RatePoint point : d.openRate()) {
        long at = point.start().toEpochMilli();
        attempts.add(at, point.attempts() / seconds, false);
        failed.add(at, point.failed() / seconds, false);
      }
      dataset.addSeries(attempts);
      renderer.setSeriesPaint(index, StateColors.ranked(i));
      renderer.setSeriesStroke(index++, ChartStyle.line(2f));
      if (d.failed() > 0) {
        dataset.addSeries(failed);
        renderer.setSeriesPaint(index, StateColors.ranked(i));
        renderer.setSeriesStroke(index++, ChartStyle.dashed(1.5f));
      }
    }
    renderer.setDefaultToolTipGenerator(
        (data, series, item) ->
            PointTips.shown(item, data.getItemCount(series), false)
                ? data.getSeriesKey(series)
                    + ": "
                    + ChartStyle.rate(data.getYValue(series, item))
                    + " at "
                    + ChartStyle.second((long) data.getXValue(series, item), host.zone())
                : null);
    NumberAxis values = ChartStyle.countAxis("connections per second");
    XYPlot plot = ChartStyle.timePlot(dataset, host.zone(), values, renderer);
    JFreeChart chart = ChartStyle.chart(plot, true);
    String svg =
        SvgRenderer.render(
            chart,
            HEIGHT,
            host.elementId(ID),
            "Connection attempts and failed attempts per second per destination, measured by the"
                + " packet capture");
    return Optional.of(
        new Chart(
            ID,
            "Measured by the packet capture",
            "Connection attempts per second (solid) and failed attempts per second (dashed:"
                + " refused or unanswered) per destination, for the "
                + drawn.size()
                + " destinations with most attempts.",
            svg));
  }
}
