package io.portex.core.timeline;

import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot measured against its host's capacity: the ephemeral ports in use and the sockets per
 * state over ephemeral users (local port inside the dynamic range), which is what every rule counts
 * (SPEC §3). Inbound connections to a listener on a fixed port hold no ephemeral port.
 *
 * @param snapshot the snapshot
 * @param inUse distinct local TCP ports inside the range (U(t))
 * @param ephemeralStates sockets per state on local ports inside the range; every state present
 */
public record SnapshotUsage(Snapshot snapshot, int inUse, Map<TcpState, Integer> ephemeralStates) {

  /** States that hold no connection: listeners, unknown words. */
  private static final List<TcpState> NOT_CONNECTIONS =
      List.of(TcpState.LISTENING, TcpState.UNKNOWN);

  public SnapshotUsage {
    Map<TcpState, Integer> copy = new EnumMap<>(TcpState.class);
    copy.putAll(ephemeralStates);
    ephemeralStates = Collections.unmodifiableMap(copy);
  }

  /** Ephemeral users in {@code state}. */
  public int count(TcpState state) {
    return ephemeralStates.getOrDefault(state, 0);
  }

  /**
   * True when {@code state} holds at least as many ephemeral users as any other state that can hold
   * a port (listeners left out).
   */
  public boolean isLargest(TcpState state) {
    int count = count(state);
    for (TcpState other : TcpState.values()) {
      if (other != state && !NOT_CONNECTIONS.contains(other) && count(other) > count) {
        return false;
      }
    }
    return true;
  }

  /** Ephemeral users in every state. */
  public int ephemeralSockets() {
    return ephemeralStates.values().stream().mapToInt(Integer::intValue).sum();
  }
}
