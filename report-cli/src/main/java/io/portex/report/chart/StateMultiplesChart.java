package io.portex.report.chart;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;

/**
 * The timeline's lines as small multiples: one panel per line over the same time, each with its own
 * axis from zero, so that a state of a few hundred sockets is seen to grow under one of many
 * thousands. Drawn from {@value #MIN_SNAPSHOTS} timed snapshots with at least two lines.
 */
final class StateMultiplesChart {

  static final String ID = "states-time";

  /** Timed snapshots from which the panels are drawn. */
  static final int MIN_SNAPSHOTS = 3;

  private static final int PANEL_HEIGHT = 86;
  private static final int FRAME_HEIGHT = 70;

  private StateMultiplesChart() {}

  static Optional<Chart> render(ChartedHost host) {
    if (host.timeline().timed().size() < MIN_SNAPSHOTS) {
      return Optional.empty();
    }
    List<PlotLine> lines = TimelineLines.of(host.timeline());
    if (lines.size() < 2) {
      return Optional.empty();
    }
    XYPlot first = LinePlot.of(lines.subList(0, 1), host.zone(), axis(), PointTips::count);
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(first.getDomainAxis());
    combined.setGap(6);
    for (PlotLine line : lines) {
      XYPlot panel =
          line == lines.get(0)
              ? first
              : LinePlot.of(List.of(line), host.zone(), axis(), PointTips::count);
      panel.setBackgroundPaint(Color.WHITE);
      panel.setOutlinePaint(ChartStyle.GRID);
      TextTitle name = new TextTitle(line.label(), ChartStyle.TICK_FONT);
      name.setPaint(line.color());
      name.setBackgroundPaint(new Color(255, 255, 255, 200));
      panel.addAnnotation(new XYTitleAnnotation(0.01, 0.98, name, RectangleAnchor.TOP_LEFT));
      combined.add(panel, 1);
    }
    DateAxis time = (DateAxis) combined.getDomainAxis();
    TimeWindow window = TimeWindow.of(lines, List.of());
    time.setRange(window.from(), window.to());
    JFreeChart chart = ChartStyle.chart(combined, false);
    String svg =
        SvgRenderer.render(
            chart,
            FRAME_HEIGHT + PANEL_HEIGHT * lines.size(),
            host.elementId(ID),
            "Each TCP state over time on its own scale");
    return Optional.of(
        new Chart(
            ID,
            "Each state on its own scale",
            "The lines of the timeline one per panel, each panel with its own axis from zero, so"
                + " that the growth of a small state shows beside a large one. Read the numbers"
                + " on each axis: the panels are not to one scale.",
            svg));
  }

  /** A panel's axis: from zero, with room above the line for the panel's name. */
  private static NumberAxis axis() {
    NumberAxis axis = ChartStyle.countAxis(null);
    axis.setUpperMargin(0.35);
    return axis;
  }
}
