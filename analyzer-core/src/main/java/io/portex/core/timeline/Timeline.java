package io.portex.core.timeline;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.PortEvents;
import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TimeWaitDuration;
import io.portex.core.model.fact.Fact;
import io.portex.core.model.fact.PacketCapture;
import io.portex.core.prose.Counted;
import io.portex.core.prose.ProseTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One host on one UTC time axis, built before any rule looks at it: its snapshots in order with
 * their usage against the host's capacity, its series and Tcpip events, the window they cover, gaps
 * in the capture, where port usage is heading, the TIME_WAIT duration in force, and the peak over
 * all of it. Rules, checks and renderers read these values; none computes them again.
 *
 * @param host the host key, or null when no input names one
 * @param capacity the ephemeral port capacity of the host
 * @param timeWait the TIME_WAIT duration in force, or unknown
 * @param snapshots every snapshot with its usage: timed ones by time, untimed ones last in input
 *     order
 * @param series every series of the host, the measured ones of its packet captures ({@link
 *     CaptureSeries}) last
 * @param events the Tcpip event tallies: 4227, 4231, 4266, then 4226
 * @param facts configuration facts and side evidence, in input order
 * @param from the earliest time of any evidence, or null
 * @param to the latest, or null
 * @param gaps intervals between snapshots longer than {@link #GAP_FACTOR} times the usual one
 * @param usageGrowthPerHour ephemeral ports in use gained per hour (least squares over the timed
 *     snapshots), or null with fewer than three
 * @param projectedExhaustion when usage would reach the capacity at that rate, or null
 * @param peak the peak over all evidence, with its source
 * @param dateNotes what was guessed or borrowed about dates, in words
 * @param partialSigns why the capture looks partial, in words (SPEC §3: truncation markers, cut
 *     rows, a handful of rows); empty when it does not
 * @param zone the zone the reader reads times in (the analysis zone): prose names times in it, see
 *     {@link #words(Instant)}
 */
public record Timeline(
    String host,
    EphemeralCapacity capacity,
    TimeWaitDuration timeWait,
    List<SnapshotUsage> snapshots,
    List<Series> series,
    List<PortEvents> events,
    List<Fact> facts,
    Instant from,
    Instant to,
    List<Gap> gaps,
    Double usageGrowthPerHour,
    Instant projectedExhaustion,
    Peak peak,
    List<String> dateNotes,
    List<String> partialSigns,
    ZoneId zone) {

  /** An interval this many times the median one is a gap. */
  public static final double GAP_FACTOR = 2.5;

  /** A largest snapshot with fewer TCP sockets than this is a handful of rows: likely cut. */
  public static final int HANDFUL_OF_ROWS = 20;

  public Timeline {
    snapshots = List.copyOf(snapshots);
    series = List.copyOf(series);
    events = List.copyOf(events);
    facts = List.copyOf(facts);
    gaps = List.copyOf(gaps);
    dateNotes = List.copyOf(dateNotes);
    partialSigns = List.copyOf(partialSigns);
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(timeWait, "timeWait");
    Objects.requireNonNull(peak, "peak");
    Objects.requireNonNull(zone, "zone");
  }

  /** An instant as a sentence names it: to the second, in {@link #zone()}, the zone named. */
  public String words(Instant time) {
    return ProseTime.of(time, zone);
  }

  /**
   * Builds the timeline of one host.
   *
   * @param evidence what was read about the host
   * @param timeWaitSeconds the caller's TIME_WAIT duration, or null for the registry's
   */
  public static Timeline of(HostEvidence evidence, Long timeWaitSeconds) {
    return of(evidence, timeWaitSeconds, ZoneOffset.UTC);
  }

  /**
   * Builds the timeline of one host, for a reader in {@code zone}.
   *
   * @param evidence what was read about the host
   * @param timeWaitSeconds the caller's TIME_WAIT duration, or null for the registry's
   * @param zone the zone its prose names times in
   */
  public static Timeline of(HostEvidence evidence, Long timeWaitSeconds, ZoneId zone) {
    List<Snapshot> ordered = new ArrayList<>(evidence.snapshots());
    ordered.sort(
        Comparator.comparing(Snapshot::time, Comparator.nullsLast(Comparator.naturalOrder())));
    EphemeralCapacity capacity = CapacityFinder.of(evidence.facts(), ordered);
    List<SnapshotUsage> usage = new ArrayList<>(ordered.size());
    SnapshotUsage peak = null;
    for (Snapshot snapshot : ordered) {
      SnapshotUsage u =
          new SnapshotUsage(snapshot, capacity.inUse(snapshot), capacity.ephemeralStates(snapshot));
      usage.add(u);
      if (peak == null || u.inUse() > peak.inUse()) {
        peak = u;
      }
    }
    List<SnapshotUsage> timed = usage.stream().filter(u -> u.snapshot().time() != null).toList();
    List<Instant> times = new ArrayList<>(timed.stream().map(u -> u.snapshot().time()).toList());
    List<Series> series = new ArrayList<>(evidence.series());
    series.addAll(CaptureSeries.of(evidence.host(), evidence.facts()));
    for (Series s : series) {
      s.points().stream().map(SeriesPoint::time).forEach(times::add);
    }
    for (PortEvents e : evidence.events()) {
      if (e.first() != null) {
        times.add(e.first());
        times.add(e.last());
      }
    }
    Instant from = times.stream().filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    Instant to = times.stream().filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    UsageTrend trend = UsageTrend.of(timed, capacity);
    List<String> partial = new ArrayList<>(evidence.partialSigns());
    int largest = usage.stream().mapToInt(u -> u.snapshot().tcpSockets()).max().orElse(-1);
    if (largest >= 0 && largest < HANDFUL_OF_ROWS) {
      partial.add(
          "the largest snapshot holds only " + Counted.of(largest, "TCP socket", "TCP sockets"));
    }
    return new Timeline(
        evidence.host(),
        capacity,
        TimeWaitDuration.of(evidence.facts(), timeWaitSeconds),
        usage,
        series,
        evidence.events(),
        evidence.facts(),
        from,
        to,
        gaps(timed),
        trend.perHour(),
        trend.exhaustionAt(),
        new Peak(peak, Series.highest(evidence.series(), Series.TIME_WAIT).orElse(null)),
        evidence.dateNotes(),
        partial,
        zone);
  }

  /**
   * New connections per second, measured (perfmon's {@code Connections Active}, Little's law from
   * the peak's TIME_WAIT) and sustainable (capacity ÷ TIME_WAIT duration), under each duration in
   * force or assumed.
   */
  public ConnectionRates rates() {
    return ConnectionRates.of(series, peak, capacity, timeWait);
  }

  /** The snapshots with a time, in time order. */
  public List<SnapshotUsage> timed() {
    return snapshots.stream().filter(u -> u.snapshot().time() != null).toList();
  }

  public int timedSnapshots() {
    return (int) snapshots.stream().filter(u -> u.snapshot().time() != null).count();
  }

  public int untimedSnapshots() {
    return snapshots.size() - timedSnapshots();
  }

  /** The usage of one of this host's snapshots, found by identity. */
  public java.util.Optional<SnapshotUsage> usage(Snapshot snapshot) {
    return snapshots.stream().filter(u -> u.snapshot() == snapshot).findFirst();
  }

  /** Tcpip 4227, 4231 and 4266 events: the system's word that ports ran out. */
  public long exhaustionEvents() {
    return PortEvents.exhaustionCount(events);
  }

  /** Peak ports in use as a share of the effective capacity (0 without snapshots). */
  public double peakShare() {
    return peak.fromSnapshots().map(p -> capacity.share(p.inUse())).orElse(0.0);
  }

  /** True when a fact of this kind was read for this host. */
  public boolean has(Class<? extends Fact> kind) {
    return facts.stream().anyMatch(kind::isInstance);
  }

  /** The facts of one kind, in input order. */
  public <T extends Fact> List<T> facts(Class<T> kind) {
    return Fact.ofKind(facts, kind);
  }

  /**
   * The host's packet capture that saw it open the most connections, or empty without one (the
   * capture's rates are also on {@link #series} as {@link CaptureSeries}).
   */
  public java.util.Optional<PacketCapture> capture() {
    return facts(PacketCapture.class).stream()
        .filter(c -> c.host() != null)
        .max(Comparator.comparingLong(c -> c.hostTotals().attempts()));
  }

  /** True when there is connection data: a snapshot or a TIME_WAIT series. */
  public boolean hasConnectionData() {
    return !snapshots.isEmpty() || peak.fromTimeWaitSeries().isPresent();
  }

  private static List<Gap> gaps(List<SnapshotUsage> timed) {
    if (timed.size() < 4) {
      return List.of();
    }
    List<Long> intervals = new ArrayList<>();
    for (int i = 1; i < timed.size(); i++) {
      intervals.add(
          Duration.between(timed.get(i - 1).snapshot().time(), timed.get(i).snapshot().time())
              .toMillis());
    }
    List<Long> sorted = intervals.stream().sorted().toList();
    long median = sorted.get(sorted.size() / 2);
    List<Gap> gaps = new ArrayList<>();
    for (int i = 0; i < intervals.size(); i++) {
      if (median > 0 && intervals.get(i) > GAP_FACTOR * median) {
        gaps.add(new Gap(timed.get(i).snapshot().time(), timed.get(i + 1).snapshot().time()));
      }
    }
    return gaps;
  }
}
