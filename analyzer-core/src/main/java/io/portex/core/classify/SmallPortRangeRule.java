package io.portex.core.classify;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Small port range: the effective capacity is below the default 16,384 ports and the peak usage
 * reaches {@link Thresholds#SMALL_RANGE_USAGE_SHARE} of it, or Tcpip said ports ran out.
 */
public final class SmallPortRangeRule implements Rule {

  @Override
  public Subtype subtype() {
    return Subtype.SMALL_PORT_RANGE;
  }

  @Override
  public String requires() {
    return "a snapshot or exhaustion events, and a dynamic port range smaller than the default";
  }

  @Override
  public Optional<Finding> evaluate(Situation situation) {
    EphemeralCapacity capacity = situation.capacity();
    if (capacity.effective() >= EphemeralCapacity.DEFAULT.count()) {
      return Optional.empty();
    }
    double share = situation.thresholds().get(Thresholds.SMALL_RANGE_USAGE_SHARE);
    Optional<Snapshot> peak = situation.peak();
    int inUse = peak.map(situation::inUse).orElse(0);
    boolean full = inUse >= share * capacity.effective();
    if (!full && situation.exhaustionEvents() == 0) {
      return Optional.empty();
    }
    List<Measurement> measurements = new ArrayList<>();
    measurements.add(
        new Measurement(
            "effective capacity",
            capacity.effective(),
            (double) EphemeralCapacity.DEFAULT.count(),
            "ports (below the threshold fires)"));
    measurements.add(
        new Measurement(
            "share of capacity in use at peak",
            TimeWaitAccumulationRule.round(capacity.share(inUse) * 1000) / 1000,
            share,
            "share"));
    measurements.add(
        Measurement.context("Tcpip exhaustion events", situation.exhaustionEvents(), "events"));
    List<EvidenceRef> evidence = new ArrayList<>();
    evidence.add(new EvidenceRef("dynamic port range: " + capacity.source(), null, null));
    peak.ifPresent(p -> evidence.add(new EvidenceRef("peak snapshot", p.source(), p.time())));
    List<Recommendation> recommendations = new ArrayList<>();
    recommendations.add(
        new Recommendation(
            "restore-range",
            "Restore at least the default range: netsh int ipv4 set dynamicport tcp start=49152"
                + " num=16384 (or wider)",
            List.of("check first that no service listens on a fixed port in the new range")));
    if (capacity.excluded() > 0) {
      recommendations.add(
          new Recommendation(
              "review-exclusions",
              String.format(
                  Locale.ROOT,
                  "Review the %,d excluded ports: netsh int ipv4 show excludedportrange"
                      + " protocol=tcp",
                  capacity.excluded()),
              List.of(
                  "Hyper-V and WinNAT reserve blocks at start-up; administered ones (*) are"
                      + " removed with netsh int ipv4 delete excludedportrange")));
    }
    return Optional.of(
        new Finding(
            subtype(),
            situation.severity(),
            full ? 0.9 : 0.7,
            String.format(
                Locale.ROOT,
                "only %,d ports can be handed out (%s); %,d were in use at the peak",
                capacity.effective(),
                capacity.source(),
                inUse),
            inUse,
            measurements,
            evidence,
            recommendations));
  }
}
