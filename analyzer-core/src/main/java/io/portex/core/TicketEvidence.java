package io.portex.core;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.model.EventRecord;
import io.portex.core.model.PortEvents;
import io.portex.core.model.ProcessUsage;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.fact.Fact;
import io.portex.core.model.fact.ProcessImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything read from the inputs of one ticket, merged: snapshots (duplicates counted once),
 * series and facts. Not thread-safe: one ticket is read by one thread.
 */
final class TicketEvidence {

  private final List<Snapshot> snapshots = new ArrayList<>();
  private final List<Series> series = new ArrayList<>();
  private final List<Fact> facts = new ArrayList<>();
  private final Set<String> seenSnapshots = new HashSet<>();
  private final PortEventTally portEvents = new PortEventTally();

  /** What one input handed over, counted for its report. */
  final class InputSink implements EvidenceSink {
    private final DiagnosticSink diagnostics;
    private long records;
    private long recordsRead = -1;
    private int snapshotsKept;
    private long duplicateEvents;
    private long firstDuplicateEvent;

    private InputSink(DiagnosticSink diagnostics) {
      this.diagnostics = diagnostics;
    }

    @Override
    public void snapshot(Snapshot snapshot) {
      records += snapshot.rows();
      String key = snapshot.time() + "/" + snapshot.fingerprint() + "/" + snapshot.rows();
      if (!seenSnapshots.add(key)) {
        diagnostics.warning(
            "input.duplicate-snapshot",
            snapshot.source().firstLine(),
            "same rows at the same time as a snapshot read before; counted once",
            "");
        return;
      }
      snapshotsKept++;
      snapshots.add(snapshot);
    }

    @Override
    public void series(Series values) {
      records += values.points().size();
      series.add(values);
    }

    @Override
    public void fact(Fact fact) {
      records++;
      facts.add(fact);
    }

    @Override
    public void event(EventRecord event) {
      records++;
      if (PortEventTally.counts(event) && !portEvents.add(event) && duplicateEvents++ == 0) {
        firstDuplicateEvent = event.source().firstLine();
      }
    }

    @Override
    public void recordsRead(long count) {
      recordsRead = count;
    }

    /** Reports what is only known once the input is read. */
    void finish() {
      if (duplicateEvents > 0) {
        diagnostics.info(
            "input.duplicate-event",
            firstDuplicateEvent,
            duplicateEvents
                + " Tcpip event(s) read before from another export of the same log; counted once",
            "");
      }
    }

    long records() {
      return recordsRead >= 0 ? recordsRead : records;
    }

    int snapshots() {
      return snapshotsKept;
    }
  }

  InputSink sinkFor(DiagnosticSink diagnostics) {
    return new InputSink(diagnostics);
  }

  /** Snapshots by time (untimed last, in input order), processes named from tasklist facts. */
  List<Snapshot> snapshots() {
    Map<Integer, String> images = new HashMap<>();
    for (Fact fact : facts) {
      if (fact instanceof ProcessImage image) {
        images.put(image.pid(), image.image());
      }
    }
    List<Snapshot> sorted = new ArrayList<>(snapshots.size());
    for (Snapshot snapshot : snapshots) {
      sorted.add(images.isEmpty() ? snapshot : named(snapshot, images));
    }
    sorted.sort(
        Comparator.comparing(Snapshot::time, Comparator.nullsLast(Comparator.naturalOrder())));
    return sorted;
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

  List<Series> series() {
    return List.copyOf(series);
  }

  List<Fact> facts() {
    return List.copyOf(facts);
  }

  /** Tcpip 4227, 4231, 4266 and 4226, in that order. */
  List<PortEvents> portEvents() {
    return portEvents.result();
  }
}
