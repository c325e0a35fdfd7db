package io.portex.report.chart;

import io.portex.core.Analysis;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Sockets per state and ephemeral ports in use over time, against the effective capacity and 80 %
 * of it, with the Tcpip exhaustion events marked. Times are shown in the analysis zone.
 */
final class TimelineChart {

  static final int WIDTH = 900;
  static final int HEIGHT = 320;
  static final String ID = "portex-timeline";

  /** Lines with at most this many points show each point as a dot too. */
  private static final int DOTS_UP_TO = 24;

  /** Room above the highest line or the capacity, for the capacity label. */
  private static final double HEADROOM = 1.15;

  private static final Shape DOT = new Ellipse2D.Double(-2.5, -2.5, 5, 5);
  private static final Shape LEGEND_LINE = new Line2D.Double(-8, 0, 8, 0);
  private static final Shape LEGEND_TICK = new Line2D.Double(0, -6, 0, 6);
  private static final Shape LEGEND_BOX = new Rectangle2D.Double(-6, -6, 12, 12);

  private TimelineChart() {}

  static Optional<String> render(Analysis analysis) {
    List<PlotLine> lines = TimelineLines.of(analysis);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    List<EventMarks.Mark> marks = EventMarks.plan(analysis.events(), EventMarks.BUDGET);
    XYPlot plot = plot(analysis, lines, marks);
    JFreeChart chart = ChartStyle.chart(plot, true);
    return Optional.of(
        SvgRenderer.render(
            chart,
            WIDTH,
            HEIGHT,
            ID,
            "Sockets per TCP state and ephemeral ports in use over time, against the capacity"));
  }

  private static XYPlot plot(Analysis analysis, List<PlotLine> lines, List<EventMarks.Mark> marks) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setDrawSeriesLineAsPath(true);
    renderer.setAutoPopulateSeriesPaint(false);
    renderer.setAutoPopulateSeriesShape(false);
    renderer.setAutoPopulateSeriesStroke(false);
    double max = 0;
    for (int i = 0; i < lines.size(); i++) {
      PlotLine line = lines.get(i);
      XYSeries series = new XYSeries(line.label(), false, true);
      for (int p = 0; p < line.times().length; p++) {
        series.add(line.times()[p], line.values()[p], false);
      }
      dataset.addSeries(series);
      renderer.setSeriesPaint(i, StateColors.color(line.colorKey()));
      renderer.setSeriesStroke(i, line.stroke());
      renderer.setSeriesShape(i, DOT);
      renderer.setSeriesShapesVisible(i, line.times().length <= DOTS_UP_TO);
      max = Math.max(max, line.max());
    }
    int capacity = analysis.capacity().effective();
    NumberAxis values = ChartStyle.countAxis("sockets / ports");
    values.setRange(0, Math.max(10, Math.max(max, capacity) * HEADROOM));
    XYPlot plot = ChartStyle.timePlot(dataset, analysis.zone(), values, renderer);
    // the last line (ports in use, the widest) is drawn first, under the states
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
    plot.addRangeMarker(
        capacityMarker(capacity, StateColors.CAPACITY, ChartStyle.line(1.5f), "capacity"),
        Layer.FOREGROUND);
    plot.addRangeMarker(
        capacityMarker(
            0.8 * capacity, StateColors.EIGHTY_PERCENT, ChartStyle.dashed(1.25f), "80 %"),
        Layer.FOREGROUND);
    for (Marker marker : eventMarkers(marks)) {
      plot.addDomainMarker(marker, Layer.BACKGROUND);
    }
    TimeWindow window = TimeWindow.of(lines, marks);
    plot.getDomainAxis().setRange(window.from(), window.to());
    plot.setFixedLegendItems(legend(lines, capacity, marks, window.eventsOutside()));
    return plot;
  }

  private static ValueMarker capacityMarker(
      double value, String key, BasicStroke stroke, String name) {
    ValueMarker marker = new ValueMarker(value, StateColors.color(key), stroke);
    marker.setLabel(name + " " + ChartStyle.count(Math.round(value)));
    marker.setLabelFont(ChartStyle.SMALL_FONT);
    marker.setLabelPaint(StateColors.color(key));
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
    return marker;
  }

  private static List<Marker> eventMarkers(List<EventMarks.Mark> marks) {
    return marks.stream().map(TimelineChart::eventMarker).toList();
  }

  private static Marker eventMarker(EventMarks.Mark mark) {
    Marker marker;
    if (mark.from() == mark.to()) {
      marker =
          new ValueMarker(
              mark.from(), StateColors.color(StateColors.EVENTS, 0.5), ChartStyle.line(1f));
    } else {
      marker = new IntervalMarker(mark.from(), mark.to());
      marker.setPaint(StateColors.color(StateColors.EVENTS, 0.15));
    }
    if (!mark.single()) {
      marker.setLabel(mark.eventId() + " (" + ChartStyle.count(mark.count()) + ")");
      marker.setLabelFont(ChartStyle.SMALL_FONT);
      marker.setLabelPaint(StateColors.color(StateColors.EVENTS));
      marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
    }
    return marker;
  }

  private static LegendItemCollection legend(
      List<PlotLine> lines, int capacity, List<EventMarks.Mark> marks, boolean eventsOutside) {
    LegendItemCollection items = new LegendItemCollection();
    for (PlotLine line : lines) {
      items.add(lineItem(line.label(), line.colorKey(), line.stroke()));
    }
    items.add(
        lineItem(
            "capacity " + ChartStyle.count(capacity), StateColors.CAPACITY, ChartStyle.line(1.5f)));
    items.add(lineItem("80 % of capacity", StateColors.EIGHTY_PERCENT, ChartStyle.dashed(1.25f)));
    if (!marks.isEmpty()) {
      items.add(eventsItem(marks, eventsOutside));
    }
    return items;
  }

  private static LegendItem lineItem(String label, String key, BasicStroke stroke) {
    return item(label, null, LEGEND_LINE, stroke, StateColors.color(key));
  }

  private static LegendItem eventsItem(List<EventMarks.Mark> marks, boolean outside) {
    Map<Integer, Long> counts = new LinkedHashMap<>();
    boolean spans = false;
    for (EventMarks.Mark mark : marks) {
      counts.merge(mark.eventId(), mark.count(), Long::sum);
      spans |= mark.from() != mark.to();
    }
    StringBuilder label = new StringBuilder("Tcpip events");
    String separator = " ";
    for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
      label.append(separator).append(entry.getKey()).append(": ");
      label.append(ChartStyle.count(entry.getValue()));
      separator = ", ";
    }
    if (outside) {
      label.append(" (some outside the time shown)");
    }
    Color color = StateColors.color(StateColors.EVENTS);
    return spans
        ? item(label.toString(), StateColors.color(StateColors.EVENTS, 0.3), null, null, color)
        : item(label.toString(), null, LEGEND_TICK, ChartStyle.line(1.5f), color);
  }

  /** A legend item drawn as a filled box (when {@code box} is given) or as a line. */
  private static LegendItem item(
      String label, Color box, Shape line, BasicStroke stroke, Color color) {
    BasicStroke lineStroke = stroke == null ? ChartStyle.line(1f) : stroke;
    return new LegendItem(
        label,
        null,
        null,
        null,
        box != null,
        LEGEND_BOX,
        box != null,
        box == null ? color : box,
        false,
        color,
        lineStroke,
        line != null,
        line == null ? LEGEND_LINE : line,
        lineStroke,
        color);
  }
}
