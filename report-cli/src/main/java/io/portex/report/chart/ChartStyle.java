package io.portex.report.chart;

import io.portex.core.prose.Counted;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;

/**
 * The look shared by every chart: a phone-sized canvas ({@value #WIDTH} px wide, scaled by the
 * page), text of at least 13 px, white backgrounds, light grid lines, the legend below the plot,
 * and numbers formatted in US English whatever the machine's locale.
 */
final class ChartStyle {

  /** Numbers and dates are formatted in this locale, never the machine's. */
  static final Locale LOCALE = Locale.US;

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", LOCALE);
  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", LOCALE);

  /** Width of every chart's canvas: legible on a phone, where the chart is shown at about 1:1. */
  static final int WIDTH = 480;

  static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Font SMALL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Color TEXT = new Color(0x33, 0x33, 0x33);
  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  static final Color AXIS = new Color(0x88, 0x88, 0x88);

  private static final int[] PORT_TICKS = {
    1, 2, 5, 10, 20, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000
  };

  private ChartStyle() {}

  /**
   * A plot of values over time in {@code zone} (no margins beside the first and last time), with
   * the shared grid.
   */
  static XYPlot timePlot(
      XYDataset dataset, ZoneId zone, NumberAxis values, XYItemRenderer renderer) {
    DateAxis time =
        new DateAxis("time (" + zoneName(zone) + ")", TimeZone.getTimeZone(zone), LOCALE);
    axis(time);
    time.setLowerMargin(0);
    time.setUpperMargin(0);
    XYPlot plot = new XYPlot(dataset, time, values, renderer);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    return plot;
  }

  /** A chart around the plot with the shared look, with or without a legend. */
  static JFreeChart chart(Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(4, 2, 2, 18));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(GRID);
    LegendTitle title = chart.getLegend();
    if (title != null) {
      title.setPosition(RectangleEdge.BOTTOM);
      title.setItemFont(TICK_FONT);
      title.setItemPaint(TEXT);
      title.setBackgroundPaint(Color.WHITE);
      title.setFrame(BlockBorder.NONE);
    }
    return chart;
  }

  static void axis(Axis axis) {
    axis.setLabelFont(LABEL_FONT);
    axis.setLabelPaint(TEXT);
    axis.setTickLabelFont(TICK_FONT);
    axis.setTickLabelPaint(TEXT);
    axis.setAxisLinePaint(AXIS);
    axis.setTickMarkPaint(AXIS);
  }

  /** An axis of counts: whole numbers with US thousands separators, from zero. */
  static NumberAxis countAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis(axis);
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(LOCALE));
    axis.setAutoRangeIncludesZero(true);
    return axis;
  }

  /** An axis of port numbers: whole numbers written as ports are, without separators. */
  static NumberAxis portAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis(axis);
    DecimalFormat plain = new DecimalFormat("0", DecimalFormatSymbols.getInstance(LOCALE));
    TickUnits units = new TickUnits();
    for (int size : PORT_TICKS) {
      units.add(new NumberTickUnit(size, plain));
    }
    axis.setStandardTickUnits(units);
    axis.setAutoRangeIncludesZero(false);
    return axis;
  }

  /** The zone as axis labels name it: {@code UTC} for UTC however it was spelled. */
  static String zoneName(ZoneId zone) {
    return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
  }

  /** A time in the zone, to the minute, e.g. {@code 2026-03-11 10:25 (Europe/Berlin)}. */
  static String minute(Instant time, ZoneId zone) {
    return MINUTE.withZone(zone).format(time) + " (" + zoneName(zone) + ")";
  }

  /**
   * A time in the zone, to the second, e.g. {@code 2026-03-11 10:25:30} (the axis names the zone).
   */
  static String second(long epochMillis, ZoneId zone) {
    return SECOND.withZone(zone).format(Instant.ofEpochMilli(epochMillis));
  }

  /** Whole numbers with US thousands separators, e.g. {@code 16,384}. */
  static String count(long value) {
    return Counted.number(value);
  }

  /** A share as a whole percent, e.g. {@code 12 %}; below 1 % with one decimal. */
  static String percent(double share) {
    double percent = share * 100;
    return percent > 0 && percent < 1
        ? String.format(LOCALE, "%.1f %%", percent)
        : String.format(LOCALE, "%.0f %%", percent);
  }

  /** A rate per second, to one decimal, e.g. {@code 1,234.5}. */
  static String rate(double value) {
    return String.format(LOCALE, "%,.1f", value);
  }

  static BasicStroke line(float width) {
    return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  static BasicStroke dashed(float width) {
    return new BasicStroke(
        width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
  }
}
