package io.portex.report.chart;

import io.portex.core.model.EventRecord;
import io.portex.core.model.PortEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Where the Tcpip events go on the timeline: one mark per event time while every record of an id
 * was kept and the marks fit a budget shared by all ids, else one interval from the first to the
 * last event of the id. Ids without any time are left out.
 */
final class EventMarks {

  /** Marks of single events on one chart at most. */
  static final int BUDGET = PortEvents.KEPT;

  private EventMarks() {}

  /**
   * One mark: an instant ({@code from == to}) or an interval of events of one id.
   *
   * @param eventId the Tcpip event id
   * @param from epoch milliseconds
   * @param to epoch milliseconds, inclusive
   * @param count the events the mark stands for
   */
  record Mark(int eventId, long from, long to, long count) {
    /** True for the mark of a single event, false for a mark that stands for several. */
    boolean single() {
      return count == 1 && from == to;
    }
  }

  static List<Mark> plan(List<PortEvents> events, int budget) {
    List<Mark> marks = new ArrayList<>();
    int left = budget;
    for (PortEvents tally : events) {
      if (tally.count() == 0) {
        continue;
      }
      TreeSet<Long> times = new TreeSet<>();
      tally.records().stream()
          .map(EventRecord::time)
          .filter(Objects::nonNull)
          .forEach(t -> times.add(t.toEpochMilli()));
      boolean everyRecordTimed =
          tally.count() <= tally.records().size()
              && tally.records().stream().allMatch(r -> r.time() != null);
      if (everyRecordTimed && !times.isEmpty() && times.size() <= left) {
        for (long time : times) {
          marks.add(new Mark(tally.eventId(), time, time, 1));
        }
        left -= times.size();
      } else if (tally.first() != null && tally.last() != null) {
        marks.add(
            new Mark(tally.eventId(), millis(tally.first()), millis(tally.last()), tally.count()));
      }
    }
    return marks;
  }

  private static long millis(Instant time) {
    return time.toEpochMilli();
  }
}
