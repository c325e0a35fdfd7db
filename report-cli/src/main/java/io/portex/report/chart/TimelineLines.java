package io.portex.report.chart;

import io.portex.core.model.TcpState;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of the timeline, from the timed snapshots of one host: TCP sockets in TIME_WAIT,
 * ESTABLISHED, CLOSE_WAIT, BOUND and the other states summed, and the ephemeral ports in use (a
 * state that is zero throughout is left out; ports in use never are). Every line is thinned to
 * {@link PeakThinning#MAX_POINTS} points, peaks kept.
 */
final class TimelineLines {

  private static final List<TcpState> OWN_LINES =
      List.of(TcpState.TIME_WAIT, TcpState.ESTABLISHED, TcpState.CLOSE_WAIT, TcpState.BOUND);

  private TimelineLines() {}

  /**
   * The lines of one host's timed snapshots (the timeline the rules judged; hosts are never put on
   * one line), in legend order (ports in use last); empty without timed snapshots.
   */
  static List<PlotLine> of(Timeline timeline) {
    List<SnapshotUsage> timed = timeline.timed();
    return timed.isEmpty() ? new ArrayList<>() : fromSnapshots(timed);
  }

  private static List<PlotLine> fromSnapshots(List<SnapshotUsage> timed) {
    int n = timed.size();
    long[] times = new long[n];
    double[] inUse = new double[n];
    double[][] states = new double[OWN_LINES.size()][n];
    double[] other = new double[n];
    for (int i = 0; i < n; i++) {
      SnapshotUsage usage = timed.get(i);
      times[i] = usage.snapshot().time().toEpochMilli();
      inUse[i] = usage.inUse();
      int rest = usage.snapshot().tcpSockets();
      for (int s = 0; s < OWN_LINES.size(); s++) {
        int count = usage.snapshot().count(OWN_LINES.get(s));
        states[s][i] = count;
        rest -= count;
      }
      other[i] = rest;
    }
    List<PlotLine> lines = new ArrayList<>();
    for (int s = 0; s < OWN_LINES.size(); s++) {
      String name = OWN_LINES.get(s).name();
      addUnlessZero(
          lines,
          PlotLine.thinned(StateColors.color(name), name, times, states[s], ChartStyle.line(1.5f)));
    }
    addUnlessZero(
        lines,
        PlotLine.thinned(
            StateColors.color(StateColors.OTHER),
            "other states",
            times,
            other,
            ChartStyle.line(1.5f)));
    lines.add(
        PlotLine.thinned(
            StateColors.color(StateColors.IN_USE),
            "ephemeral ports in use",
            times,
            inUse,
            ChartStyle.line(3f)));
    return lines;
  }

  private static void addUnlessZero(List<PlotLine> lines, PlotLine line) {
    if (!line.allZero()) {
      lines.add(line);
    }
  }

  /** The last part of an input path, also inside archives ({@code a.zip!/dir/file.csv}). */
  static String fileName(String path) {
    int cut =
        Math.max(path.lastIndexOf('/'), Math.max(path.lastIndexOf('\\'), path.lastIndexOf('!')));
    return path.substring(cut + 1);
  }
}
