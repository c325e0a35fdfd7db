package io.portex.core.classify;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.IpFamily;
import io.portex.core.model.Protocol;
import io.portex.core.model.fact.DynamicPortRange;
import io.portex.core.model.fact.ExcludedPortRange;
import io.portex.core.model.fact.Fact;
import java.util.BitSet;
import java.util.List;

/**
 * The capacity in force: the IPv4 TCP dynamic range from {@code netsh} (the last possible one read,
 * when several), else the default; less the excluded IPv4 TCP ranges that fall inside it, overlaps
 * counted once. Never throws on what an input claimed.
 */
public final class CapacityFinder {

  private CapacityFinder() {}

  public static EphemeralCapacity of(List<Fact> facts) {
    DynamicPortRange range = null;
    for (Fact fact : facts) {
      if (fact instanceof DynamicPortRange r
          && r.protocol() == Protocol.TCP
          && r.family() == IpFamily.IPV4
          && isPossible(r)) {
        range = r;
      }
    }
    int start = range != null ? range.start() : EphemeralCapacity.DEFAULT.start();
    int count = range != null ? range.count() : EphemeralCapacity.DEFAULT.count();
    int end = start + count - 1;
    BitSet excluded = new BitSet();
    for (Fact fact : facts) {
      if (fact instanceof ExcludedPortRange x
          && x.protocol() == Protocol.TCP
          && x.family() == IpFamily.IPV4) {
        int from = Math.max(start, x.start());
        int to = Math.min(end, x.end());
        if (from <= to) {
          excluded.set(from, to + 1);
        }
      }
    }
    String source =
        range != null
            ? "netsh dynamic port range (" + range.source() + ")"
            : EphemeralCapacity.DEFAULT.source();
    return new EphemeralCapacity(start, count, excluded.cardinality(), source);
  }

  /** A range a port number can be in; others are ignored rather than trusted. */
  private static boolean isPossible(DynamicPortRange range) {
    return range.start() >= 1 && range.count() >= 1 && range.end() <= 65535;
  }
}
