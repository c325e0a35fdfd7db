package io.portex.core.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Immutable per-state counts in the order of {@link TcpState}. */
final class StateCounts {

  private StateCounts() {}

  static Map<TcpState, Integer> copyOf(Map<TcpState, Integer> counts) {
    Map<TcpState, Integer> copy = new EnumMap<>(TcpState.class);
    copy.putAll(counts);
    return Collections.unmodifiableMap(copy);
  }
}
