package io.portex.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The events of one id from provider {@code Tcpip} that say ports ran out (4227, 4231, 4266) or
 * connects were throttled (4226): how many, first and last, and the records themselves as evidence
 * (at most {@link #KEPT} of them).
 *
 * @param eventId 4226, 4227, 4231 or 4266
 * @param count how many were read
 * @param first the earliest time, or null
 * @param last the latest time, or null
 * @param records the first {@link #KEPT} records in time order
 */
public record PortEvents(
    int eventId, long count, Instant first, Instant last, List<EventRecord> records) {

  /** Records kept as evidence per event id. */
  public static final int KEPT = 200;

  /** The ids portex counts, in the order it reports them. */
  public static final List<Integer> IDS = List.of(4227, 4231, 4266, 4226);

  /** The ids whose presence alone means ports ran out (4226 only throttles connects). */
  public static final List<Integer> EXHAUSTION_IDS = List.of(4227, 4231, 4266);

  /** True for 4227, 4231 and 4266: the system's word that ports ran out. */
  public boolean meansExhaustion() {
    return EXHAUSTION_IDS.contains(eventId);
  }

  /** How many events of the tallies say ports ran out. */
  public static long exhaustionCount(List<PortEvents> tallies) {
    return tallies.stream().filter(PortEvents::meansExhaustion).mapToLong(PortEvents::count).sum();
  }

  public PortEvents {
    records = List.copyOf(records);
  }

  /** The tallies of several sources (hosts, logs) of the same ids, added up id by id. */
  public static List<PortEvents> combine(List<List<PortEvents>> tallies) {
    List<PortEvents> combined = new ArrayList<>();
    for (int id : IDS) {
      long count = 0;
      Instant first = null;
      Instant last = null;
      List<EventRecord> records = new ArrayList<>();
      for (List<PortEvents> list : tallies) {
        for (PortEvents events : list) {
          if (events.eventId() != id) {
            continue;
          }
          count += events.count();
          first = earlier(first, events.first());
          last =
              events.last() == null || (last != null && last.isAfter(events.last()))
                  ? last
                  : events.last();
          records.addAll(events.records());
        }
      }
      records.sort(BY_TIME);
      combined.add(
          new PortEvents(
              id, count, first, last, records.subList(0, Math.min(KEPT, records.size()))));
    }
    return combined;
  }

  /** Records by time (untimed last), then record number. */
  public static final Comparator<EventRecord> BY_TIME =
      Comparator.comparing(EventRecord::time, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingLong(EventRecord::recordId);

  private static Instant earlier(Instant a, Instant b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }
}
