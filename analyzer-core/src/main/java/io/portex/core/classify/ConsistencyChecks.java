package io.portex.core.classify;

import io.portex.core.model.PortEvents;
import io.portex.core.model.Series;
import io.portex.core.prose.Counted;
import io.portex.core.timeline.ConnectionRates;
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
    rateAboveSustainable(timeline).ifPresent(notes::add);
    rateBelowExhaustion(timeline).ifPresent(notes::add);
    ratesDisagree(timeline).ifPresent(notes::add);
    return notes;
  }

  /** Two measured rates this many times apart disagree (issue 12: "by more than 2×"). */
  static final double RATES_DISAGREE = 2;

  /** From this many times apart, the disagreement is a warning. */
  static final double RATES_FAR_APART = 5;

  /**
   * perfmon's opening rate above what the range sustains: held for as long as TIME_WAIT lasts, it
   * runs the range out. A warning when it exceeds even the shortest duration considered.
   */
  private static Optional<Note> rateAboveSustainable(Timeline timeline) {
    ConnectionRates rates = timeline.rates();
    Optional<ConnectionRates.Rate> measured = rates.measured();
    if (measured.isEmpty() || measured.get().perSecond() <= rates.leastSustainable()) {
      return Optional.empty();
    }
    ConnectionRates.Rate rate = measured.get();
    return Optional.of(
        new Note(
            "consistency.rate-above-sustainable",
            rate.perSecond() > rates.mostSustainable() ? NoteSeverity.WARNING : NoteSeverity.INFO,
            String.format(
                Locale.ROOT,
                "perfmon counted up to %s new outbound connections per second (%s, %s, at %s);"
                    + " the range of %,d ports sustains %s: held for as long as TIME_WAIT lasts,"
                    + " that rate runs out of ports unless connections are reused",
                number(rate.perSecond()),
                rate.series(),
                rate.source(),
                timeline.words(rate.time()),
                timeline.capacity().effective(),
                sustainable(rates)),
            List.of()));
  }

  /**
   * Exhaustion events beside a perfmon opening rate under half of what the range sustains even
   * under the longest TIME_WAIT considered: churn alone did not run the range out, something held
   * ports (BOUND sockets, a leak, another protocol's use of the range).
   */
  private static Optional<Note> rateBelowExhaustion(Timeline timeline) {
    ConnectionRates rates = timeline.rates();
    Optional<ConnectionRates.Rate> measured = rates.measured();
    if (timeline.exhaustionEvents() == 0
        || measured.isEmpty()
        || measured.get().perSecond() * RATES_DISAGREE >= rates.leastSustainable()) {
      return Optional.empty();
    }
    ConnectionRates.Rate rate = measured.get();
    return Optional.of(
        new Note(
            "consistency.rate-below-exhaustion",
            NoteSeverity.WARNING,
            String.format(
                Locale.ROOT,
                "Tcpip logged %s, but perfmon counted at most %s new outbound"
                    + " connections per second (%s, %s), less than half of what the range of %,d"
                    + " ports sustains (%s): churn alone does not run it out; look for ports held"
                    + " otherwise (BOUND sockets with netstat -anoq, a leak, excluded ranges)",
                Counted.of(timeline.exhaustionEvents(), "exhaustion event", "exhaustion events"),
                number(rate.perSecond()),
                rate.series(),
                rate.source(),
                timeline.capacity().effective(),
                sustainable(rates)),
            List.of(
                new Command(
                    Command.Shell.ANY,
                    Command.Purpose.CAPTURE,
                    "netstat -anoq > netstat-anoq.txt"))));
  }

  /**
   * perfmon's opening rate before the TIME_WAIT peak against Little's law from that peak, when they
   * disagree by more than {@link #RATES_DISAGREE} times under every duration considered.
   */
  private static Optional<Note> ratesDisagree(Timeline timeline) {
    ConnectionRates rates = timeline.rates();
    double least = Double.POSITIVE_INFINITY;
    ConnectionRates.AtDuration closest = null;
    for (ConnectionRates.AtDuration row : rates.byDuration()) {
      Double by = row.disagreement();
      if (by == null) {
        return Optional.empty();
      }
      if (by < least) {
        least = by;
        closest = row;
      }
    }
    if (closest == null || least <= RATES_DISAGREE) {
      return Optional.empty();
    }
    boolean perfmonHigher = closest.perfmonNearPeak() > closest.littlesLaw();
    return Optional.of(
        new Note(
            "consistency.rates-disagree",
            least > RATES_FAR_APART ? NoteSeverity.WARNING : NoteSeverity.INFO,
            String.format(
                Locale.ROOT,
                "perfmon counted %s new outbound connections per second (%s) over the %d s before"
                    + " the TIME_WAIT peak, but %,d TIME_WAIT at %s (%s) mean %s closes per second"
                    + " (Little's law, TIME_WAIT %d s%s): %s apart. %s",
                number(closest.perfmonNearPeak()),
                rates.perfmonPeak().source(),
                closest.seconds(),
                rates.timeWait().count(),
                timeline.words(rates.timeWait().time()),
                rates.timeWait().source(),
                number(closest.littlesLaw()),
                closest.seconds(),
                closest.assumed() ? ", assumed" : "",
                Double.isInfinite(least) ? "one of them is 0" : number(least) + " times",
                perfmonHigher
                    ? "TIME_WAIT stays with the side that closes first: the remote ends may close"
                        + " most of these connections"
                        + (closest.assumed() ? ", or TIME_WAIT is shorter than assumed" : "")
                    : "more TIME_WAIT than perfmon's opens explain: the opens may have come in a"
                        + " burst between its samples, or over IPv6 while only TCPv4 was logged"
                        + (closest.assumed() ? ", or TIME_WAIT lasts longer than assumed" : "")),
            List.of()));
  }

  /** "68.3/s with TIME_WAIT 240 s (assumed)", each duration considered. */
  private static String sustainable(ConnectionRates rates) {
    List<String> parts = new ArrayList<>();
    for (ConnectionRates.AtDuration row : rates.byDuration()) {
      parts.add(
          number(row.sustainable())
              + "/s with TIME_WAIT "
              + row.seconds()
              + " s"
              + (row.assumed() ? " (assumed)" : ""));
    }
    return String.join(", ", parts);
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%,d", (long) value)
        : String.format(Locale.ROOT, "%,.1f", value);
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
                "Tcpip logged %s but the snapshots show at most %,d of %,d"
                    + " ports in use: the ports may be held by BOUND sockets (shown only with"
                    + " netstat -q), leaked in the kernel, or missed by a netstat older than 2016,"
                    + " which under-reports",
                Counted.of(timeline.exhaustionEvents(), "exhaustion event", "exhaustion events"),
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
                timeline.words(from),
                timeline.words(to),
                timeline.words(firstEvent),
                timeline.words(lastEvent),
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
        ? Counted.of(minutes, "minute", "minutes")
        : minutes < 48 * 60
            ? Counted.of(gap.toHours(), "hour", "hours")
            : Counted.of(gap.toDays(), "day", "days");
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
