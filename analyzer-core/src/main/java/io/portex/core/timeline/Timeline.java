package io.portex.core.timeline;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.PortEvents;
import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import io.portex.core.model.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ticket on one UTC time axis: the window the snapshots, series and events cover, snapshots
 * without a time, gaps in the capture, and where port usage is heading.
 *
 * @param from the earliest time of any evidence, or null
 * @param to the latest, or null
 * @param timedSnapshots snapshots with a time
 * @param untimedSnapshots snapshots without one (kept in input order)
 * @param gaps intervals between snapshots longer than {@link #GAP_FACTOR} times the usual one
 * @param usageGrowthPerHour ephemeral ports in use gained per hour (least squares over the timed
 *     snapshots), or null with fewer than three
 * @param projectedExhaustion when usage would reach the capacity at that rate, or null when it does
 *     not grow
 */
public record Timeline(
    Instant from,
    Instant to,
    int timedSnapshots,
    int untimedSnapshots,
    List<Gap> gaps,
    Double usageGrowthPerHour,
    Instant projectedExhaustion) {

  /** An interval this many times the median one is a gap. */
  public static final double GAP_FACTOR = 2.5;

  public Timeline {
    gaps = List.copyOf(gaps);
  }

  public static Timeline of(
      List<Snapshot> snapshots,
      List<Series> series,
      List<PortEvents> events,
      EphemeralCapacity capacity) {
    List<Snapshot> timed = snapshots.stream().filter(s -> s.time() != null).toList();
    List<Instant> times = new ArrayList<>(timed.stream().map(Snapshot::time).toList());
    for (Series s : series) {
      s.points().stream().map(SeriesPoint::time).forEach(times::add);
    }
    for (PortEvents e : events) {
      if (e.first() != null) {
        times.add(e.first());
        times.add(e.last());
      }
    }
    Instant from = times.stream().filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    Instant to = times.stream().filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    UsageTrend trend = UsageTrend.of(timed, capacity);
    return new Timeline(
        from,
        to,
        timed.size(),
        snapshots.size() - timed.size(),
        gaps(timed),
        trend.perHour(),
        trend.exhaustionAt());
  }

  private static List<Gap> gaps(List<Snapshot> timed) {
    if (timed.size() < 4) {
      return List.of();
    }
    List<Long> intervals = new ArrayList<>();
    for (int i = 1; i < timed.size(); i++) {
      intervals.add(Duration.between(timed.get(i - 1).time(), timed.get(i).time()).toMillis());
    }
    List<Long> sorted = intervals.stream().sorted().toList();
    long median = sorted.get(sorted.size() / 2);
    List<Gap> gaps = new ArrayList<>();
    for (int i = 0; i < intervals.size(); i++) {
      if (median > 0 && intervals.get(i) > GAP_FACTOR * median) {
        gaps.add(new Gap(timed.get(i).time(), timed.get(i + 1).time()));
      }
    }
    return gaps;
  }
}
