package io.portex.report.chart;

import io.portex.core.model.Series;
import io.portex.core.model.TimeWaitDuration;
import io.portex.core.timeline.Timeline;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * perfmon's rates (new outbound connections per second from {@code Connections Active}, and every
 * other series that is not a count of connections: failures and resets per second) against the
 * sustainable rate: the capacity divided by the TIME_WAIT duration (Little's law; both durations
 * Windows may use when the registry does not say). Drawn when a {@code Connections Active} rate
 * exists and the capacity is known.
 */
final class RateChart {

  static final String ID = "rate";
  static final int HEIGHT = 340;

  /** The perfmon counter of connections the host opened. */
  static final String ACTIVE = "Connections Active";

  private RateChart() {}

  static Optional<Chart> render(ChartedHost host) {
    Timeline timeline = host.timeline();
    int capacity = host.capacity().effective();
    List<Series> rates = SeriesChart.drawable(timeline, s -> !Series.CONNECTIONS.equals(s.unit()));
    if (capacity <= 0 || rates.stream().noneMatch(s -> s.name().contains(ACTIVE))) {
      return Optional.empty();
    }
    List<PlotLine> lines = new ArrayList<>();
    for (Series series : rates) {
      lines.add(SeriesChart.line(series, lines.size(), ChartStyle.line(2f)));
    }
    TimeWaitDuration timeWait = timeline.timeWait();
    double highest = LinePlot.max(lines);
    List<String> sustainable = new ArrayList<>();
    for (long seconds : timeWait.candidates()) {
      double rate = (double) capacity / seconds;
      highest = Math.max(highest, rate);
      sustainable.add(
          ChartStyle.rate(rate)
              + " per second with TIME_WAIT "
              + seconds
              + " s"
              + (timeWait.known() ? "" : " (assumed)"));
    }
    NumberAxis axis = ChartStyle.countAxis("connections per second");
    axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(ChartStyle.LOCALE));
    axis.setRange(0, Math.max(1, highest * 1.15));
    XYPlot plot = LinePlot.of(lines, host.zone(), axis, ChartStyle::rate);
    Color black = StateColors.color(StateColors.CAPACITY);
    List<Long> candidates = timeWait.candidates();
    for (int i = 0; i < candidates.size(); i++) {
      long seconds = candidates.get(i);
      double rate = (double) capacity / seconds;
      String label = "sustainable " + ChartStyle.rate(rate) + "/s (TIME_WAIT " + seconds + " s)";
      var stroke = i == 0 ? ChartStyle.line(1.5f) : ChartStyle.dashed(1.5f);
      plot.addRangeMarker(LinePlot.reference(rate, black, stroke, label), Layer.FOREGROUND);
      plot.getFixedLegendItems().add(LinePlot.lineItem(label, black, stroke));
    }
    JFreeChart chart = ChartStyle.chart(plot, true);
    String svg =
        SvgRenderer.render(
            chart,
            HEIGHT,
            host.elementId(ID),
            "New connections per second against the sustainable rate");
    String caption =
        "New outbound connections per second (perfmon's "
            + ACTIVE
            + " counter, as a rate) against the most the port range sustains: the capacity of "
            + ChartStyle.count(capacity)
            + " ports divided by the TIME_WAIT duration, "
            + String.join(" or ", sustainable)
            + ". Held above that line, TIME_WAIT piles up until the ports run out.";
    return Optional.of(new Chart(ID, "Connection rate against the sustainable rate", caption, svg));
  }
}
