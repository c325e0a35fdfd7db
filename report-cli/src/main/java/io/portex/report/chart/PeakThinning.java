package io.portex.report.chart;

/**
 * Thins a line to a bounded number of points so that long captures stay small and fast to draw:
 * consecutive points are grouped into equal runs and only the highest point of each run is kept
 * (the first of equals). Peaks, which are what exhaustion is about, survive exactly; dips between
 * them may be drawn shallower than they were.
 */
final class PeakThinning {

  /** Points per line at most: more than the plot's width in pixels would show apart. */
  static final int MAX_POINTS = 600;

  private PeakThinning() {}

  /** The indexes of the points to keep, in order: all of them when there are few enough. */
  static int[] keep(double[] values, int maxPoints) {
    if (maxPoints < 1) {
      throw new IllegalArgumentException("maxPoints " + maxPoints);
    }
    int n = values.length;
    if (n <= maxPoints) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    int run = (n + maxPoints - 1) / maxPoints;
    int[] kept = new int[(n + run - 1) / run];
    for (int bucket = 0; bucket < kept.length; bucket++) {
      int best = bucket * run;
      int end = Math.min(n, best + run);
      for (int i = best + 1; i < end; i++) {
        if (values[i] > values[best]) {
          best = i;
        }
      }
      kept[bucket] = best;
    }
    return kept;
  }
}
