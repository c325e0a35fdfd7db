package io.portex.core.timeline;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import io.portex.core.model.SourceRange;
import io.portex.core.model.TcpState;
import io.portex.core.model.TimeWaitDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * New connections per second on one host, measured and sustainable (SPEC §1): perfmon's rate of
 * {@code Connections Active} (outbound opens, each taking an ephemeral port), Little's law from the
 * TIME_WAIT count at the peak (closes per second = TIME_WAIT ÷ its duration), and what the range
 * sustains (capacity ÷ TIME_WAIT duration), under each TIME_WAIT duration in force or assumed.
 *
 * @param perfmonPeak the highest rate of perfmon's {@code Connections Active}, or null without it
 * @param timeWait the TIME_WAIT count Little's law starts from (the peak's larger figure), or null
 * @param byDuration the figures under each TIME_WAIT duration: the known one, else 120 s and 240 s
 */
public record ConnectionRates(
    Rate perfmonPeak, TimeWaitCount timeWait, List<AtDuration> byDuration) {

  /** The series name perfmon's cumulative {@code Connections Active} is read into (as a rate). */
  static final String ACTIVE = "\\Connections Active";

  /**
   * A rate read from evidence.
   *
   * @param perSecond new connections per second
   * @param time when it was measured
   * @param series the series it comes from, e.g. {@code \TCPv4\Connections Active (rate)}
   * @param source where the series was read
   */
  public record Rate(double perSecond, Instant time, String series, SourceRange source) {}

  /**
   * The TIME_WAIT count Little's law is applied to.
   *
   * @param count ephemeral TIME_WAIT sockets (or the monitoring script's count)
   * @param time when, or null for an untimed snapshot
   * @param fromSeries true when the monitoring script's series gave the larger figure
   * @param source where it was read: the snapshot's rows or the series
   */
  public record TimeWaitCount(long count, Instant time, boolean fromSeries, SourceRange source) {}

  /**
   * The rates under one TIME_WAIT duration.
   *
   * @param seconds the duration
   * @param assumed true when it is assumed (no TcpTimedWaitDelay read)
   * @param sustainable new connections per second the range sustains: capacity ÷ duration
   * @param littlesLaw closes per second from the TIME_WAIT count, or null without one
   * @param perfmonNearPeak perfmon's mean opening rate over the duration up to the time of the
   *     TIME_WAIT count (the window Little's law averages over), or null when perfmon has no sample
   *     there
   */
  public record AtDuration(
      long seconds,
      boolean assumed,
      double sustainable,
      Double littlesLaw,
      Double perfmonNearPeak) {

    /** How many times one rate is the other, the larger over the smaller, or null. */
    public Double disagreement() {
      if (littlesLaw == null || perfmonNearPeak == null) {
        return null;
      }
      double low = Math.min(littlesLaw, perfmonNearPeak);
      double high = Math.max(littlesLaw, perfmonNearPeak);
      return low <= 0 ? (high <= 0 ? 1.0 : Double.POSITIVE_INFINITY) : high / low;
    }
  }

  public ConnectionRates {
    byDuration = List.copyOf(byDuration);
  }

  /** The rates of one host from its timeline's values. */
  static ConnectionRates of(
      List<Series> series, Peak peak, EphemeralCapacity capacity, TimeWaitDuration duration) {
    List<Series> active = series.stream().filter(ConnectionRates::isActive).toList();
    Rate perfmon = highest(active);
    TimeWaitCount timeWait = timeWaitCount(peak);
    List<AtDuration> rows = new ArrayList<>();
    for (long seconds : duration.candidates()) {
      Double little = timeWait == null ? null : round((double) timeWait.count() / seconds);
      Double near =
          timeWait == null || timeWait.time() == null
              ? null
              : meanBefore(active, timeWait.time(), Duration.ofSeconds(seconds));
      rows.add(
          new AtDuration(
              seconds,
              !duration.known(),
              round((double) capacity.effective() / seconds),
              little,
              near == null ? null : round(near)));
    }
    return new ConnectionRates(perfmon, timeWait, rows);
  }

  /** The measured rate: perfmon's peak when it exists. */
  public Optional<Rate> measured() {
    return Optional.ofNullable(perfmonPeak);
  }

  /** The most the range sustains under any duration considered (the shortest one). */
  public double mostSustainable() {
    return byDuration.stream().mapToDouble(AtDuration::sustainable).max().orElse(0);
  }

  /** The least the range sustains under any duration considered (the longest one). */
  public double leastSustainable() {
    return byDuration.stream().mapToDouble(AtDuration::sustainable).min().orElse(0);
  }

  static boolean isActive(Series s) {
    String name = s.name().toLowerCase(Locale.ROOT);
    return name.startsWith("\\tcp") && name.contains(ACTIVE.toLowerCase(Locale.ROOT));
  }

  private static Rate highest(List<Series> active) {
    Rate best = null;
    for (Series s : active) {
      for (SeriesPoint point : s.points()) {
        if (best == null || point.value() > best.perSecond()) {
          best = new Rate(round(point.value()), point.time(), s.name(), s.source());
        }
      }
    }
    return best;
  }

  private static TimeWaitCount timeWaitCount(Peak peak) {
    if (peak.seriesExceedsSnapshot()) {
      return new TimeWaitCount(
          peak.seriesTimeWait(),
          peak.timeWaitSeries().point().time(),
          true,
          peak.timeWaitSeries().series().source());
    }
    return peak.fromSnapshots()
        .filter(s -> s.count(TcpState.TIME_WAIT) > 0)
        .map(
            s ->
                new TimeWaitCount(
                    s.count(TcpState.TIME_WAIT), s.snapshot().time(), false, s.snapshot().source()))
        .orElse(null);
  }

  /**
   * The mean of the perfmon opening rates (summed over the TCPv4/TCPv6 series) at samples in {@code
   * (at - window, at]}, or null when none lies there.
   */
  private static Double meanBefore(List<Series> active, Instant at, Duration window) {
    Instant from = at.minus(window);
    double sum = 0;
    int samples = 0;
    for (Series s : active) {
      double seriesSum = 0;
      int seriesSamples = 0;
      for (SeriesPoint point : s.points()) {
        if (point.time().isAfter(from) && !point.time().isAfter(at)) {
          seriesSum += point.value();
          seriesSamples++;
        }
      }
      if (seriesSamples > 0) {
        sum += seriesSum / seriesSamples;
        samples++;
      }
    }
    return samples == 0 ? null : sum;
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
