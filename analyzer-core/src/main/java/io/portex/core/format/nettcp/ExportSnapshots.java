package io.portex.core.format.nettcp;

import io.portex.core.model.Connection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connections of one export, one snapshot per machine: {@code Get-NetTCPConnection -CimSession
 * a,b} lists the sockets of several machines in one export, told apart by {@code PSComputerName}
 * (empty for the local machine). Not thread-safe.
 */
final class ExportSnapshots {

  /** Machines kept apart per export; the connections of any further ones join the unnamed one. */
  static final int MAX_HOSTS = 256;

  private static final String LOCAL = "";

  private final Map<String, PendingSnapshot> byHost = new LinkedHashMap<>();
  private String lastHost;
  private PendingSnapshot last;
  private int rows;
  private boolean overflowed;

  /**
   * Adds a connection of the machine {@code host} (null or blank: the machine is not named).
   *
   * @return false when the machine was one too many to keep apart
   */
  boolean add(Connection connection, String host, long line) {
    String key = host == null || host.isBlank() ? LOCAL : host;
    boolean kept = true;
    if (last == null || !key.equals(lastHost)) {
      PendingSnapshot pending = byHost.get(key);
      if (pending == null) {
        if (byHost.size() >= MAX_HOSTS) {
          overflowed = true;
          kept = false;
          key = LOCAL;
          pending = byHost.get(LOCAL);
        }
        if (pending == null) {
          pending = new PendingSnapshot(null, key.equals(LOCAL) ? null : key.strip());
          byHost.put(key, pending);
        }
      }
      lastHost = key;
      last = pending;
    }
    last.add(connection, line);
    rows++;
    return kept;
  }

  int rows() {
    return rows;
  }

  /** True once a machine beyond {@link #MAX_HOSTS} was met. */
  boolean overflowed() {
    return overflowed;
  }

  /** Hands every machine's snapshot on, in the order the machines first appeared. */
  void finish(CaptureSnapshots snapshots, String file) {
    for (PendingSnapshot pending : byHost.values()) {
      snapshots.add(pending.build(file));
    }
    byHost.clear();
    lastHost = null;
    last = null;
    rows = 0;
  }
}
