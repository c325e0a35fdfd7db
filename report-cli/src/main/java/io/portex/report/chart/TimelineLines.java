package io.portex.report.chart;

import io.portex.core.Analysis;
import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines of the timeline. From the timed snapshots: TIME_WAIT, ESTABLISHED, CLOSE_WAIT, the
 * other states summed, and the ephemeral ports in use (a state that is zero throughout is left out;
 * ports in use never are). Without timed snapshots: the TIME_WAIT series (trend files, monitoring
 * logs). Every line is thinned to {@link PeakThinning#MAX_POINTS} points, peaks kept.
 */
final class TimelineLines {

  static final String TIME_WAIT_SERIES = "TIME_WAIT";

  private static final List<TcpState> OWN_LINES =
      List.of(TcpState.TIME_WAIT, TcpState.ESTABLISHED, TcpState.CLOSE_WAIT);

  private TimelineLines() {}

  /**
   * The lines to draw for the host the verdict comes from (the timeline the rules judged; hosts are
   * never put on one line), in legend order (ports in use last); empty when there are none. The
   * monitoring script's TIME_WAIT counts are drawn beside the snapshots' states.
   */
  static List<PlotLine> of(Analysis analysis) {
    Timeline timeline = analysis.timeline();
    List<SnapshotUsage> timed = timeline.timed();
    List<PlotLine> lines = timed.isEmpty() ? new ArrayList<>() : fromSnapshots(timed);
    lines.addAll(0, fromSeries(timeline.series(), !timed.isEmpty()));
    return lines;
  }

  private static List<PlotLine> fromSnapshots(List<SnapshotUsage> timed) {
    int n = timed.size();
    long[] times = new long[n];
    double[] inUse = new double[n];
    double[][] states = new double[OWN_LINES.size()][n];
    double[] other = new double[n];
    for (int i = 0; i < n; i++) {
      Snapshot snapshot = timed.get(i).snapshot();
      times[i] = snapshot.time().toEpochMilli();
      inUse[i] = timed.get(i).inUse();
      int rest = snapshot.tcpSockets();
      for (int s = 0; s < OWN_LINES.size(); s++) {
        int count = snapshot.count(OWN_LINES.get(s));
        states[s][i] = count;
        rest -= count;
      }
      other[i] = rest;
    }
    List<PlotLine> lines = new ArrayList<>();
    for (int s = 0; s < OWN_LINES.size(); s++) {
      String name = OWN_LINES.get(s).name();
      addUnlessZero(lines, PlotLine.thinned(name, name, times, states[s], ChartStyle.line(1.5f)));
    }
    addUnlessZero(
        lines,
        PlotLine.thinned(StateColors.OTHER, "other states", times, other, ChartStyle.line(1.5f)));
    lines.add(
        PlotLine.thinned(
            StateColors.IN_USE, "ephemeral ports in use", times, inUse, ChartStyle.line(3f)));
    return lines;
  }

  private static void addUnlessZero(List<PlotLine> lines, PlotLine line) {
    if (!line.allZero()) {
      lines.add(line);
    }
  }

  private static List<PlotLine> fromSeries(List<Series> series, boolean besideSnapshots) {
    List<Series> timeWait =
        series.stream()
            .filter(s -> TIME_WAIT_SERIES.equals(s.name()))
            .filter(s -> s.points().stream().anyMatch(p -> Double.isFinite(p.value())))
            .toList();
    List<PlotLine> lines = new ArrayList<>();
    for (int k = 0; k < timeWait.size(); k++) {
      Series s = timeWait.get(k);
      List<SeriesPoint> points =
          s.points().stream()
              .filter(p -> Double.isFinite(p.value()))
              .sorted(Comparator.comparing(SeriesPoint::time))
              .toList();
      long[] times = new long[points.size()];
      double[] values = new double[points.size()];
      for (int i = 0; i < points.size(); i++) {
        times[i] = points.get(i).time().toEpochMilli();
        values[i] = points.get(i).value();
      }
      String label =
          timeWait.size() == 1 && !besideSnapshots
              ? TIME_WAIT_SERIES
              : TIME_WAIT_SERIES
                  + " ("
                  + (timeWait.size() == 1 ? "" : (k + 1) + ": ")
                  + fileName(s.source().file())
                  + ")";
      BasicStroke stroke =
          k == 0 && !besideSnapshots ? ChartStyle.line(1.5f) : ChartStyle.dashed(1.5f);
      lines.add(PlotLine.thinned(TIME_WAIT_SERIES, label, times, values, stroke));
    }
    return lines;
  }

  /** The last part of an input path, also inside archives ({@code a.zip!/dir/file.csv}). */
  static String fileName(String path) {
    int cut =
        Math.max(path.lastIndexOf('/'), Math.max(path.lastIndexOf('\\'), path.lastIndexOf('!')));
    return path.substring(cut + 1);
  }
}
