package io.portex.core.classify;

import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Legitimately high connection count: at the peak, ESTABLISHED at or above {@link
 * Thresholds#ESTABLISHED_MIN} and the largest connection state.
 */
public final class HighConnectionCountRule implements Rule {

  @Override
  public Subtype subtype() {
    return Subtype.HIGH_CONNECTION_COUNT;
  }

  @Override
  public String requires() {
    return "a snapshot";
  }

  @Override
  public Optional<Finding> evaluate(Situation situation) {
    double min = situation.thresholds().get(Thresholds.ESTABLISHED_MIN);
    Optional<Snapshot> peak = situation.peak();
    if (peak.isEmpty()) {
      return Optional.empty();
    }
    Snapshot snapshot = peak.get();
    int established = snapshot.count(TcpState.ESTABLISHED);
    if (established < min || !Situation.isLargestState(snapshot, TcpState.ESTABLISHED)) {
      return Optional.empty();
    }
    String process =
        snapshot.processes().isEmpty()
            ? "the busiest process"
            : CloseWaitLeakRule.name(snapshot.processes().get(0));
    return Optional.of(
        new Finding(
            subtype(),
            situation.severity(),
            0.85,
            String.format(
                Locale.ROOT,
                "%,d connections ESTABLISHED at the peak: the load itself needs more ports than the"
                    + " range holds",
                established),
            established,
            List.of(
                new Measurement("ESTABLISHED at peak", established, min, "sockets"),
                Measurement.context(
                    "ephemeral ports in use at peak", situation.inUse(snapshot), "ports")),
            List.of(new EvidenceRef("peak snapshot", snapshot.source(), snapshot.time())),
            List.of(
                new Recommendation(
                    "widen-range",
                    "Widen the dynamic port range: netsh int ipv4 set dynamicport tcp start=10000"
                        + " num=55535",
                    List.of(
                        "check first that no service listens on a fixed port in the new range")),
                new Recommendation(
                    "pool-connections",
                    "Check whether " + process + " needs this many open connections; pool them",
                    List.of("fewer long-lived connections serve the same load")),
                new Recommendation(
                    "add-source-addresses",
                    "Spread outbound connections over more local IP addresses or more servers",
                    List.of("each local address has its own port space per destination")))));
  }
}
