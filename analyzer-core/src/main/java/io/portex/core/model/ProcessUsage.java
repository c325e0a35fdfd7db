package io.portex.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * The TCP sockets one process held in a snapshot.
 *
 * @param pid process id, or -1 for sockets the input did not attribute
 * @param name image name when known, else null
 * @param states sockets per state
 * @param total all its TCP sockets
 * @param ports the local port of each of its sockets, per state
 */
public record ProcessUsage(
    int pid, String name, Map<TcpState, Integer> states, int total, PortsByState ports) {

  public ProcessUsage {
    states = StateCounts.copyOf(states);
    Objects.requireNonNull(ports, "ports");
  }

  /** A process whose sockets' ports are not known. */
  public ProcessUsage(int pid, String name, Map<TcpState, Integer> states, int total) {
    this(pid, name, states, total, PortsByState.EMPTY);
  }

  public ProcessUsage withName(String newName) {
    return new ProcessUsage(pid, newName, states, total, ports);
  }

  /** Its sockets in {@code state} on local ports inside the capacity's range. */
  public int ephemeral(TcpState state, EphemeralCapacity capacity) {
    return ports.count(state, capacity.start(), capacity.end());
  }
}
