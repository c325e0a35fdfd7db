package io.portex.core.classify;

import io.portex.core.model.RemoteUsage;
import io.portex.core.model.Snapshot;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Single-destination saturation: at the peak, one remote IP:port holds at least {@link
 * #USAGE_SHARE} of the ports in use and {@link #CAPACITY_SHARE} of the capacity. One destination
 * can be reached from at most as many local ports as the range has.
 */
public final class SingleDestinationRule implements Rule {

  public static final Threshold USAGE_SHARE =
      Threshold.share(
          "destinationUsageShare", 0.80, "share of the ports in use one destination must hold");

  public static final Threshold CAPACITY_SHARE =
      Threshold.share(
          "destinationCapacityShare", 0.50, "share of the capacity one destination must hold");

  @Override
  public Subtype subtype() {
    return Subtype.SINGLE_DESTINATION_SATURATION;
  }

  @Override
  public String requires() {
    return "a snapshot with remote endpoints";
  }

  @Override
  public List<Threshold> thresholds() {
    return List.of(USAGE_SHARE, CAPACITY_SHARE);
  }

  @Override
  public Optional<Finding> evaluate(Timeline timeline, Thresholds thresholds) {
    Optional<SnapshotUsage> peak = timeline.peak().fromSnapshots();
    if (peak.isEmpty() || peak.get().snapshot().remotes().isEmpty()) {
      return Optional.empty();
    }
    Snapshot snapshot = peak.get().snapshot();
    RemoteUsage top = snapshot.remotes().get(0);
    int inUse = peak.get().inUse();
    int capacity = timeline.capacity().effective();
    double usageShare = thresholds.get(USAGE_SHARE);
    double capacityShare = thresholds.get(CAPACITY_SHARE);
    if (inUse == 0
        || top.connections() < usageShare * inUse
        || top.connections() < capacityShare * capacity) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.of(
            subtype(),
            0.9,
            String.format(
                Locale.ROOT,
                "%s holds %,d connections, %s of the ports in use; it can take at most %,d: %,d"
                    + " left",
                top.remote(),
                top.connections(),
                Aim.percent(top.connections(), inUse),
                capacity,
                Math.max(0, capacity - top.connections())),
            top.connections(),
            List.of(
                Measurement.tested(
                    "destination.shareOfInUse",
                    "share of ports in use towards " + top.remote(),
                    share(top.connections(), inUse),
                    USAGE_SHARE,
                    thresholds),
                Measurement.tested(
                    "destination.shareOfCapacity",
                    "share of capacity towards " + top.remote(),
                    share(top.connections(), capacity),
                    CAPACITY_SHARE,
                    thresholds),
                Measurement.context(
                    "destination.headroom",
                    "headroom towards " + top.remote(),
                    Math.max(0, capacity - top.connections()),
                    "ports")),
            List.of(new EvidenceRef("peak snapshot", snapshot.source(), snapshot.time())),
            List.of(
                ServiceAdvice.reuse(
                    "pool-connections",
                    Processes.destinations(snapshot, RemoteUsage::connections, peak.get().inUse()),
                    List.of("fewer new connections means fewer ports held in TIME_WAIT")),
                Recommendation.advice(
                    "spread-destinations",
                    "Spread the load over more destination addresses or ports (several listeners,"
                        + " a load balancer with several VIPs)",
                    List.of("each destination IP:port has its own port space")),
                Recommendation.advice(
                    "add-source-addresses",
                    "Or connect from more local IP addresses",
                    List.of("the application must bind to them explicitly")))));
  }

  private static double share(long part, long whole) {
    return whole <= 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
  }
}
