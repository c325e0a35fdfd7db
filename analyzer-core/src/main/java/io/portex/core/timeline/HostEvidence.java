package io.portex.core.timeline;

import io.portex.core.model.PortEvents;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.fact.Fact;
import java.util.List;

/**
 * Everything read about one machine: what the timeline of that host is built from.
 *
 * @param host the host key ({@link io.portex.core.model.HostName}), or null when no input names one
 * @param snapshots its snapshots, timed ones by time, untimed ones after them in input order
 * @param series its series
 * @param events its Tcpip event tallies: 4227, 4231, 4266, then 4226
 * @param facts its configuration facts and side evidence, in input order
 * @param dateNotes what was guessed or borrowed about the dates of its evidence, in words
 * @param partialSigns why the capture looks partial (truncation markers, cut rows), in words
 */
public record HostEvidence(
    String host,
    List<Snapshot> snapshots,
    List<Series> series,
    List<PortEvents> events,
    List<Fact> facts,
    List<String> dateNotes,
    List<String> partialSigns) {

  public HostEvidence {
    snapshots = List.copyOf(snapshots);
    series = List.copyOf(series);
    events = List.copyOf(events);
    facts = List.copyOf(facts);
    dateNotes = List.copyOf(dateNotes);
    partialSigns = List.copyOf(partialSigns);
  }

  /** Evidence with nothing guessed about its dates and no sign of a partial capture. */
  public HostEvidence(
      String host,
      List<Snapshot> snapshots,
      List<Series> series,
      List<PortEvents> events,
      List<Fact> facts) {
    this(host, snapshots, series, events, facts, List.of(), List.of());
  }
}
