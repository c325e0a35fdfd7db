package io.portex.report.chart;

import io.portex.core.Analysis;
import io.portex.core.HostAnalysis;
import io.portex.core.classify.Conclusion;
import io.portex.core.classify.ExhaustionBasis;
import io.portex.core.classify.Thresholds;
import io.portex.core.classify.Verdict;
import io.portex.core.model.Connection;
import io.portex.core.model.Endpoint;
import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.EventRecord;
import io.portex.core.model.IpFamily;
import io.portex.core.model.PortEvents;
import io.portex.core.model.Protocol;
import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import io.portex.core.model.Snapshot;
import io.portex.core.model.SourceRange;
import io.portex.core.model.TcpState;
import io.portex.core.model.TimeSource;
import io.portex.core.model.fact.DynamicPortRange;
import io.portex.core.model.fact.ExcludedPortRange;
import io.portex.core.model.fact.Fact;
import io.portex.core.timeline.HostEvidence;
import io.portex.core.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Analyses built by hand, for what the bundled samples do not cover. */
final class SyntheticAnalysis {

  static final Instant START = Instant.parse("2026-03-11T09:00:00Z");
  static final SourceRange SOURCE = new SourceRange("synthetic.txt", 1, 1);

  private final List<Snapshot> snapshots = new ArrayList<>();
  private final List<Series> series = new ArrayList<>();
  private final List<Fact> facts = new ArrayList<>();
  private final List<PortEvents> events = new ArrayList<>();
  private EphemeralCapacity capacity = EphemeralCapacity.DEFAULT;
  private ZoneId zone = ZoneId.of("UTC");

  /** The analysis' only host as its charts see it. */
  static ChartedHost charted(Analysis analysis) {
    return new ChartedHost(analysis.worst(), analysis.zone(), "portex-1-");
  }

  static SyntheticAnalysis builder() {
    return new SyntheticAnalysis();
  }

  /** A snapshot with the given sockets per state, on consecutive ports from 49152. */
  static Snapshot snapshot(Instant time, Map<TcpState, Integer> states) {
    Snapshot.Builder builder = new Snapshot.Builder();
    int port = 49152;
    for (Map.Entry<TcpState, Integer> entry : states.entrySet()) {
      for (int i = 0; i < entry.getValue(); i++) {
        Endpoint remote =
            entry.getKey() == TcpState.LISTENING
                ? Endpoint.of("0.0.0.0", 0)
                : Endpoint.of("10.0.0.2", 443);
        builder.add(
            new Connection(
                Protocol.TCP, Endpoint.of("10.0.0.1", port++), remote, entry.getKey(), 100, null));
      }
    }
    return builder.build(
        time, time == null ? TimeSource.NONE : TimeSource.CONTENT, SOURCE, "HOST1");
  }

  /** {@code count} snapshots a minute apart, TIME_WAIT and CLOSE_WAIT rising and falling. */
  SyntheticAnalysis loop(int count) {
    for (int i = 0; i < count; i++) {
      int timeWait = (int) (400 + 300 * Math.sin(i / 40.0) + (i % 7) * 10);
      int closeWait = 20 + i / 20;
      snapshots.add(
          snapshot(
              START.plus(Duration.ofMinutes(i)),
              Map.of(
                  TcpState.TIME_WAIT,
                  timeWait,
                  TcpState.ESTABLISHED,
                  80 + i % 13,
                  TcpState.CLOSE_WAIT,
                  closeWait,
                  TcpState.FIN_WAIT_2,
                  i % 5)));
    }
    return this;
  }

  SyntheticAnalysis snapshot(Snapshot snapshot) {
    snapshots.add(snapshot);
    return this;
  }

  SyntheticAnalysis timeWaitSeries(String file, int points) {
    List<SeriesPoint> values = new ArrayList<>();
    for (int i = 0; i < points; i++) {
      values.add(new SeriesPoint(START.plus(Duration.ofMinutes(i)), 1000 + 10.0 * i));
    }
    series.add(
        new Series("TIME_WAIT", "connections", null, values, new SourceRange(file, 1, points)));
    return this;
  }

  SyntheticAnalysis series(Series value) {
    series.add(value);
    return this;
  }

  /** {@code count} events of the id, a minute apart from {@link #START}, the first 200 kept. */
  SyntheticAnalysis events(int eventId, int count) {
    List<EventRecord> records = new ArrayList<>();
    for (int i = 0; i < Math.min(count, PortEvents.KEPT); i++) {
      records.add(
          new EventRecord(
              "Tcpip",
              eventId,
              32768,
              3,
              START.plus(Duration.ofMinutes(i)),
              "HOST1",
              i,
              "System",
              List.of(),
              SOURCE));
    }
    events.add(
        new PortEvents(eventId, count, START, START.plus(Duration.ofMinutes(count - 1L)), records));
    return this;
  }

  SyntheticAnalysis excluded(int start, int end) {
    facts.add(new ExcludedPortRange(Protocol.TCP, IpFamily.IPV4, start, end, false, SOURCE));
    return this;
  }

  SyntheticAnalysis capacity(EphemeralCapacity value) {
    capacity = value;
    return this;
  }

  SyntheticAnalysis zone(ZoneId value) {
    zone = value;
    return this;
  }

  Analysis build() {
    List<PortEvents> all = new ArrayList<>();
    for (int id : PortEvents.IDS) {
      all.add(
          events.stream()
              .filter(e -> e.eventId() == id)
              .findFirst()
              .orElse(new PortEvents(id, 0, null, null, List.of())));
    }
    List<Fact> hostFacts = new ArrayList<>(facts);
    if (!capacity.equals(EphemeralCapacity.DEFAULT)) {
      hostFacts.add(
          new DynamicPortRange(
              Protocol.TCP, IpFamily.IPV4, capacity.start(), capacity.count(), SOURCE));
    }
    Timeline timeline =
        Timeline.of(new HostEvidence(null, snapshots, series, all, hostFacts), null);
    HostAnalysis host =
        new HostAnalysis(
            null,
            timeline,
            new Verdict(
                null, false, ExhaustionBasis.NONE, Conclusion.NONE, List.of(), 0.5, "synthetic"),
            List.of(),
            List.of(),
            List.of());
    return new Analysis(zone, List.of(), List.of(host), hostFacts, Thresholds.DEFAULT);
  }
}
