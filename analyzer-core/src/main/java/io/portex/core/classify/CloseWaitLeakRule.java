package io.portex.core.classify;

import io.portex.core.model.ProcessUsage;
import io.portex.core.model.TcpState;
import io.portex.core.prose.ProcessName;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * CLOSE_WAIT leak: ephemeral CLOSE_WAIT at or above {@link #CLOSE_WAIT_MIN}, growing over at least
 * {@link #GROWTH_POINTS} timed snapshots in a row. Always an application bug: the finding names the
 * process that holds the sockets <em>now</em> (SPEC §3), the one whose CLOSE_WAIT grows in the last
 * run of growth; a restart ({@link Restarts}) ends a run, and the finding says so.
 */
public final class CloseWaitLeakRule implements Rule {

  public static final Threshold CLOSE_WAIT_MIN =
      Threshold.sockets(
          "closeWaitMin", 1000, "ephemeral CLOSE_WAIT sockets from which a leak is called");

  public static final Threshold GROWTH_POINTS =
      new Threshold(
          "closeWaitGrowthPoints",
          "points",
          3,
          2,
          1_000_000,
          "timed snapshots in a row over which CLOSE_WAIT must grow");

  @Override
  public Subtype subtype() {
    return Subtype.CLOSE_WAIT_LEAK;
  }

  @Override
  public String requires() {
    return "at least closeWaitGrowthPoints timed snapshots";
  }

  @Override
  public List<Threshold> thresholds() {
    return List.of(CLOSE_WAIT_MIN, GROWTH_POINTS);
  }

  @Override
  public Optional<Finding> evaluate(Timeline timeline, Thresholds thresholds) {
    double min = thresholds.get(CLOSE_WAIT_MIN);
    int points = (int) thresholds.get(GROWTH_POINTS);
    List<SnapshotUsage> timed = timeline.timed();
    List<Restarts.Restart> restarts = Restarts.of(timed, timeline.capacity());
    List<SnapshotUsage> run = lastGrowingRun(timed, restarts, min, Math.max(2, points));
    if (run.isEmpty()) {
      return Optional.empty();
    }
    SnapshotUsage first = run.get(0);
    SnapshotUsage last = run.get(run.size() - 1);
    int closeWait = last.count(TcpState.CLOSE_WAIT);
    double hours =
        Math.max(
            1e-9,
            Duration.between(first.snapshot().time(), last.snapshot().time()).toSeconds() / 3600.0);
    Optional<ProcessUsage> holder =
        Processes.top(last.snapshot(), TcpState.CLOSE_WAIT, timeline.capacity());
    Aim aim = Processes.aim(last.snapshot(), TcpState.CLOSE_WAIT, timeline.capacity(), closeWait);
    String process = aim.named() != null ? aim.named() : "the processes holding them";
    List<Restarts.Restart> before =
        restarts.stream().filter(r -> !r.at().isAfter(first.snapshot().time())).toList();
    List<Restarts.Restart> after =
        restarts.stream().filter(r -> r.at().isAfter(last.snapshot().time())).toList();
    List<Measurement> measurements = new ArrayList<>();
    measurements.add(
        Measurement.tested(
            "closeWait.endOfGrowth",
            "CLOSE_WAIT at the end of the growth",
            closeWait,
            CLOSE_WAIT_MIN,
            thresholds));
    measurements.add(
        Measurement.tested(
            "closeWait.growthPoints",
            "snapshots growing in a row",
            run.size(),
            GROWTH_POINTS,
            thresholds));
    measurements.add(
        Measurement.context(
            "closeWait.growthPerHour",
            "CLOSE_WAIT growth per hour",
            TimeWaitAccumulationRule.round((closeWait - first.count(TcpState.CLOSE_WAIT)) / hours),
            "per hour"));
    holder.ifPresent(
        p ->
            measurements.add(
                Measurement.context(
                    "closeWait.heldByTopProcess",
                    "CLOSE_WAIT held by " + ProcessName.of(p),
                    p.ephemeral(TcpState.CLOSE_WAIT, timeline.capacity()),
                    "sockets")));
    if (!restarts.isEmpty()) {
      measurements.add(
          Measurement.context(
              "closeWait.restarts", "restarts seen in the capture", restarts.size(), "restarts"));
    }
    StringBuilder summary =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "CLOSE_WAIT grew from %,d to %,d over %d snapshots, %s: it does not close"
                    + " sockets the remote side has closed",
                first.count(TcpState.CLOSE_WAIT),
                closeWait,
                run.size(),
                aim.named() != null ? "held by " + aim.named() : aim.description()));
    if (!before.isEmpty()) {
      summary
          .append("; this run began after ")
          .append(before.get(before.size() - 1).describe(timeline.zone()));
    }
    if (!after.isEmpty()) {
      summary.append("; then ").append(after.get(0).describe(timeline.zone()));
    }
    List<EvidenceRef> evidence = new ArrayList<>();
    evidence.add(
        new EvidenceRef(
            "first snapshot of the growth", first.snapshot().source(), first.snapshot().time()));
    evidence.add(
        new EvidenceRef(
            "last snapshot of the growth", last.snapshot().source(), last.snapshot().time()));
    for (Restarts.Restart restart : restarts) {
      evidence.add(
          new EvidenceRef(restart.describe(timeline.zone()), restart.source(), restart.at()));
    }
    return Optional.of(
        Finding.of(
            subtype(),
            0.9,
            summary.toString(),
            closeWait,
            measurements,
            evidence,
            List.of(
                Recommendation.advice(
                    "fix-close-wait-leak",
                    "Fix " + process + ": it must call close() when a read returns end of stream",
                    List.of("CLOSE_WAIT is always an application bug; no OS setting fixes it")),
                Recommendation.advice(
                    "restart-process",
                    "Restart " + process + " to release the sockets now",
                    List.of(
                        restarts.isEmpty()
                            ? "stopgap only: they grow back until the code is fixed"
                            : "stopgap only: the capture shows them growing back after a"
                                + " restart")))));
  }

  /**
   * The last run of snapshots over which CLOSE_WAIT never falls, rises, lasts at least {@code
   * points} snapshots and ends at or above {@code min}. A fall or a restart ends a run.
   */
  private static List<SnapshotUsage> lastGrowingRun(
      List<SnapshotUsage> timed, List<Restarts.Restart> restarts, double min, int points) {
    List<SnapshotUsage> best = List.of();
    int start = 0;
    for (int i = 1; i <= timed.size(); i++) {
      boolean ends =
          i == timed.size()
              || timed.get(i).count(TcpState.CLOSE_WAIT)
                  < timed.get(i - 1).count(TcpState.CLOSE_WAIT)
              || Restarts.between(restarts, timed.get(i - 1), timed.get(i));
      if (ends) {
        List<SnapshotUsage> run = timed.subList(start, i);
        SnapshotUsage end = run.get(run.size() - 1);
        boolean grew =
            run.size() >= points
                && end.count(TcpState.CLOSE_WAIT) > run.get(0).count(TcpState.CLOSE_WAIT)
                && end.count(TcpState.CLOSE_WAIT) >= min;
        if (grew) {
          best = run;
        }
        start = i;
      }
    }
    return best;
  }
}
