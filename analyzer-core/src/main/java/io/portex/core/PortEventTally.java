package io.portex.core;

import io.portex.core.model.EventRecord;
import io.portex.core.model.PortEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Counts the Tcpip events that say ports ran out, across every export of every log of a ticket: the
 * same record read from the .evtx and from its XML export is counted once. Memory is bounded: per
 * id a count, first and last, and the earliest {@link PortEvents#KEPT} records.
 */
final class PortEventTally {

  /** The classic provider; {@code Microsoft-Windows-TCPIP} is another one. */
  static final String PROVIDER = "Tcpip";

  private static final Comparator<EventRecord> BY_TIME = PortEvents.BY_TIME;

  /** Events whose identity is remembered to spot a second export of the same record. */
  static final int MAX_REMEMBERED = 1_000_000;

  private final Map<Integer, Tally> tallies = new LinkedHashMap<>();
  private final Set<Long> seen;

  PortEventTally() {
    this(new HashSet<>());
  }

  /**
   * A tally that shares with others the records seen, so that a record read from two exports is
   * counted once across all of them.
   */
  PortEventTally(Set<Long> seen) {
    this.seen = seen;
    for (int id : PortEvents.IDS) {
      tallies.put(id, new Tally());
    }
  }

  /** True when portex counts this kind of event. */
  static boolean counts(EventRecord event) {
    return PROVIDER.equalsIgnoreCase(event.provider()) && PortEvents.IDS.contains(event.eventId());
  }

  /**
   * Adds an event portex counts.
   *
   * @return false when it was read before (from another export of the same log)
   */
  boolean add(EventRecord event) {
    long identity = identity(event);
    if (seen.contains(identity)) {
      return false;
    }
    if (seen.size() < MAX_REMEMBERED) {
      seen.add(identity);
    }
    tallies.get(event.eventId()).add(event);
    return true;
  }

  List<PortEvents> result() {
    List<PortEvents> result = new ArrayList<>();
    tallies.forEach((id, tally) -> result.add(tally.toEvents(id)));
    return result;
  }

  /** A 64-bit hash of what identifies a record across exports. */
  private static long identity(EventRecord event) {
    String key =
        event.eventId()
            + "|"
            + event.time()
            + "|"
            + (event.recordId() >= 0 ? "#" + event.recordId() : String.join("\u0000", event.data()))
            + "|"
            + (event.computer() == null ? "" : event.computer().toLowerCase(Locale.ROOT));
    long hash = 1125899906842597L;
    for (int i = 0; i < key.length(); i++) {
      hash = 31 * hash + key.charAt(i);
    }
    return hash ^ ((long) key.hashCode() << 32);
  }

  private static final class Tally {
    private long count;
    private Instant first;
    private Instant last;
    private final PriorityQueue<EventRecord> earliest =
        new PriorityQueue<>(PortEvents.KEPT + 1, BY_TIME.reversed());

    void add(EventRecord event) {
      count++;
      Instant time = event.time();
      if (time != null) {
        first = first == null || time.isBefore(first) ? time : first;
        last = last == null || time.isAfter(last) ? time : last;
      }
      earliest.add(event);
      if (earliest.size() > PortEvents.KEPT) {
        earliest.poll();
      }
    }

    PortEvents toEvents(int id) {
      List<EventRecord> records = new ArrayList<>(earliest);
      records.sort(BY_TIME);
      return new PortEvents(id, count, first, last, records);
    }
  }
}
