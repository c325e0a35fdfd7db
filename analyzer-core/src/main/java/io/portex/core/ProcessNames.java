package io.portex.core;

import io.portex.core.model.ProcessUsage;
import io.portex.core.model.Snapshot;
import io.portex.core.model.fact.Fact;
import io.portex.core.model.fact.ProcessImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names the processes of a host's snapshots from its tasklist facts (PID → image). */
final class ProcessNames {

  private ProcessNames() {}

  static List<Snapshot> apply(List<Snapshot> snapshots, List<Fact> facts) {
    Map<Integer, String> images = new HashMap<>();
    for (ProcessImage image : Fact.ofKind(facts, ProcessImage.class)) {
      images.put(image.pid(), image.image());
    }
    if (images.isEmpty()) {
      return snapshots;
    }
    List<Snapshot> named = new ArrayList<>(snapshots.size());
    for (Snapshot snapshot : snapshots) {
      named.add(named(snapshot, images));
    }
    return named;
  }

  private static Snapshot named(Snapshot snapshot, Map<Integer, String> images) {
    List<ProcessUsage> processes = new ArrayList<>(snapshot.processes().size());
    for (ProcessUsage usage : snapshot.processes()) {
      // PID 0 is "System Idle Process" to tasklist, but in netstat it means no process: the
      // kernel holds the TIME_WAIT sockets; naming it would mislead
      String image = usage.name() == null && usage.pid() > 0 ? images.get(usage.pid()) : null;
      processes.add(image == null ? usage : usage.withName(image));
    }
    return snapshot.withProcesses(processes);
  }
}
