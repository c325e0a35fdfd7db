package io.portex.core.timeline;

import io.portex.core.model.EphemeralCapacity;
import java.time.Instant;
import java.util.List;

/**
 * Where ephemeral port usage is heading: the least-squares slope over the timed snapshots and, when
 * it grows, the time it would reach the capacity.
 *
 * @param perHour ports gained per hour, or null with fewer than three timed snapshots
 * @param exhaustionAt when usage would reach the effective capacity, or null
 */
record UsageTrend(Double perHour, Instant exhaustionAt) {

  static final int MIN_POINTS = 3;

  static UsageTrend of(List<SnapshotUsage> timed, EphemeralCapacity capacity) {
    if (timed.size() < MIN_POINTS) {
      return new UsageTrend(null, null);
    }
    Instant origin = timed.get(0).snapshot().time();
    double n = timed.size();
    double sumX = 0;
    double sumY = 0;
    double sumXx = 0;
    double sumXy = 0;
    for (SnapshotUsage usage : timed) {
      double x = (usage.snapshot().time().toEpochMilli() - origin.toEpochMilli()) / 3_600_000.0;
      double y = usage.inUse();
      sumX += x;
      sumY += y;
      sumXx += x * x;
      sumXy += x * y;
    }
    double denominator = n * sumXx - sumX * sumX;
    if (denominator <= 0) {
      return new UsageTrend(null, null);
    }
    double slope = (n * sumXy - sumX * sumY) / denominator;
    double perHour = Math.round(slope * 10) / 10.0;
    SnapshotUsage last = timed.get(timed.size() - 1);
    int left = capacity.effective() - last.inUse();
    if (slope <= 0 || left <= 0) {
      return new UsageTrend(perHour, null);
    }
    long millis = Math.round(left / slope * 3_600_000.0);
    return new UsageTrend(perHour, last.snapshot().time().plusMillis(millis));
  }
}
