package io.portex.core.model.fact;

import java.time.Duration;
import java.util.Arrays;

/**
 * How long connections lived, as a histogram with fixed bucket bounds (1 ms to 1 h, roughly 1-2-5
 * steps), plus the exact count, total and longest. Immutable.
 */
public final class ConnectionDurations {

  /** Upper bounds of the buckets, in milliseconds; the last bucket has none. */
  static final long[] BOUNDS_MILLIS = {
    1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 30_000, 60_000, 120_000,
    300_000, 600_000, 1_800_000, 3_600_000
  };

  /** How many buckets a histogram has. */
  public static final int BUCKETS = BOUNDS_MILLIS.length + 1;

  public static final ConnectionDurations EMPTY =
      new ConnectionDurations(new long[BOUNDS_MILLIS.length + 1], 0, 0);

  private final long[] counts;
  private final long totalMicros;
  private final long maxMicros;

  private ConnectionDurations(long[] counts, long totalMicros, long maxMicros) {
    this.counts = counts;
    this.totalMicros = totalMicros;
    this.maxMicros = maxMicros;
  }

  /** The bucket a duration falls in. */
  public static int bucket(long micros) {
    long millis = micros / 1000;
    for (int i = 0; i < BOUNDS_MILLIS.length; i++) {
      if (millis < BOUNDS_MILLIS[i]) {
        return i;
      }
    }
    return BOUNDS_MILLIS.length;
  }

  /**
   * Durations from a histogram built with {@link #bucket(long)}.
   *
   * @param counts per bucket, {@code BOUNDS_MILLIS.length + 1} of them
   */
  public static ConnectionDurations of(long[] counts, long totalMicros, long maxMicros) {
    if (counts.length != BOUNDS_MILLIS.length + 1) {
      throw new IllegalArgumentException("need " + (BOUNDS_MILLIS.length + 1) + " buckets");
    }
    return new ConnectionDurations(counts.clone(), totalMicros, maxMicros);
  }

  public long count() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  /** The mean duration, or zero without connections. */
  public Duration mean() {
    long n = count();
    return n == 0 ? Duration.ZERO : Duration.ofNanos(totalMicros / n * 1000);
  }

  public Duration max() {
    return Duration.ofNanos(maxMicros * 1000);
  }

  /**
   * An upper bound of the {@code q} quantile: the bound of the bucket it falls in (the longest
   * duration for the last bucket), or zero without connections.
   *
   * @param q 0–1, e.g. 0.5 for the median
   */
  public Duration atMost(double q) {
    long n = count();
    if (n == 0) {
      return Duration.ZERO;
    }
    long rank = Math.max(1, (long) Math.ceil(q * n));
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return i < BOUNDS_MILLIS.length
            ? Duration.ofMillis(Math.min(BOUNDS_MILLIS[i], Math.max(1, maxMicros / 1000 + 1)))
            : max();
      }
    }
    return max();
  }

  /** Connections that lived less than {@code bound}, when it is one of the bucket bounds. */
  public long shorterThan(Duration bound) {
    long millis = bound.toMillis();
    int end = Arrays.binarySearch(BOUNDS_MILLIS, millis);
    if (end < 0) {
      throw new IllegalArgumentException("not a bucket bound: " + bound);
    }
    long n = 0;
    for (int i = 0; i <= end; i++) {
      n += counts[i];
    }
    return n;
  }

  /** Both histograms added up. */
  public ConnectionDurations plus(ConnectionDurations other) {
    long[] sum = counts.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += other.counts[i];
    }
    return new ConnectionDurations(
        sum, totalMicros + other.totalMicros, Math.max(maxMicros, other.maxMicros));
  }
}
