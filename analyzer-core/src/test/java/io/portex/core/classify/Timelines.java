package io.portex.core.classify;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.IpFamily;
import io.portex.core.model.PortEvents;
import io.portex.core.model.Protocol;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.SourceRange;
import io.portex.core.model.fact.DynamicPortRange;
import io.portex.core.model.fact.Fact;
import io.portex.core.timeline.HostEvidence;
import io.portex.core.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;

/** Timelines of one host built as the analysis builds them, for the rules' tests. */
final class Timelines {

  private Timelines() {}

  static Timeline of(
      List<Snapshot> snapshots,
      List<Series> series,
      List<PortEvents> events,
      List<Fact> facts,
      Long timeWaitSeconds) {
    return Timeline.of(new HostEvidence(null, snapshots, series, events, facts), timeWaitSeconds);
  }

  /** A tally of every event id, none read. */
  static List<PortEvents> noEvents() {
    List<PortEvents> events = new ArrayList<>();
    for (int id : PortEvents.IDS) {
      events.add(new PortEvents(id, 0, null, null, List.of()));
    }
    return events;
  }

  /** The facts that make {@code capacity} the host's (a netsh range), none for the default. */
  static List<Fact> rangeOf(EphemeralCapacity capacity) {
    List<Fact> facts = new ArrayList<>();
    if (!capacity.equals(EphemeralCapacity.DEFAULT)) {
      facts.add(
          new DynamicPortRange(
              Protocol.TCP,
              IpFamily.IPV4,
              capacity.start(),
              capacity.count(),
              new SourceRange("netsh.txt", 1, 4)));
    }
    return facts;
  }
}
