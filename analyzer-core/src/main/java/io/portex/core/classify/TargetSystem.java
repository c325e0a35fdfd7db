package io.portex.core.classify;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.IpFamily;
import io.portex.core.model.Protocol;
import io.portex.core.model.RemoteUsage;
import io.portex.core.model.Snapshot;
import io.portex.core.model.fact.DynamicPortRange;
import io.portex.core.model.fact.RegistryValue;
import io.portex.core.timeline.Timeline;
import java.util.List;

/**
 * The Windows system the evidence shows, as far as the commands printed for it depend on it.
 *
 * @param capacity the range in force (legacy or not, and the values to roll back to)
 * @param ipv6 true when the evidence shows IPv6 connections or an IPv6 dynamic range
 * @param ipv6Range the IPv6 TCP range netsh showed, or null
 * @param maxUserPort the MaxUserPort the registry gave, or null when it was not set or not read
 * @param timedWaitDelay the TcpTimedWaitDelay the registry gave, or null
 */
record TargetSystem(
    EphemeralCapacity capacity,
    boolean ipv6,
    Range ipv6Range,
    Long maxUserPort,
    Long timedWaitDelay) {

  /** A dynamic range: its first port and how many. */
  record Range(int start, int count) {}

  static TargetSystem of(Timeline timeline) {
    Long maxUserPort = null;
    Long timedWaitDelay = null;
    for (RegistryValue value : timeline.facts(RegistryValue.class)) {
      if (value.name().equalsIgnoreCase("MaxUserPort")) {
        maxUserPort = value.value();
      } else if (value.name().equalsIgnoreCase("TcpTimedWaitDelay")) {
        timedWaitDelay = value.value();
      }
    }
    Range ipv6Range = null;
    for (DynamicPortRange r : timeline.facts(DynamicPortRange.class)) {
      if (r.family() == IpFamily.IPV6 && r.protocol() == Protocol.TCP) {
        ipv6Range = new Range(r.start(), r.count());
      }
    }
    boolean ipv6 =
        ipv6Range != null || timeline.snapshots().stream().anyMatch(u -> showsIpv6(u.snapshot()));
    return new TargetSystem(timeline.capacity(), ipv6, ipv6Range, maxUserPort, timedWaitDelay);
  }

  /** The range in force for a family ({@code ipv4}, {@code ipv6}): the one to roll back to. */
  Range range(String family) {
    if (family.equals("ipv6") && ipv6Range != null) {
      return ipv6Range;
    }
    return new Range(capacity.start(), capacity.count());
  }

  boolean legacy() {
    return capacity.legacy();
  }

  /** The IP versions whose netsh settings a change must cover. */
  List<String> families() {
    return ipv6 ? List.of("ipv4", "ipv6") : List.of("ipv4");
  }

  private static boolean showsIpv6(Snapshot snapshot) {
    for (RemoteUsage remote : snapshot.remotes()) {
      String r = remote.remote();
      if (r.startsWith("[") || r.indexOf(':') != r.lastIndexOf(':')) {
        return true;
      }
    }
    return false;
  }
}
