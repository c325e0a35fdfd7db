package io.portex.report.chart;

import java.util.List;

/**
 * The time the timeline shows: the span of its lines, widened to take in the Tcpip events that lie
 * near it (within the lines' own span, at least an hour), then padded by 2 % on each side (half an
 * hour on each side of a single instant). Events further away are left out of view, so that a week
 * of event log does not squeeze an hour of snapshots into a sliver; {@link #eventsOutside} says so.
 *
 * @param from epoch milliseconds
 * @param to epoch milliseconds
 * @param eventsOutside true when some event lies outside the window
 */
record TimeWindow(long from, long to, boolean eventsOutside) {

  static final long HOUR = 60 * 60 * 1000L;

  static TimeWindow of(List<PlotLine> lines, List<EventMarks.Mark> marks) {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (PlotLine line : lines) {
      first = Math.min(first, line.times()[0]);
      last = Math.max(last, line.times()[line.times().length - 1]);
    }
    long reach = Math.max(last - first, HOUR);
    long near = first - reach;
    long far = last + reach;
    long from = first;
    long to = last;
    boolean outside = false;
    for (EventMarks.Mark mark : marks) {
      outside |= mark.from() < near || mark.to() > far;
      if (mark.to() >= near && mark.from() <= far) {
        from = Math.min(from, Math.max(mark.from(), near));
        to = Math.max(to, Math.min(mark.to(), far));
      }
    }
    long pad = from == to ? HOUR / 2 : Math.max(1000, (to - from) / 50);
    return new TimeWindow(from - pad, to + pad, outside);
  }
}
