package io.portex.core.classify;

import io.portex.core.model.PortEvents;
import io.portex.core.model.Series;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where the evidence disagrees with itself, so the reader does not trust one half blindly. */
public final class ConsistencyChecks {

  /** Below this share of capacity in use, exhaustion events are hard to explain by sockets. */
  static final double LOW_USAGE_SHARE = 0.5;

  /**
   * Below this share, the events cannot be the snapshots' doing at all: a warning (between it and
   * {@link #LOW_USAGE_SHARE}, an info note: the peak may have fallen between two snapshots).
   */
  static final double VERY_LOW_USAGE_SHARE = 0.25;

  /** Events this close to the snapshots' window are what a capture normally shows: no note. */
  static final Duration NORMAL_GAP = Duration.ofMinutes(5);

  /** Beyond this, the snapshots may show another load than the one that ran out of ports. */
  static final Duration FAR_GAP = Duration.ofHours(1);

  private ConsistencyChecks() {}

  public static List<Note> of(Timeline timeline) {
    List<Note> notes = new ArrayList<>();
    eventsWithLowUsage(timeline).ifPresent(notes::add);
    windowMissesEvents(timeline).ifPresent(notes::add);
    perfmonCountsCloseWait(timeline).ifPresent(notes::add);
    return notes;
  }

  private static Optional<Note> eventsWithLowUsage(Timeline timeline) {
    Optional<SnapshotUsage> peak = timeline.peak().fromSnapshots();
    if (timeline.exhaustionEvents() == 0 || peak.isEmpty()) {
      return Optional.empty();
    }
    int inUse = peak.get().inUse();
    if (inUse >= LOW_USAGE_SHARE * timeline.capacity().effective()) {
      return Optional.empty();
    }
    NoteSeverity severity =
        inUse < VERY_LOW_USAGE_SHARE * timeline.capacity().effective()
            ? NoteSeverity.WARNING
            : NoteSeverity.INFO;
    return Optional.of(
        new Note(
            "consistency.events-without-usage",
            severity,
            String.format(
                Locale.ROOT,
                "Tcpip logged %,d exhaustion event(s) but the snapshots show at most %,d of %,d"
                    + " ports in use: the ports may be held by BOUND sockets (shown only with"
                    + " netstat -q), leaked in the kernel, or missed by a netstat older than 2016,"
                    + " which under-reports",
                timeline.exhaustionEvents(),
                inUse,
                timeline.capacity().effective()),
            List.of(
                new Command(
                    Command.Shell.ANY,
                    Command.Purpose.CAPTURE,
                    "netstat -anoq > netstat-anoq.txt"))));
  }

  private static Optional<Note> windowMissesEvents(Timeline timeline) {
    List<Instant> times = timeline.timed().stream().map(u -> u.snapshot().time()).toList();
    Instant firstEvent = null;
    Instant lastEvent = null;
    for (PortEvents events : timeline.events()) {
      if (events.count() > 0 && events.first() != null && events.meansExhaustion()) {
        firstEvent =
            firstEvent == null || events.first().isBefore(firstEvent) ? events.first() : firstEvent;
        lastEvent =
            lastEvent == null || events.last().isAfter(lastEvent) ? events.last() : lastEvent;
      }
    }
    if (times.isEmpty() || firstEvent == null) {
      return Optional.empty();
    }
    Instant from = times.stream().min(Instant::compareTo).get();
    Instant to = times.stream().max(Instant::compareTo).get();
    // how far the events lie outside the snapshots' window: a minute or two is how captures go
    Duration gap =
        lastEvent.isBefore(from)
            ? Duration.between(lastEvent, from)
            : firstEvent.isAfter(to) ? Duration.between(to, firstEvent) : Duration.ZERO;
    if (gap.compareTo(NORMAL_GAP) <= 0) {
      return Optional.empty();
    }
    boolean far = gap.compareTo(FAR_GAP) > 0;
    return Optional.of(
        new Note(
            far ? "consistency.window-misses-events" : "consistency.window-near-events",
            far ? NoteSeverity.WARNING : NoteSeverity.INFO,
            String.format(
                Locale.ROOT,
                "the snapshots cover %s to %s but the exhaustion events were logged from %s to %s,"
                    + " %s %s them: %s",
                from,
                to,
                firstEvent,
                lastEvent,
                describe(gap),
                lastEvent.isBefore(from) ? "before" : "after",
                far
                    ? "the snapshots may not show what held the ports when they ran out"
                    : "close enough that the snapshots likely show the same load, but not the"
                        + " moment itself"),
            List.of()));
  }

  private static String describe(Duration gap) {
    long minutes = gap.toMinutes();
    return minutes < 120
        ? minutes + " minute(s)"
        : minutes < 48 * 60 ? gap.toHours() + " hour(s)" : gap.toDays() + " day(s)";
  }

  private static Optional<Note> perfmonCountsCloseWait(Timeline timeline) {
    for (Series series : timeline.series()) {
      if (series.name().endsWith("\\Connections Established")) {
        return Optional.of(
            new Note(
                "consistency.perfmon-established",
                NoteSeverity.INFO,
                "perfmon's "
                    + series.name()
                    + " counts ESTABLISHED and CLOSE_WAIT together:"
                    + " compare it with netstat's ESTABLISHED plus CLOSE_WAIT, not ESTABLISHED"
                    + " alone",
                List.of()));
      }
    }
    return Optional.empty();
  }
}
