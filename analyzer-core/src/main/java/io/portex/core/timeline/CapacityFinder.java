package io.portex.core.timeline;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.IpFamily;
import io.portex.core.model.Protocol;
import io.portex.core.model.Snapshot;
import io.portex.core.model.fact.DynamicPortRange;
import io.portex.core.model.fact.ExcludedPortRange;
import io.portex.core.model.fact.Fact;
import io.portex.core.model.fact.RegistryValue;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The capacity in force (SPEC §3): the IPv4 TCP dynamic range from {@code netsh} (the last possible
 * one read, when several); else, on a legacy system (Windows XP / Server 2003, whose outbound ports
 * sit in 1025–5000), 1025 up to the registry's MaxUserPort or 5000; else the default; less the
 * excluded IPv4 TCP ranges inside it, overlaps counted once. Never throws on what an input claimed.
 */
public final class CapacityFinder {

  /** First port a legacy system hands out. */
  static final int LEGACY_START = 1025;

  /** Last port of a legacy system without MaxUserPort. */
  static final int LEGACY_DEFAULT_END = 5000;

  /** Ports in the legacy range that show a legacy system (listeners alone are far fewer). */
  static final int LEGACY_EVIDENCE_PORTS = 100;

  private CapacityFinder() {}

  public static EphemeralCapacity of(List<Fact> facts, List<Snapshot> snapshots) {
    Range range = netsh(facts).or(() -> legacy(facts, snapshots)).orElse(Range.DEFAULT);
    BitSet excluded = new BitSet();
    for (Fact fact : facts) {
      if (fact instanceof ExcludedPortRange x
          && x.protocol() == Protocol.TCP
          && x.family() == IpFamily.IPV4) {
        int from = Math.max(range.start(), x.start());
        int to = Math.min(range.end(), x.end());
        if (from <= to) {
          excluded.set(from, to + 1);
        }
      }
    }
    return new EphemeralCapacity(
        range.start(), range.count(), excluded.cardinality(), range.source(), range.legacy());
  }

  private record Range(int start, int count, String source, boolean legacy) {
    static final Range DEFAULT =
        new Range(
            EphemeralCapacity.DEFAULT.start(),
            EphemeralCapacity.DEFAULT.count(),
            EphemeralCapacity.DEFAULT.source(),
            false);

    int end() {
      return start + count - 1;
    }
  }

  private static Optional<Range> netsh(List<Fact> facts) {
    DynamicPortRange range = null;
    for (Fact fact : facts) {
      if (fact instanceof DynamicPortRange r
          && r.protocol() == Protocol.TCP
          && r.family() == IpFamily.IPV4
          && r.start() >= 1
          && r.count() >= 1
          && r.end() <= 65535) {
        range = r;
      }
    }
    return Optional.ofNullable(range)
        .map(
            r ->
                new Range(
                    r.start(), r.count(), "netsh dynamic port range (" + r.source() + ")", false));
  }

  /**
   * A legacy system shows itself by its outbound ports: many in 1025–MaxUserPort, few in the
   * default range. MaxUserPort alone proves nothing: Vista and later ignore it.
   */
  private static Optional<Range> legacy(List<Fact> facts, List<Snapshot> snapshots) {
    RegistryValue maxUserPort = null;
    for (Fact fact : facts) {
      if (fact instanceof RegistryValue value
          && value.is(RegistryValue.MAX_USER_PORT)
          && value.withinValidRange()) {
        maxUserPort = value;
      }
    }
    int end = maxUserPort != null ? (int) maxUserPort.value() : LEGACY_DEFAULT_END;
    Optional<Snapshot> busiest =
        snapshots.stream()
            .max(Comparator.comparingInt(s -> s.localTcpPorts().countInRange(LEGACY_START, end)));
    if (busiest.isEmpty()) {
      return Optional.empty();
    }
    Snapshot snapshot = busiest.get();
    int legacyPorts = snapshot.localTcpPorts().countInRange(LEGACY_START, Math.min(end, 49151));
    int defaultPorts =
        snapshot.localTcpPorts().countInRange(EphemeralCapacity.DEFAULT.start(), 65535);
    if (legacyPorts < LEGACY_EVIDENCE_PORTS || legacyPorts <= 2 * defaultPorts) {
      return Optional.empty();
    }
    String source =
        maxUserPort != null
            ? "registry MaxUserPort (" + maxUserPort.source() + ") on a legacy system"
            : "legacy default range 1025-5000 (Windows XP / Server 2003)";
    return Optional.of(
        new Range(
            LEGACY_START,
            end - LEGACY_START + 1,
            String.format(
                Locale.ROOT,
                "%s: %,d local ports in use below 49152 at %s",
                source,
                legacyPorts,
                snapshot.source()),
            true));
  }
}
