package io.portex.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.ZoneId;
import java.util.List;
import java.util.function.DoubleFunction;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Lines over time on one plot, the way every time chart draws them: each line in its color and
 * stroke, dots on lines of few points, a tooltip per point ({@link PointTips}), and a legend entry
 * per line; plus the horizontal reference lines (capacity, sustainable rate) and their legend
 * items.
 */
final class LinePlot {

  /** Lines with at most this many points show each point as a dot too. */
  static final int DOTS_UP_TO = 24;

  private static final Shape DOT = new Ellipse2D.Double(-3, -3, 6, 6);
  static final Shape LEGEND_LINE = new Line2D.Double(-8, 0, 8, 0);
  static final Shape LEGEND_BOX = new Rectangle2D.Double(-6, -6, 12, 12);

  private LinePlot() {}

  /** A time plot of the lines in the zone, values on {@code axis}, written by {@code value}. */
  static XYPlot of(
      List<PlotLine> lines, ZoneId zone, NumberAxis axis, DoubleFunction<String> value) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setDrawSeriesLineAsPath(true);
    renderer.setAutoPopulateSeriesPaint(false);
    renderer.setAutoPopulateSeriesShape(false);
    renderer.setAutoPopulateSeriesStroke(false);
    for (int i = 0; i < lines.size(); i++) {
      PlotLine line = lines.get(i);
      // labels are unique per chart by contract; the index keeps JFreeChart's keys apart anyway
      XYSeries series = new XYSeries(i + ":" + line.label(), false, true);
      for (int p = 0; p < line.times().length; p++) {
        series.add(line.times()[p], line.values()[p], false);
      }
      dataset.addSeries(series);
      renderer.setSeriesPaint(i, line.color());
      renderer.setSeriesStroke(i, line.stroke());
      renderer.setSeriesShape(i, DOT);
      renderer.setSeriesShapesVisible(i, line.times().length <= DOTS_UP_TO);
    }
    renderer.setDefaultToolTipGenerator(PointTips.of(lines, zone, value));
    XYPlot plot = ChartStyle.timePlot(dataset, zone, axis, renderer);
    LegendItemCollection legend = new LegendItemCollection();
    for (PlotLine line : lines) {
      legend.add(lineItem(line.label(), line.color(), line.stroke()));
    }
    plot.setFixedLegendItems(legend);
    return plot;
  }

  /** The highest value of any line, at least 0. */
  static double max(List<PlotLine> lines) {
    return lines.stream().mapToDouble(PlotLine::max).max().orElse(0);
  }

  /** A horizontal reference line with its label at the right end, above the line. */
  static ValueMarker reference(double value, Color color, BasicStroke stroke, String label) {
    ValueMarker marker = new ValueMarker(value, color, stroke);
    marker.setLabel(label);
    marker.setLabelFont(ChartStyle.SMALL_FONT);
    marker.setLabelPaint(color);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
    return marker;
  }

  static LegendItem lineItem(String label, Color color, BasicStroke stroke) {
    return item(label, null, LEGEND_LINE, stroke, color);
  }

  /** A legend item drawn as a filled box (when {@code box} is given) or as a line. */
  static LegendItem item(String label, Color box, Shape line, BasicStroke stroke, Color color) {
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
