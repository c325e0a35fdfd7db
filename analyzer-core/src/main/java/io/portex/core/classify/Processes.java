package io.portex.core.classify;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.ProcessUsage;
import io.portex.core.model.RemoteUsage;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import io.portex.core.prose.ProcessName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

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

  /**
   * Where a fix about {@code sockets} ephemeral sockets in {@code state} aims: the process holding
   * at least half of them, else the spread.
   */
  static Aim aim(Snapshot snapshot, TcpState state, EphemeralCapacity capacity, long sockets) {
    List<Aim.Holder> holders =
        holders(snapshot, state, capacity).stream()
            .map(p -> new Aim.Holder(ProcessName.of(p), p.ephemeral(state, capacity)))
            .toList();
    return Aim.of(holders, sockets, "processes", false);
  }

  /** Where a fix about the sockets {@code count} tallies per destination aims. */
  static Aim destinations(Snapshot snapshot, ToIntFunction<RemoteUsage> count, long sockets) {
    boolean others = false;
    List<Aim.Holder> holders = new ArrayList<>();
    for (RemoteUsage remote : snapshot.remotes()) {
      if (remote.remote().equals(Snapshot.Builder.OTHER_REMOTES)) {
        others = count.applyAsInt(remote) > 0;
      } else {
        holders.add(new Aim.Holder(remote.remote(), count.applyAsInt(remote)));
      }
    }
    return Aim.of(holders, sockets, "destinations", others);
  }
}
