package io.portex.bench;

import java.util.HashMap;
import java.util.Map;

/** Counts the rows written, per TCP state and for UDP. Not thread-safe. */
final class StateTally {

  private final Map<String, long[]> tcp = new HashMap<>();
  private long rows;
  private long udp;

  void add(NetstatRow row) {
    rows++;
    if (row.protocol().equals("UDP")) {
      udp++;
    } else {
      tcp.computeIfAbsent(row.state(), state -> new long[1])[0]++;
    }
  }

  DumpStats stats(long lines, long bytes, int snapshots) {
    Map<String, Long> states = new HashMap<>();
    tcp.forEach((state, count) -> states.put(state, count[0]));
    return new DumpStats(lines, bytes, snapshots, rows, udp, states);
  }
}
