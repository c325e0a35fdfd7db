package io.portex.core.classify;

import io.portex.core.model.RemoteUsage;
import io.portex.core.model.Snapshot;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Single-destination saturation: at the peak, one remote IP:port holds at least {@link
 * Thresholds#DESTINATION_USAGE_SHARE} of the ports in use and {@link
 * Thresholds#DESTINATION_CAPACITY_SHARE} of the capacity. One destination can be reached from at
 * most as many local ports as the range has.
 */
public final class SingleDestinationRule implements Rule {

  @Override
  public Subtype subtype() {
    return Subtype.SINGLE_DESTINATION_SATURATION;
  }

  @Override
  public String requires() {
    return "a snapshot with remote endpoints";
  }

  @Override
  public Optional<Finding> evaluate(Situation situation) {
    Optional<Snapshot> peak = situation.peak();
    if (peak.isEmpty() || peak.get().remotes().isEmpty()) {
      return Optional.empty();
    }
    Snapshot snapshot = peak.get();
    RemoteUsage top = snapshot.remotes().get(0);
    int inUse = situation.inUse(snapshot);
    int capacity = situation.capacity().effective();
    double usageShare = situation.thresholds().get(Thresholds.DESTINATION_USAGE_SHARE);
    double capacityShare = situation.thresholds().get(Thresholds.DESTINATION_CAPACITY_SHARE);
    if (inUse == 0
        || top.connections() < usageShare * inUse
        || top.connections() < capacityShare * capacity) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            subtype(),
            situation.severity(),
            0.9,
            String.format(
                Locale.ROOT,
                "%s holds %,d connections, %s of the ports in use; it can take at most %,d: %,d"
                    + " left",
                top.remote(),
                top.connections(),
                TimeWaitAccumulationRule.percent(top.connections(), inUse),
                capacity,
                Math.max(0, capacity - top.connections())),
            top.connections(),
            List.of(
                new Measurement(
                    "share of ports in use towards " + top.remote(),
                    share(top.connections(), inUse),
                    usageShare,
                    "share"),
                new Measurement(
                    "share of capacity towards " + top.remote(),
                    share(top.connections(), capacity),
                    capacityShare,
                    "share"),
                Measurement.context(
                    "headroom towards " + top.remote(),
                    Math.max(0, capacity - top.connections()),
                    "ports")),
            List.of(new EvidenceRef("peak snapshot", snapshot.source(), snapshot.time())),
            List.of(
                new Recommendation(
                    "pool-connections",
                    "Pool and reuse connections to " + top.remote(),
                    List.of("fewer new connections means fewer ports held in TIME_WAIT")),
                new Recommendation(
                    "spread-destinations",
                    "Spread the load over more destination addresses or ports (several listeners,"
                        + " a load balancer with several VIPs)",
                    List.of("each destination IP:port has its own port space")),
                new Recommendation(
                    "add-source-addresses",
                    "Or connect from more local IP addresses",
                    List.of("the application must bind to them explicitly")))));
  }

  private static double share(long part, long whole) {
    return whole <= 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
  }
}
