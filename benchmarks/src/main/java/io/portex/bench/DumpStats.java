package io.portex.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link NetstatDumpGenerator} wrote.
 *
 * @param lines lines written, each ended by CRLF
 * @param bytes bytes written
 * @param snapshots snapshots begun (the last one may have fewer rows when a size limit cut it)
 * @param rows connection rows, TCP and UDP
 * @param udpRows UDP rows
 * @param tcpStates TCP rows per state word as netstat prints it ({@code TIME_WAIT}), sorted by
 *     state
 */
public record DumpStats(
    long lines, long bytes, int snapshots, long rows, long udpRows, Map<String, Long> tcpStates) {

  public DumpStats {
    tcpStates = Map.copyOf(tcpStates);
  }

  /** TCP rows, all states. */
  public long tcpRows() {
    return rows - udpRows;
  }

  /** TCP rows in one state ({@code TIME_WAIT}), 0 when none. */
  public long tcp(String state) {
    return tcpStates.getOrDefault(state, 0L);
  }

  /** A one-line summary. */
  @Override
  public String toString() {
    return String.format(
        "%,d lines, %,d bytes, %d snapshots, %,d rows (%,d UDP), TCP by state %s",
        lines, bytes, snapshots, rows, udpRows, new TreeMap<>(tcpStates));
  }
}
