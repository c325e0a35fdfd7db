package io.portex.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * One line of a chart over time: values at times, thinned to at most {@link
 * PeakThinning#MAX_POINTS}.
 *
 * @param color its color
 * @param label the legend text, unique in the chart
 * @param times epoch milliseconds, in order
 * @param values the value at each time
 * @param stroke how the line is drawn
 */
record PlotLine(Color color, String label, long[] times, double[] values, BasicStroke stroke) {

  /** The line with at most {@link PeakThinning#MAX_POINTS} points, peaks kept. */
  static PlotLine thinned(
      Color color, String label, long[] times, double[] values, BasicStroke stroke) {
    int[] kept = PeakThinning.keep(values, PeakThinning.MAX_POINTS);
    long[] keptTimes = new long[kept.length];
    double[] keptValues = new double[kept.length];
    for (int i = 0; i < kept.length; i++) {
      keptTimes[i] = times[kept[i]];
      keptValues[i] = values[kept[i]];
    }
    return new PlotLine(color, label, keptTimes, keptValues, stroke);
  }

  boolean allZero() {
    for (double value : values) {
      if (value != 0) {
        return false;
      }
    }
    return true;
  }

  /** The index of the highest value (the first of equals), or -1 when no value is a number. */
  int highest() {
    int best = -1;
    for (int i = 0; i < values.length; i++) {
      if (Double.isFinite(values[i]) && (best < 0 || values[i] > values[best])) {
        best = i;
      }
    }
    return best;
  }

  /** The highest value, at least 0; values that are not numbers are passed over. */
  double max() {
    double max = 0;
    for (double value : values) {
      if (Double.isFinite(value)) {
        max = Math.max(max, value);
      }
    }
    return max;
  }
}
