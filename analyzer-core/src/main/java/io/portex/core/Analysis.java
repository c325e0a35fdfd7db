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
import io.portex.core.timeline.Timeline;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The result of analyzing one ticket: what was read, the snapshots in time order, the capacity and
 * the verdict. Immutable.
 *
 * @param zone the zone in which times without a zone were read
 * @param inputs every input, in the order given
 * @param snapshots every distinct snapshot, by time (untimed ones keep their input order, last)
 * @param series every series read (trend files, perfmon counters)
 * @param facts configuration facts and side evidence, in input order
 * @param events the Tcpip events that say ports ran out: 4227, 4231, 4266, then 4226
 * @param capacity the ephemeral port capacity used
 * @param verdict the conclusion
 * @param findings what each rule that fired found, the primary first
 * @param consistency where the evidence disagrees with itself
 * @param collectNext what to collect to settle what the evidence leaves open
 * @param timeline the window, gaps and usage trend on one UTC axis
 * @param timeWait the TIME_WAIT duration in force, or unknown
 * @param thresholds the thresholds the rules applied
 */
public record Analysis(
    ZoneId zone,
    List<InputReport> inputs,
    List<Snapshot> snapshots,
    List<Series> series,
    List<Fact> facts,
    List<PortEvents> events,
    EphemeralCapacity capacity,
    Verdict verdict,
    List<Finding> findings,
    List<Note> consistency,
    List<Note> collectNext,
    Timeline timeline,
    TimeWaitDuration timeWait,
    Thresholds thresholds) {

  public Analysis {
    inputs = List.copyOf(inputs);
    snapshots = List.copyOf(snapshots);
    series = List.copyOf(series);
    facts = List.copyOf(facts);
    events = List.copyOf(events);
    findings = List.copyOf(findings);
    consistency = List.copyOf(consistency);
    collectNext = List.copyOf(collectNext);
  }

  /** The tally of one Tcpip event id (4227, 4231, 4266 or 4226). */
  public PortEvents events(int eventId) {
    return events.stream()
        .filter(e -> e.eventId() == eventId)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no tally of event " + eventId));
  }

  /**
   * The machines the evidence names (snapshots and series that say which host they come from),
   * sorted. More than one means the bundle mixes machines: their figures stay per snapshot and per
   * series, never added up.
   */
  public List<String> hosts() {
    TreeSet<String> hosts = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    snapshots.stream().map(Snapshot::host).filter(Objects::nonNull).forEach(hosts::add);
    series.stream().map(Series::host).filter(Objects::nonNull).forEach(hosts::add);
    return List.copyOf(hosts);
  }

  /** The facts of one kind, in input order. */
  public <T extends Fact> List<T> facts(Class<T> kind) {
    return Fact.ofKind(facts, kind);
  }

  /** True when at least one input was recognised and read. */
  public boolean readAnything() {
    return inputs.stream().anyMatch(InputReport::recognized);
  }

  /** Ephemeral ports in use in a snapshot: distinct local TCP ports inside the dynamic range. */
  public int ephemeralInUse(Snapshot snapshot) {
    return capacity.inUse(snapshot);
  }

  /** The snapshot with most ephemeral ports in use (the first of equals). */
  public Optional<Snapshot> peak() {
    return capacity.peak(snapshots);
  }
}
