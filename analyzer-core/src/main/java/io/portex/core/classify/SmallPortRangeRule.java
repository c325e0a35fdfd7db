package io.portex.core.classify;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Small port range: the effective capacity is below the default 16,384 ports and the peak usage
 * reaches {@link #USAGE_SHARE} of it, or Tcpip said ports ran out.
 */
public final class SmallPortRangeRule implements Rule {

  public static final Threshold USAGE_SHARE =
      Threshold.share(
          "smallRangeUsageShare",
          0.80,
          "share of a capacity below the default in use at the peak that makes the range too"
              + " small");

  @Override
  public Subtype subtype() {
    return Subtype.SMALL_PORT_RANGE;
  }

  @Override
  public String requires() {
    return "a snapshot or exhaustion events, and a dynamic port range smaller than the default";
  }

  @Override
  public List<Threshold> thresholds() {
    return List.of(USAGE_SHARE);
  }

  @Override
  public Optional<Finding> evaluate(Timeline timeline, Thresholds thresholds) {
    EphemeralCapacity capacity = timeline.capacity();
    if (capacity.effective() >= EphemeralCapacity.DEFAULT.count()) {
      return Optional.empty();
    }
    double share = thresholds.get(USAGE_SHARE);
    Optional<SnapshotUsage> peak = timeline.peak().fromSnapshots();
    int inUse = peak.map(SnapshotUsage::inUse).orElse(0);
    boolean full = inUse >= share * capacity.effective();
    if (!full && timeline.exhaustionEvents() == 0) {
      return Optional.empty();
    }
    List<Measurement> measurements = new ArrayList<>();
    measurements.add(
        Measurement.below(
            "capacity.effective",
            "effective capacity",
            capacity.effective(),
            EphemeralCapacity.DEFAULT.count(),
            "defaultCapacity",
            "ports"));
    measurements.add(
        Measurement.tested(
            "capacity.peakShare",
            "share of capacity in use at peak",
            TimeWaitAccumulationRule.round(timeline.peakShare() * 1000) / 1000,
            USAGE_SHARE,
            thresholds));
    measurements.add(
        Measurement.context(
            "events.exhaustion", "Tcpip exhaustion events", timeline.exhaustionEvents(), "events"));
    List<EvidenceRef> evidence = new ArrayList<>();
    evidence.add(new EvidenceRef("dynamic port range: " + capacity.source(), null, null));
    peak.ifPresent(
        p ->
            evidence.add(
                new EvidenceRef("peak snapshot", p.snapshot().source(), p.snapshot().time())));
    TargetSystem system = TargetSystem.of(timeline);
    List<Recommendation> recommendations = new ArrayList<>();
    recommendations.add(
        new Recommendation(
            "restore-range",
            system.legacy()
                ? "Widen the port range to 1025-"
                    + FixCommands.LEGACY_MAX_USER_PORT
                    + " (MaxUserPort)"
                : "Restore at least the default range, 49152-65535",
            FixCommands.defaultRange(system),
            FixCommands.rangeCaveats(system)));
    if (capacity.excluded() > 0 && !system.legacy()) {
      recommendations.add(
          new Recommendation(
              "review-exclusions",
              String.format(Locale.ROOT, "Review the %,d excluded ports", capacity.excluded()),
              FixCommands.showExclusions(system),
              List.of(
                  "Hyper-V and WinNAT reserve blocks at start-up; administered ones (*) are"
                      + " removed with netsh int ipv4 delete excludedportrange")));
    }
    return Optional.of(
        Finding.of(
            subtype(),
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
