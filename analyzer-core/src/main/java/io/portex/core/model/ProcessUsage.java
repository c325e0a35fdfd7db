package io.portex.core.model;

import java.util.Map;

/**
 * The TCP sockets one process held in a snapshot.
 *
 * @param pid process id, or -1 for sockets the input did not attribute
 * @param name image name when known, else null
 * @param states sockets per state
 * @param total all its TCP sockets
 */
public record ProcessUsage(int pid, String name, Map<TcpState, Integer> states, int total) {

  public ProcessUsage {
    states = StateCounts.copyOf(states);
  }

  public ProcessUsage withName(String newName) {
    return new ProcessUsage(pid, newName, states, total);
  }
}
