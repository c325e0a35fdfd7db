package io.portex.core.timeline;

import io.portex.core.model.Series;
import io.portex.core.prose.ProseTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The peak of one host over all its evidence, with where each figure comes from: the snapshot with
 * most ephemeral ports in use, and the highest TIME_WAIT count of a series (the monitoring script's
 * trend file or log), which may lie between snapshots or stand alone.
 *
 * @param snapshot the snapshot with most ephemeral ports in use (the first of equals), or null
 * @param timeWaitSeries the highest point of the TIME_WAIT series (the first of equals), or null
 */
public record Peak(SnapshotUsage snapshot, Series.Peak timeWaitSeries) {

  public Optional<SnapshotUsage> fromSnapshots() {
    return Optional.ofNullable(snapshot);
  }

  public Optional<Series.Peak> fromTimeWaitSeries() {
    return Optional.ofNullable(timeWaitSeries);
  }

  /**
   * The peak snapshot when {@code state} holds at least {@code min} ephemeral users there and is
   * its largest state: what the per-state rules test.
   */
  public Optional<SnapshotUsage> snapshotLedBy(io.portex.core.model.TcpState state, double min) {
    return fromSnapshots().filter(s -> s.count(state) >= min && s.isLargest(state));
  }

  /** The TIME_WAIT count of the series' peak, or 0 without a series. */
  public long seriesTimeWait() {
    return timeWaitSeries == null ? 0 : Math.round(timeWaitSeries.point().value());
  }

  /**
   * True when the series counted more TIME_WAIT than the peak snapshot shows: the larger figure is
   * the series'.
   */
  public boolean seriesExceedsSnapshot() {
    return timeWaitSeries != null
        && (snapshot == null
            || seriesTimeWait() > snapshot.count(io.portex.core.model.TcpState.TIME_WAIT));
  }

  /**
   * In words, both figures when both exist, e.g. for a headline.
   *
   * @param capacity the host's capacity
   * @param zone the zone to name times in
   */
  public String describe(int capacity, ZoneId zone) {
    StringBuilder out = new StringBuilder();
    if (snapshot != null) {
      out.append(
          String.format(
              Locale.ROOT,
              "snapshots peak at %,d of %,d ephemeral ports in use",
              snapshot.inUse(),
              capacity));
      if (snapshot.snapshot().time() != null) {
        out.append(" at ").append(ProseTime.of(snapshot.snapshot().time(), zone));
      }
    }
    if (timeWaitSeries != null) {
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(
          String.format(
              Locale.ROOT,
              "the monitoring script counted up to %,d TIME_WAIT at %s",
              seriesTimeWait(),
              ProseTime.of(timeWaitSeries.point().time(), zone)));
    }
    return out.toString();
  }
}
