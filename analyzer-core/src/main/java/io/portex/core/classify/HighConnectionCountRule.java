package io.portex.core.classify;

import io.portex.core.model.RemoteUsage;
import io.portex.core.model.TcpState;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Legitimately high connection count: at the peak, ephemeral ESTABLISHED at or above {@link
 * #ESTABLISHED_MIN} and the largest state. Inbound connections to a listener hold no ephemeral port
 * and never count: a busy front end on :443 is not a port problem.
 */
public final class HighConnectionCountRule implements Rule {

  public static final Threshold ESTABLISHED_MIN =
      Threshold.sockets(
          "establishedMin",
          10000,
          "ephemeral ESTABLISHED connections at the peak from which a high connection count is"
              + " called");

  @Override
  public Subtype subtype() {
    return Subtype.HIGH_CONNECTION_COUNT;
  }

  @Override
  public String requires() {
    return "a snapshot";
  }

  @Override
  public List<Threshold> thresholds() {
    return List.of(ESTABLISHED_MIN);
  }

  @Override
  public Optional<Finding> evaluate(Timeline timeline, Thresholds thresholds) {
    Optional<SnapshotUsage> peak =
        timeline.peak().snapshotLedBy(TcpState.ESTABLISHED, thresholds.get(ESTABLISHED_MIN));
    if (peak.isEmpty()) {
      return Optional.empty();
    }
    SnapshotUsage snapshot = peak.get();
    int established = snapshot.count(TcpState.ESTABLISHED);
    Aim process =
        Processes.aim(snapshot.snapshot(), TcpState.ESTABLISHED, timeline.capacity(), established);
    Aim destinations =
        Processes.destinations(snapshot.snapshot(), RemoteUsage::established, established);
    TargetSystem system = TargetSystem.of(timeline);
    int capacity = timeline.capacity().effective();
    return Optional.of(
        Finding.of(
            subtype(),
            0.85,
            String.format(
                Locale.ROOT,
                "%,d outbound connections ESTABLISHED at the peak: the load itself needs %s of the"
                    + " %,d ports the range holds%s",
                established,
                Aim.percent(established, capacity),
                capacity,
                process.named() == null ? "" : ", most of them held by " + process.named()),
            established,
            List.of(
                Measurement.tested(
                    "established.atPeak",
                    "ESTABLISHED at peak",
                    established,
                    ESTABLISHED_MIN,
                    thresholds),
                Measurement.context(
                    "ephemeralInUse.atPeak",
                    "ephemeral ports in use at peak",
                    snapshot.inUse(),
                    "ports")),
            List.of(
                new EvidenceRef(
                    "peak snapshot", snapshot.snapshot().source(), snapshot.snapshot().time())),
            List.of(
                FixCommands.widenRangeAdvice(system),
                ServiceAdvice.reuse(
                    "pool-connections",
                    destinations,
                    List.of(
                        "check whether "
                            + (process.named() == null
                                ? "the processes (" + process.description() + ")"
                                : process.named())
                            + " need this many open connections: fewer long-lived connections"
                            + " serve the same load")),
                Recommendation.advice(
                    "add-source-addresses",
                    "Spread outbound connections over more local IP addresses or more servers",
                    List.of("each local address has its own port space per destination")))));
  }
}
