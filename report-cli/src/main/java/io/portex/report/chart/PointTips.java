package io.portex.report.chart;

import java.time.ZoneId;
import java.util.List;
import java.util.function.DoubleFunction;
import org.jfree.chart.labels.XYToolTipGenerator;

/**
 * The tooltips of the points of time lines: the line's name, the value and the time. A long line
 * gets a tooltip on every k-th point (at most {@value #PER_LINE}) and on its highest point, so that
 * the chart stays small.
 */
final class PointTips {

  /** Tooltips per line at most, besides the highest point's. */
  static final int PER_LINE = 60;

  private PointTips() {}

  /** True when point {@code item} of a line of {@code count} points gets a tooltip. */
  static boolean shown(int item, int count, boolean highest) {
    int step = (count + PER_LINE - 1) / PER_LINE;
    return highest || item % Math.max(1, step) == 0;
  }

  /** Tooltips for the lines, series index = line index, values written by {@code value}. */
  static XYToolTipGenerator of(List<PlotLine> lines, ZoneId zone, DoubleFunction<String> value) {
    return (dataset, series, item) -> {
      PlotLine line = lines.get(series);
      double v = line.values()[item];
      if (!Double.isFinite(v) || !shown(item, line.values().length, item == line.highest())) {
        return null;
      }
      return line.label()
          + ": "
          + value.apply(v)
          + " at "
          + ChartStyle.second(line.times()[item], zone);
    };
  }

  /** Counts, e.g. {@code 1,234}. */
  static String count(double value) {
    return ChartStyle.count(Math.round(value));
  }
}
