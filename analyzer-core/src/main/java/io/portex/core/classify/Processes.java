package io.portex.core.classify;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.ProcessUsage;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The processes of a snapshot as the rules speak of them: by their ephemeral sockets. */
final class Processes {

  private Processes() {}

  /** The process with most ephemeral sockets in {@code state}, when any has one. */
  static Optional<ProcessUsage> top(Snapshot snapshot, TcpState state, EphemeralCapacity capacity) {
    return snapshot.processes().stream()
        .filter(p -> p.ephemeral(state, capacity) > 0)
        .max(
            Comparator.comparingInt((ProcessUsage p) -> p.ephemeral(state, capacity))
                .thenComparing(p -> -p.pid()));
  }

  /** Processes holding ephemeral sockets in {@code state}, most first. */
  static List<ProcessUsage> holders(Snapshot snapshot, TcpState state, EphemeralCapacity capacity) {
    return snapshot.processes().stream()
        .filter(p -> p.ephemeral(state, capacity) > 0)
        .sorted(
            Comparator.comparingInt((ProcessUsage p) -> p.ephemeral(state, capacity))
                .reversed()
                .thenComparingInt(ProcessUsage::pid))
        .toList();
  }

  /** {@code java.exe (PID 4100)}, {@code PID 4100}, or {@code an unknown process}. */
  static String name(ProcessUsage process) {
    String pid = process.pid() >= 0 ? "PID " + process.pid() : "an unknown process";
    return process.name() == null ? pid : process.name() + " (" + pid + ")";
  }
}
