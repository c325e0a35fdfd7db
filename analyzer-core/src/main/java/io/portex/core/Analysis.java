package io.portex.core;

import io.portex.core.classify.Finding;
import io.portex.core.classify.Note;
import io.portex.core.classify.Thresholds;
import io.portex.core.classify.Verdict;
import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.PortEvents;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TimeWaitDuration;
import io.portex.core.model.fact.Fact;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of analyzing one ticket: what was read and, per machine, its timeline, verdict and
 * findings. The ticket's verdict is the worst host's (exhausted first, then the larger share of
 * capacity). Immutable.
 *
 * @param zone the zone in which times without a zone were read
 * @param inputs every input, in the order given
 * @param hosts every machine, the worst first (then by name; the unnamed one last)
 * @param facts configuration facts and side evidence, in input order
 * @param thresholds the thresholds the rules applied
 */
public record Analysis(
    ZoneId zone,
    List<InputReport> inputs,
    List<HostAnalysis> hosts,
    List<Fact> facts,
    Thresholds thresholds) {

  /** Hosts worst first: exhausted, then the larger share of capacity, then by name. */
  static final Comparator<HostAnalysis> WORST_FIRST =
      Comparator.comparing((HostAnalysis h) -> !h.verdict().exhausted())
          .thenComparing(Comparator.comparingDouble(HostAnalysis::peakShare).reversed())
          .thenComparing(h -> !h.verdict().primary().isSubtype())
          .thenComparing(HostAnalysis::host, Comparator.nullsLast(Comparator.naturalOrder()));

  public Analysis {
    inputs = List.copyOf(inputs);
    hosts = hosts.stream().sorted(WORST_FIRST).toList();
    facts = List.copyOf(facts);
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("an analysis has at least one host");
    }
  }

  /** The host the ticket's verdict comes from. */
  public HostAnalysis worst() {
    return hosts.get(0);
  }

  /** The ticket's verdict: the worst host's. */
  public Verdict verdict() {
    return worst().verdict();
  }

  /** The names of the machines the evidence names, sorted (empty when none names one). */
  public List<String> hostNames() {
    return hosts.stream().map(HostAnalysis::host).filter(Objects::nonNull).sorted().toList();
  }

  /** The host of a snapshot, series or finding by its key (null: the unnamed one). */
  public Optional<HostAnalysis> host(String key) {
    return hosts.stream().filter(h -> Objects.equals(h.host(), key)).findFirst();
  }

  /** Every snapshot of every host: host by host (worst first), by time within a host. */
  public List<Snapshot> snapshots() {
    List<Snapshot> all = new ArrayList<>();
    for (HostAnalysis host : hosts) {
      host.timeline().snapshots().forEach(u -> all.add(u.snapshot()));
    }
    return all;
  }

  /** Every series of every host. */
  public List<Series> series() {
    List<Series> all = new ArrayList<>();
    hosts.forEach(h -> all.addAll(h.timeline().series()));
    return all;
  }

  /** The Tcpip event tallies of all hosts added up: 4227, 4231, 4266, then 4226. */
  public List<PortEvents> events() {
    return PortEvents.combine(hosts.stream().map(h -> h.timeline().events()).toList());
  }

  /** The tally of one Tcpip event id (4227, 4231, 4266 or 4226), over all hosts. */
  public PortEvents events(int eventId) {
    return events().stream()
        .filter(e -> e.eventId() == eventId)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no tally of event " + eventId));
  }

  /** Every finding, host by host (worst first), the primary first within a host. */
  public List<Finding> findings() {
    List<Finding> all = new ArrayList<>();
    hosts.forEach(h -> all.addAll(h.findings()));
    return all;
  }

  /** The consistency notes of every host. */
  public List<Note> consistency() {
    List<Note> all = new ArrayList<>();
    hosts.forEach(h -> all.addAll(h.consistency()));
    return all.stream().distinct().toList();
  }

  /** What to collect next, over every host (each note once). */
  public List<Note> collectNext() {
    List<Note> all = new ArrayList<>();
    hosts.forEach(h -> all.addAll(h.collectNext()));
    return all.stream().distinct().toList();
  }

  /** The worst host's timeline. */
  public Timeline timeline() {
    return worst().timeline();
  }

  /** The worst host's capacity. */
  public EphemeralCapacity capacity() {
    return worst().timeline().capacity();
  }

  /** The worst host's TIME_WAIT duration in force. */
  public TimeWaitDuration timeWait() {
    return worst().timeline().timeWait();
  }

  /** The facts of one kind, in input order. */
  public <T extends Fact> List<T> facts(Class<T> kind) {
    return Fact.ofKind(facts, kind);
  }

  /** True when at least one input was recognised and read. */
  public boolean readAnything() {
    return inputs.stream().anyMatch(InputReport::recognized);
  }

  /** The usage of a snapshot against its own host's capacity, as the rules measured it. */
  public Optional<SnapshotUsage> usage(Snapshot snapshot) {
    for (HostAnalysis host : hosts) {
      Optional<SnapshotUsage> usage = host.timeline().usage(snapshot);
      if (usage.isPresent()) {
        return usage;
      }
    }
    return Optional.empty();
  }

  /** Ephemeral ports in use in a snapshot, against its host's capacity. */
  public int ephemeralInUse(Snapshot snapshot) {
    return usage(snapshot).map(SnapshotUsage::inUse).orElse(0);
  }

  /** The worst host's peak snapshot. */
  public Optional<Snapshot> peak() {
    return worst().timeline().peak().fromSnapshots().map(SnapshotUsage::snapshot);
  }
}
