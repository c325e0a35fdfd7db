package io.portex.core;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.model.AddressUsage;
import io.portex.core.model.EventRecord;
import io.portex.core.model.HostName;
import io.portex.core.model.PortEvents;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.fact.Fact;
import io.portex.core.model.fact.PacketCapture;
import io.portex.core.source.InputFile;
import io.portex.core.time.FileTime;
import io.portex.core.timeline.HostEvidence;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything read from the inputs of one ticket, input by input, until {@link #hosts} sorts it into
 * the evidence of each machine (SPEC §3). Not thread-safe: one ticket is read by one thread.
 */
final class TicketEvidence {

  /** Diagnostics of snapshot readers that show a truncated or cut capture (SPEC §3). */
  static final List<String> PARTIAL_CODES =
      List.of(
          "netstat.elision",
          "netstat.cut-row",
          "netstat.cut-state",
          "nettcp.elision",
          "nettcp.cut-value",
          "nettcp.no-header",
          "nettcp.incomplete-entry");

  private final ZoneId zone;
  private final List<InputSink> inputs = new ArrayList<>();
  private final Set<Long> seenEvents = new HashSet<>();

  TicketEvidence(ZoneId zone) {
    this.zone = zone;
  }

  /** What one input handed over, counted for its report. */
  final class InputSink implements EvidenceSink {
    private final InputFile file;
    private final DiagnosticSink diagnostics;
    private final List<Snapshot> snapshots = new ArrayList<>();
    private final Set<String> seenSnapshots = new HashSet<>();
    private final List<Series> series = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, PortEventTally> events = new TreeMap<>();
    private long records;
    private long recordsRead = -1;
    private int snapshotsKept;
    private long duplicateEvents;
    private long firstDuplicateEvent;
    private List<ReadContext.NamedHost> namedByLines = List.of();
    private String host;

    private InputSink(InputFile file, DiagnosticSink diagnostics) {
      this.file = file;
      this.diagnostics = diagnostics;
    }

    @Override
    public void snapshot(Snapshot snapshot) {
      records += snapshot.rows();
      String key = snapshot.time() + "/" + snapshot.fingerprint() + "/" + snapshot.rows();
      if (!seenSnapshots.add(key) || duplicateOfOtherInput(key)) {
        diagnostics.warning(
            "input.duplicate-snapshot",
            snapshot.source().firstLine(),
            "same rows at the same time as a snapshot read before; counted once",
            "");
        return;
      }
      snapshots.add(snapshot);
    }

    private boolean duplicateOfOtherInput(String key) {
      for (InputSink other : inputs) {
        if (other != this && other.seenSnapshots.contains(key)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void series(Series values) {
      records += values.points().size();
      series.add(values);
    }

    @Override
    public void fact(Fact fact) {
      records += fact.records();
      facts.add(fact);
    }

    @Override
    public void event(EventRecord event) {
      records++;
      if (!PortEventTally.counts(event)) {
        return;
      }
      String host = HostName.of(event.computer());
      PortEventTally tally =
          events.computeIfAbsent(host == null ? "" : host, k -> new PortEventTally(seenEvents));
      if (!tally.add(event) && duplicateEvents++ == 0) {
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

    /**
     * The machines lines of this input name ({@code hostname}, {@code COMPUTERNAME=}, …): one
     * attributes the input to it, as the hosts its records name do. A line that names another host
     * than the records is a conflict, diagnosed here.
     */
    void namedByLines(List<ReadContext.NamedHost> hosts) {
      Set<String> records = contentHosts();
      namedByLines = List.copyOf(hosts);
      if (hosts.size() == 1 && !records.isEmpty() && !records.contains(hosts.get(0).host())) {
        diagnostics.warning(
            "input.host-conflict",
            hosts.get(0).line(),
            "this line names machine "
                + hosts.get(0).host()
                + " but the records of the file name "
                + String.join(", ", records),
            "");
      }
    }

    /** The machine this input was attributed to, once {@link #hosts} ran; else null. */
    String host() {
      return host;
    }

    long records() {
      return recordsRead >= 0 ? recordsRead : records;
    }

    int snapshots() {
      return snapshots.size();
    }

    String name() {
      return file.name();
    }

    DiagnosticSink diagnostics() {
      return diagnostics;
    }

    List<Snapshot> snapshotList() {
      return snapshots;
    }

    List<Series> seriesList() {
      return series;
    }

    List<Fact> factList() {
      return facts;
    }

    /** Event tallies by the host their records name ({@code ""}: none). */
    Map<String, PortEventTally> eventTallies() {
      return events;
    }

    /** The rule that times this input's only untimed snapshot. */
    FileTime fileTime() {
      return new FileTime(file.fileName(), file.lastModified(), zone);
    }

    /** The hosts the content of this input names, sorted. */
    Set<String> contentHosts() {
      Set<String> hosts = new java.util.TreeSet<>();
      snapshots.stream().map(s -> HostName.of(s.host())).filter(h -> h != null).forEach(hosts::add);
      series.stream().map(s -> HostName.of(s.host())).filter(h -> h != null).forEach(hosts::add);
      events.keySet().stream().filter(h -> !h.isEmpty()).forEach(hosts::add);
      namedByLines.forEach(h -> hosts.add(h.host()));
      return hosts;
    }
  }

  InputSink sinkFor(InputFile file, DiagnosticSink diagnostics) {
    InputSink sink = new InputSink(file, diagnostics);
    inputs.add(sink);
    return sink;
  }

  /** Every fact read, in input order. */
  List<Fact> facts() {
    List<Fact> facts = new ArrayList<>();
    inputs.forEach(i -> facts.addAll(i.factList()));
    return facts;
  }

  /** The evidence of each machine, sorted by host (the unnamed one last). */
  List<HostEvidence> hosts() {
    HostAssignment assignment = HostAssignment.of(inputs);
    Map<String, HostBuilder> hosts = new LinkedHashMap<>();
    List<PendingCapture> captures = new ArrayList<>();
    for (InputSink input : inputs) {
      String inputHost = assignment.hostOf(input);
      input.host = inputHost;
      for (Snapshot snapshot : input.snapshotList()) {
        String host = assignment.hostOf(snapshot.host(), inputHost);
        builder(hosts, host).add(input, snapshot.withHost(host));
      }
      for (Series s : input.seriesList()) {
        builder(hosts, assignment.hostOf(s.host(), inputHost)).series.add(s);
      }
      for (Fact fact : input.factList()) {
        if (fact instanceof PacketCapture capture) {
          captures.add(new PendingCapture(capture, inputHost));
        } else {
          builder(hosts, inputHost).facts.add(fact);
        }
      }
      for (Map.Entry<String, PortEventTally> tally : input.eventTallies().entrySet()) {
        String named = tally.getKey().isEmpty() ? null : tally.getKey();
        builder(hosts, assignment.hostOf(named, inputHost)).events.add(tally.getValue().result());
      }
    }
    for (PendingCapture pending : captures) {
      builder(hosts, pending.host(hosts)).facts.add(pending.capture());
    }
    if (hosts.isEmpty()) {
      hosts.put(null, new HostBuilder(null));
    }
    List<HostEvidence> result = new ArrayList<>();
    hosts.keySet().stream()
        .sorted(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
        .forEach(host -> result.add(hosts.get(host).build(zone)));
    return result;
  }

  /**
   * A capture waiting for its host: the one whose netstat snapshots hold the capture host's address
   * as a local address (the most connections from it decide between several); else the only host
   * read; else the host of its input.
   */
  private record PendingCapture(PacketCapture capture, String inputHost) {

    String host(Map<String, HostBuilder> hosts) {
      String best = null;
      long most = 0;
      for (HostBuilder builder : hosts.values()) {
        long connections = builder.connectionsFrom(capture.host());
        if (connections > most) {
          most = connections;
          best = builder.host;
        }
      }
      if (most > 0) {
        return best;
      }
      return hosts.size() == 1 ? hosts.keySet().iterator().next() : inputHost;
    }
  }

  private static HostBuilder builder(Map<String, HostBuilder> hosts, String host) {
    return hosts.computeIfAbsent(host, HostBuilder::new);
  }

  /** Collects one host's evidence; times its untimed snapshots once everything is in. */
  private static final class HostBuilder {
    private final String host;
    private final List<HostSnapshots> snapshots = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final List<List<PortEvents>> events = new ArrayList<>();

    HostBuilder(String host) {
      this.host = host;
    }

    void add(InputSink input, Snapshot snapshot) {
      if (snapshots.isEmpty() || snapshots.get(snapshots.size() - 1).input() != input) {
        snapshots.add(new HostSnapshots(input, new ArrayList<>()));
      }
      snapshots.get(snapshots.size() - 1).snapshots().add(snapshot);
    }

    /** TCP connections from this local address over the host's snapshots (0 for null). */
    long connectionsFrom(String address) {
      if (address == null) {
        return 0;
      }
      long connections = 0;
      for (HostSnapshots group : snapshots) {
        for (Snapshot snapshot : group.snapshots()) {
          for (AddressUsage local : snapshot.localAddresses()) {
            if (local.address().equalsIgnoreCase(address)) {
              connections += Math.max(1, local.connections());
            }
          }
        }
      }
      return connections;
    }

    HostEvidence build(ZoneId zone) {
      List<PortEvents> tallies = PortEvents.combine(events);
      List<String> dateNotes = new ArrayList<>();
      List<Snapshot> timed =
          new UntimedSnapshots(snapshots, series, tallies, zone).resolve(dateNotes);
      return new HostEvidence(
          host,
          ProcessNames.apply(timed, facts),
          series,
          tallies,
          facts,
          dateNotes,
          partialSigns());
    }

    /** The diagnostics of this host's snapshot inputs that show a cut capture. */
    private List<String> partialSigns() {
      List<String> signs = new ArrayList<>();
      Set<InputSink> seen = new java.util.LinkedHashSet<>();
      snapshots.forEach(group -> seen.add(group.input()));
      for (InputSink input : seen) {
        for (String code : PARTIAL_CODES) {
          int count = input.diagnostics().count(code);
          if (count > 0) {
            signs.add(input.name() + ": " + count + " x " + code);
          }
        }
      }
      return signs;
    }
  }

  /** The snapshots one input gave one host, in input order. */
  record HostSnapshots(InputSink input, List<Snapshot> snapshots) {}
}
