package io.portex.core.classify;

import io.portex.core.model.ProcessUsage;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * CLOSE_WAIT leak: CLOSE_WAIT at or above {@link Thresholds#CLOSE_WAIT_MIN}, growing over at least
 * {@link Thresholds#CLOSE_WAIT_GROWTH_POINTS} timed snapshots in a row. Always an application bug:
 * the finding names the process that holds the sockets.
 */
public final class CloseWaitLeakRule implements Rule {

  @Override
  public Subtype subtype() {
    return Subtype.CLOSE_WAIT_LEAK;
  }

  @Override
  public String requires() {
    return "at least closeWaitGrowthPoints timed snapshots";
  }

  @Override
  public Optional<Finding> evaluate(Situation situation) {
    double min = situation.thresholds().get(Thresholds.CLOSE_WAIT_MIN);
    int points = (int) situation.thresholds().get(Thresholds.CLOSE_WAIT_GROWTH_POINTS);
    List<Snapshot> timed = situation.snapshots().stream().filter(s -> s.time() != null).toList();
    List<Snapshot> run = longestGrowingRun(timed);
    if (run.size() < Math.max(2, points)) {
      return Optional.empty();
    }
    Snapshot first = run.get(0);
    Snapshot last = run.get(run.size() - 1);
    int closeWait = last.count(TcpState.CLOSE_WAIT);
    if (closeWait < min) {
      return Optional.empty();
    }
    double hours = Math.max(1e-9, Duration.between(first.time(), last.time()).toSeconds() / 3600.0);
    Optional<ProcessUsage> holder =
        last.processes().stream()
            .max(Comparator.comparingInt(p -> p.states().getOrDefault(TcpState.CLOSE_WAIT, 0)));
    String process = holder.map(CloseWaitLeakRule::name).orElse("the process holding them");
    List<Measurement> measurements = new ArrayList<>();
    measurements.add(
        new Measurement("CLOSE_WAIT at the end of the growth", closeWait, min, "sockets"));
    measurements.add(
        new Measurement("snapshots growing in a row", run.size(), (double) points, "points"));
    measurements.add(
        Measurement.context(
            "CLOSE_WAIT growth per hour",
            TimeWaitAccumulationRule.round((closeWait - first.count(TcpState.CLOSE_WAIT)) / hours),
            "per hour"));
    holder.ifPresent(
        p ->
            measurements.add(
                Measurement.context(
                    "CLOSE_WAIT held by " + name(p),
                    p.states().getOrDefault(TcpState.CLOSE_WAIT, 0),
                    "sockets")));
    return Optional.of(
        new Finding(
            subtype(),
            situation.severity(),
            0.9,
            String.format(
                Locale.ROOT,
                "CLOSE_WAIT grew from %,d to %,d over %d snapshots, held by %s: it does not close"
                    + " sockets the remote side has closed",
                first.count(TcpState.CLOSE_WAIT),
                closeWait,
                run.size(),
                process),
            closeWait,
            measurements,
            List.of(
                new EvidenceRef("first snapshot of the growth", first.source(), first.time()),
                new EvidenceRef("last snapshot of the growth", last.source(), last.time())),
            List.of(
                new Recommendation(
                    "fix-close-wait-leak",
                    "Fix " + process + ": it must call close() when a read returns end of stream",
                    List.of("CLOSE_WAIT is always an application bug; no OS setting fixes it")),
                new Recommendation(
                    "restart-process",
                    "Restart " + process + " to release the sockets now",
                    List.of("stopgap only: they grow back until the code is fixed")))));
  }

  /** The longest run of snapshots in time order over which CLOSE_WAIT never falls and rises. */
  private static List<Snapshot> longestGrowingRun(List<Snapshot> timed) {
    List<Snapshot> best = List.of();
    int start = 0;
    for (int i = 1; i <= timed.size(); i++) {
      boolean ends =
          i == timed.size()
              || timed.get(i).count(TcpState.CLOSE_WAIT)
                  < timed.get(i - 1).count(TcpState.CLOSE_WAIT);
      if (ends) {
        List<Snapshot> run = timed.subList(start, i);
        boolean rose =
            run.size() > 1
                && run.get(run.size() - 1).count(TcpState.CLOSE_WAIT)
                    > run.get(0).count(TcpState.CLOSE_WAIT);
        if (rose && run.size() >= best.size()) {
          best = run;
        }
        start = i;
      }
    }
    return best;
  }

  static String name(ProcessUsage process) {
    String pid = process.pid() >= 0 ? "PID " + process.pid() : "an unknown process";
    return process.name() == null ? pid : process.name() + " (" + pid + ")";
  }
}
