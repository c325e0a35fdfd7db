package io.portex.report.chart;

import io.portex.core.model.PortEvents;
import io.portex.core.timeline.Timeline;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * When the Tcpip events came, for a host whose snapshots give no timeline to mark them on (fewer
 * than two timed snapshots): one row per event id, a tick per event while every record of the id
 * was kept and the ticks fit {@link EventMarks#BUDGET}, else a bar from the first to the last.
 */
final class EventsChart {

  static final String ID = "events";

  private static final int FRAME_HEIGHT = 120;
  private static final int ROW_HEIGHT = 44;

  private static final Shape TICK = new Rectangle2D.Double(-1.5, -10, 3, 20);

  /** What each id says, in a few words (Microsoft's message, shortened). */
  private static final Map<Integer, String> MEANINGS =
      Map.of(
          4227,
          "4227: a connect had to reuse a local port recently used (TIME_WAIT)",
          4231,
          "4231: no ephemeral TCP port was left to hand out",
          4266,
          "4266: no ephemeral UDP port was left to hand out",
          4226,
          "4226: concurrent connect attempts hit the limit");

  private EventsChart() {}

  static Optional<Chart> render(ChartedHost host) {
    Timeline timeline = host.timeline();
    List<EventMarks.Mark> marks = EventMarks.plan(timeline.events(), EventMarks.BUDGET);
    if (timeline.timed().size() >= 2 || marks.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> ids = marks.stream().map(EventMarks.Mark::eventId).distinct().toList();
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setAutoPopulateSeriesPaint(false);
    renderer.setAutoPopulateSeriesShape(false);
    renderer.setAutoPopulateSeriesStroke(false);
    List<EventMarks.Mark> bySeries = new ArrayList<>();
    Color color = StateColors.color(StateColors.EVENTS);
    long from = Long.MAX_VALUE;
    long to = Long.MIN_VALUE;
    for (EventMarks.Mark mark : marks) {
      int row = ids.indexOf(mark.eventId());
      XYSeries series = new XYSeries(dataset.getSeriesCount(), false, true);
      series.add(mark.from(), row);
      if (mark.to() != mark.from()) {
        series.add(mark.to(), row);
      }
      int index = dataset.getSeriesCount();
      dataset.addSeries(series);
      bySeries.add(mark);
      renderer.setSeriesPaint(index, color);
      renderer.setSeriesShape(index, TICK);
      renderer.setSeriesLinesVisible(index, mark.to() != mark.from());
      renderer.setSeriesStroke(index, ChartStyle.line(10f));
      from = Math.min(from, mark.from());
      to = Math.max(to, mark.to());
    }
    renderer.setDefaultToolTipGenerator((data, series, item) -> tip(bySeries.get(series), host));
    renderer.setDefaultSeriesVisibleInLegend(false);
    String[] rows = ids.stream().map(String::valueOf).toArray(String[]::new);
    SymbolAxis idAxis = new SymbolAxis("Tcpip event", rows);
    ChartStyle.axis(idAxis);
    idAxis.setGridBandsVisible(false);
    idAxis.setRange(-0.6, ids.size() - 0.4);
    XYPlot plot = ChartStyle.timePlot(dataset, host.zone(), idAxis, renderer);
    long pad = from == to ? TimeWindow.HOUR / 2 : Math.max(1000, (to - from) / 50);
    ((DateAxis) plot.getDomainAxis()).setRange(from - pad, to + pad);
    JFreeChart chart = ChartStyle.chart(plot, false);
    String svg =
        SvgRenderer.render(
            chart,
            FRAME_HEIGHT + ROW_HEIGHT * ids.size(),
            host.elementId(ID),
            "When the Tcpip port exhaustion events came");
    return Optional.of(new Chart(ID, "Tcpip events over time", caption(timeline, ids), svg));
  }

  private static String tip(EventMarks.Mark mark, ChartedHost host) {
    String first = ChartStyle.second(mark.from(), host.zone());
    if (mark.single()) {
      return "event " + mark.eventId() + " at " + first;
    }
    return mark.eventId()
        + ": "
        + ChartStyle.count(mark.count())
        + " events from "
        + first
        + " to "
        + ChartStyle.second(mark.to(), host.zone());
  }

  private static String caption(Timeline timeline, List<Integer> ids) {
    List<String> counts = new ArrayList<>();
    List<String> meanings = new ArrayList<>();
    for (PortEvents events : timeline.events()) {
      if (ids.contains(events.eventId())) {
        counts.add(events.eventId() + ": " + ChartStyle.count(events.count()));
        meanings.add(MEANINGS.get(events.eventId()));
      }
    }
    return "The Tcpip events of the event log ("
        + String.join(", ", counts)
        + "), a tick per event, or a bar from the first to the last where there are too many to"
        + " draw one by one. "
        + String.join("; ", meanings)
        + ".";
  }
}
