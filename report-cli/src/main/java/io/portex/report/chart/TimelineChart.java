package io.portex.report.chart;

import io.portex.core.model.PortEvents;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Sockets per state and ephemeral ports in use over one host's timed snapshots, with the Tcpip
 * exhaustion events marked. When the highest line stays under {@value #ZOOM_BELOW_SHARE} of the
 * capacity the value axis is fitted to the lines (zoomed), so that a leak of a few hundred sockets
 * is seen to grow, and the capacity is stated above the plot instead of drawn; otherwise the
 * capacity and 80 % of it are drawn as lines. Drawn from two timed snapshots on (one point is the
 * gauge's).
 */
final class TimelineChart {

  static final String ID = "timeline";
  static final int HEIGHT = 340;

  /** Below this share of the capacity the value axis is fitted to the lines. */
  static final double ZOOM_BELOW_SHARE = 0.3;

  /** Room above the highest line or the capacity, for the capacity label. */
  private static final double HEADROOM = 1.15;

  private static final Shape LEGEND_TICK = new Line2D.Double(0, -6, 0, 6);

  private TimelineChart() {}

  static Optional<Chart> render(ChartedHost host) {
    Timeline timeline = host.timeline();
    if (timeline.timed().size() < 2) {
      return Optional.empty();
    }
    List<PlotLine> lines = TimelineLines.of(timeline);
    List<EventMarks.Mark> marks = EventMarks.plan(timeline.events(), EventMarks.BUDGET);
    int capacity = host.capacity().effective();
    double max = LinePlot.max(lines);
    boolean zoomed = zoomed(max, capacity);
    NumberAxis values = ChartStyle.countAxis("sockets / ports");
    values.setRange(0, Math.max(10, (zoomed ? max : Math.max(max, capacity)) * HEADROOM));
    XYPlot plot = LinePlot.of(lines, host.zone(), values, PointTips::count);
    // the last line (ports in use, the widest) is drawn first, under the states
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
    LegendItemCollection legend = plot.getFixedLegendItems();
    if (!zoomed && capacity > 0) {
      Color black = StateColors.color(StateColors.CAPACITY);
      Color grey = StateColors.color(StateColors.EIGHTY_PERCENT);
      plot.addRangeMarker(
          LinePlot.reference(
              capacity, black, ChartStyle.line(1.5f), "capacity " + ChartStyle.count(capacity)),
          Layer.FOREGROUND);
      plot.addRangeMarker(
          LinePlot.reference(
              0.8 * capacity,
              grey,
              ChartStyle.dashed(1.25f),
              "80 % " + ChartStyle.count(Math.round(0.8 * capacity))),
          Layer.FOREGROUND);
      legend.add(
          LinePlot.lineItem(
              "capacity " + ChartStyle.count(capacity), black, ChartStyle.line(1.5f)));
      legend.add(LinePlot.lineItem("80 % of capacity", grey, ChartStyle.dashed(1.25f)));
    }
    for (EventMarks.Mark mark : marks) {
      plot.addDomainMarker(eventMarker(mark), Layer.BACKGROUND);
    }
    TimeWindow window = TimeWindow.of(lines, marks);
    plot.getDomainAxis().setRange(window.from(), window.to());
    if (!marks.isEmpty()) {
      legend.add(eventsItem(marks, window.eventsOutside()));
    }
    // the peak snapshot may have no time (a table without a time line): not on a time axis then
    Optional<SnapshotUsage> peak = timeline.peak().fromSnapshots();
    peak.filter(p -> p.snapshot().time() != null).ifPresent(p -> plot.addAnnotation(peakLabel(p)));
    JFreeChart chart = ChartStyle.chart(plot, true);
    if (zoomed && capacity > 0) {
      chart.addSubtitle(zoomNote(max, capacity));
    }
    String svg =
        SvgRenderer.render(
            chart,
            HEIGHT,
            host.elementId(ID),
            "Sockets per TCP state and ephemeral ports in use over time, against the capacity");
    return Optional.of(
        new Chart(
            ID, "Ports in use over time", caption(timeline, host.zone(), zoomed, max, peak), svg));
  }

  /**
   * "peak 2,450" just above the peak snapshot's point on the ports-in-use line: the snapshot the
   * verdict's figures come from.
   */
  private static XYTextAnnotation peakLabel(SnapshotUsage peak) {
    XYTextAnnotation label =
        new XYTextAnnotation(
            "peak " + ChartStyle.count(peak.inUse()),
            peak.snapshot().time().toEpochMilli(),
            peak.inUse());
    label.setFont(ChartStyle.SMALL_FONT);
    label.setPaint(ChartStyle.TEXT);
    label.setBackgroundPaint(new Color(255, 255, 255, 200));
    label.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
    return label;
  }

  /** True when the lines stay so far under the capacity that the axis is fitted to them. */
  static boolean zoomed(double max, int capacity) {
    return capacity > 0 && max < ZOOM_BELOW_SHARE * capacity;
  }

  private static TextTitle zoomNote(double max, int capacity) {
    TextTitle note =
        new TextTitle(
            "Zoomed in: capacity "
                + ChartStyle.count(capacity)
                + " is far above (peak "
                + ChartStyle.percent(max / capacity)
                + ")",
            ChartStyle.TICK_FONT);
    note.setPaint(ChartStyle.TEXT);
    note.setHorizontalAlignment(HorizontalAlignment.LEFT);
    note.setPadding(new RectangleInsets(0, 4, 4, 0));
    return note;
  }

  private static String caption(
      Timeline timeline, ZoneId zone, boolean zoomed, double max, Optional<SnapshotUsage> peak) {
    int n = timeline.timed().size();
    Instant first = timeline.timed().get(0).snapshot().time();
    Instant last = timeline.timed().get(n - 1).snapshot().time();
    int capacity = timeline.capacity().effective();
    StringBuilder text =
        new StringBuilder(
            "TCP sockets per state and the ephemeral ports in use (the thick line, what runs out)"
                + " in each of the "
                + n
                + " timed snapshots, "
                + ChartStyle.minute(first, zone)
                + " to "
                + ChartStyle.minute(last, zone)
                + ".");
    if (zoomed) {
      text.append(" The axis is fitted to the lines: the highest reaches ")
          .append(ChartStyle.count(Math.round(max)))
          .append(", ")
          .append(ChartStyle.percent(max / capacity))
          .append(" of the capacity of ")
          .append(ChartStyle.count(capacity))
          .append(" ports, which lies above the view.");
    } else if (capacity > 0) {
      text.append(" The black line is the capacity of ")
          .append(ChartStyle.count(capacity))
          .append(" ports; the dashed one 80 % of it.");
    }
    if (peak.isPresent() && peak.get().snapshot().time() == null) {
      text.append(" The snapshot with most ports in use (")
          .append(ChartStyle.count(peak.get().inUse()))
          .append(") has no time, so it is not on this chart.");
    }
    if (timeline.events().stream().anyMatch(e -> e.count() > 0)) {
      text.append(" Shaded marks are Tcpip exhaustion events (")
          .append(eventCounts(timeline.events()))
          .append(").");
    }
    return text.toString();
  }

  private static String eventCounts(List<PortEvents> events) {
    List<String> parts = new ArrayList<>();
    for (PortEvents e : events) {
      if (e.count() > 0) {
        parts.add(e.eventId() + ": " + ChartStyle.count(e.count()));
      }
    }
    return String.join(", ", parts);
  }

  static Marker eventMarker(EventMarks.Mark mark) {
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

  static LegendItem eventsItem(List<EventMarks.Mark> marks, boolean outside) {
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
        ? LinePlot.item(
            label.toString(), StateColors.color(StateColors.EVENTS, 0.3), null, null, color)
        : LinePlot.item(label.toString(), null, LEGEND_TICK, ChartStyle.line(1.5f), color);
  }
}
