package io.portex.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.model.Connection;
import io.portex.core.model.Endpoint;
import io.portex.core.model.IpFamily;
import io.portex.core.model.PortEvents;
import io.portex.core.model.Protocol;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.SourceRange;
import io.portex.core.model.TcpState;
import io.portex.core.model.TimeSource;
import io.portex.core.model.fact.DynamicPortRange;
import io.portex.core.model.fact.Fact;
import io.portex.core.model.fact.ProcessImage;
import io.portex.core.timeline.ConnectionRates;
import io.portex.core.timeline.Timeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotesTest {

  private static final Instant T0 = Instant.parse("2026-03-11T10:00:00Z");
  private static final SourceRange SOURCE = new SourceRange("t.txt", 1, 1);

  private static Snapshot snapshot(int timeWait, int pid, Instant time) {
    Snapshot.Builder builder = new Snapshot.Builder();
    for (int i = 0; i < timeWait; i++) {
      builder.add(
          new Connection(
              Protocol.TCP,
              Endpoint.of("10.0.0.5", 49152 + i),
              Endpoint.of("10.0.0.9", 1433),
              TcpState.TIME_WAIT,
              pid,
              null));
    }
    return builder.build(time, TimeSource.CONTENT, SOURCE);
  }

  private static List<PortEvents> events(long count4231, Instant first, Instant last) {
    List<PortEvents> events = new ArrayList<>();
    for (int id : PortEvents.IDS) {
      events.add(
          id == 4231 && count4231 > 0
              ? new PortEvents(id, count4231, first, last, List.of())
              : new PortEvents(id, 0, null, null, List.of()));
    }
    return events;
  }

  private static Timeline situation(
      List<Snapshot> snapshots,
      List<Series> series,
      List<PortEvents> events,
      List<Fact> facts,
      Long delay) {
    return Timelines.of(snapshots, series, events, facts, delay);
  }

  @Test
  void eventsWithFewPortsInUseAndOutsideTheWindowAreCalledOut() {
    Timeline situation =
        situation(
            List.of(snapshot(500, 0, T0), snapshot(600, 0, T0.plusSeconds(600))),
            List.of(),
            events(4, T0.plusSeconds(7200), T0.plusSeconds(7300)),
            List.of(),
            null);

    assertThat(ConsistencyChecks.of(situation))
        .extracting(Note::code)
        .containsExactly("consistency.events-without-usage", "consistency.window-misses-events");
    assertThat(ConsistencyChecks.of(situation).get(0).command())
        .isEqualTo("netstat -anoq > netstat-anoq.txt");
  }

  @Test
  void perfmonEstablishedIsSaidToCountCloseWait() {
    Series established =
        new Series("\\TCPv4\\Connections Established", "connections", "WEB01", List.of(), SOURCE);

    assertThat(
            ConsistencyChecks.of(
                situation(List.of(), List.of(established), events(0, null, null), List.of(), null)))
        .extracting(Note::code)
        .containsExactly("consistency.perfmon-established");
  }

  @Test
  void thinEvidenceAsksForTheCommandsThatSettleIt() {
    Timeline nothing = situation(List.of(), List.of(), events(3, T0, T0), List.of(), null);

    assertThat(CollectNext.of(nothing, Thresholds.DEFAULT))
        .extracting(Note::code)
        .containsExactly("collect.snapshots", "collect.dynamic-range", "collect.time-wait-delay");
  }

  @Test
  void completeEvidenceAsksForNothing() {
    Timeline complete =
        situation(
            List.of(snapshot(100, 4242, T0)),
            List.of(),
            events(1, T0, T0),
            List.of(
                new DynamicPortRange(Protocol.TCP, IpFamily.IPV4, 49152, 16384, SOURCE),
                new ProcessImage(4242, "w3wp.exe", SOURCE)),
            240L);

    assertThat(CollectNext.of(complete, Thresholds.DEFAULT)).isEmpty();
  }

  @Test
  void consistencyNotesAreGradedByHowFarTheEventsLieFromTheSnapshots() {
    List<Snapshot> snapshots = List.of(snapshot(500, 0, T0), snapshot(600, 0, T0.plusSeconds(600)));
    Timeline minuteAfter =
        situation(
            snapshots,
            List.of(),
            events(4, T0.plusSeconds(660), T0.plusSeconds(700)),
            List.of(),
            null);
    Timeline halfHourAfter =
        situation(
            snapshots,
            List.of(),
            events(4, T0.plusSeconds(2400), T0.plusSeconds(2500)),
            List.of(),
            null);

    assertThat(ConsistencyChecks.of(minuteAfter))
        .extracting(Note::code)
        .doesNotContain("consistency.window-misses-events", "consistency.window-near-events");
    assertThat(ConsistencyChecks.of(halfHourAfter))
        .extracting(Note::code)
        .contains("consistency.window-near-events")
        .doesNotContain("consistency.window-misses-events");
    assertThat(
            ConsistencyChecks.of(halfHourAfter).stream()
                .filter(n -> n.code().equals("consistency.window-near-events"))
                .findFirst()
                .orElseThrow()
                .message())
        .contains("30 minutes after them");
    assertThat(ConsistencyChecks.of(halfHourAfter))
        .filteredOn(n -> n.code().startsWith("consistency.window"))
        .extracting(Note::severity)
        .containsExactly(NoteSeverity.INFO);
    Timeline twoHoursAfter =
        situation(
            snapshots,
            List.of(),
            events(4, T0.plusSeconds(7800), T0.plusSeconds(7900)),
            List.of(),
            null);
    assertThat(ConsistencyChecks.of(twoHoursAfter))
        .filteredOn(n -> n.code().startsWith("consistency.window"))
        .extracting(Note::severity)
        .containsExactly(NoteSeverity.WARNING);
  }

  @Test
  void eventsWithoutUsageWarnOnlyFarBelowHalfTheRange() {
    List<PortEvents> during = events(4, T0.plusSeconds(60), T0.plusSeconds(120));
    // 16,384 ports: 4,095 in use is just under a quarter, 4,096 just at it, 8,191 under half
    for (int[] row : new int[][] {{4095, 1}, {4096, 0}, {8191, 0}}) {
      Timeline timeline =
          situation(
              List.of(snapshot(row[0], 0, T0), snapshot(row[0], 0, T0.plusSeconds(300))),
              List.of(),
              during,
              List.of(),
              null);
      assertThat(ConsistencyChecks.of(timeline))
          .filteredOn(n -> n.code().equals("consistency.events-without-usage"))
          .extracting(Note::severity)
          .as("%d ports in use", row[0])
          .containsExactly(row[1] == 1 ? NoteSeverity.WARNING : NoteSeverity.INFO);
    }
  }

  @Test
  void aPartialCaptureCannotSupportNoneWithHighConfidence() {
    Timeline handful =
        situation(List.of(snapshot(12, 0, T0)), List.of(), events(0, null, null), List.of(), null);

    Diagnosis diagnosis = Classifier.diagnose(handful, Thresholds.DEFAULT);

    assertThat(diagnosis.verdict().primary()).isEqualTo(Conclusion.NONE);
    assertThat(diagnosis.verdict().confidence()).isEqualTo(Classifier.PARTIAL_CONFIDENCE);
    assertThat(diagnosis.verdict().basis())
        .contains("the capture looks partial (the largest snapshot holds only 12 TCP sockets)");
    assertThat(CollectNext.of(handful, Thresholds.DEFAULT))
        .extracting(Note::code)
        .contains("collect.complete-capture");
  }

  /** perfmon's Connections Active read as a rate: {@code perSecond} at each of the times. */
  private static Series opens(double perSecond, Instant... times) {
    List<io.portex.core.model.SeriesPoint> points = new ArrayList<>();
    for (Instant time : times) {
      points.add(new io.portex.core.model.SeriesPoint(time, perSecond));
    }
    return new Series(
        "\\TCPv4\\Connections Active (rate)", "connections/s", "WEB01", points, SOURCE);
  }

  private static List<Note> rateNotes(Timeline timeline) {
    return ConsistencyChecks.of(timeline).stream()
        .filter(n -> n.code().startsWith("consistency.rate"))
        .toList();
  }

  @Test
  void anOpeningRateAboveWhatTheRangeSustainsIsAWarning() {
    Instant peak = T0.plusSeconds(600);
    Timeline timeline =
        situation(
            List.of(snapshot(600, 0, peak)),
            List.of(opens(255, T0.plusSeconds(480), T0.plusSeconds(540), peak)),
            events(0, null, null),
            List.of(),
            240L);

    ConnectionRates rates = timeline.rates();
    assertThat(rates.measured().orElseThrow().perSecond()).isEqualTo(255.0);
    assertThat(rates.byDuration())
        .extracting(
            ConnectionRates.AtDuration::seconds,
            ConnectionRates.AtDuration::sustainable,
            ConnectionRates.AtDuration::littlesLaw,
            ConnectionRates.AtDuration::perfmonNearPeak)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(240L, 68.3, 2.5, 255.0));
    assertThat(rateNotes(timeline))
        .extracting(Note::code, Note::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "consistency.rate-above-sustainable", NoteSeverity.WARNING),
            org.assertj.core.groups.Tuple.tuple(
                "consistency.rates-disagree", NoteSeverity.WARNING));
    assertThat(rateNotes(timeline).get(0).message())
        .contains(
            "255 new outbound connections per second", "sustains 68.3/s with TIME_WAIT 240 s");
  }

  @Test
  void aboveOnlyTheLongerAssumedDurationIsAnInfo() {
    Timeline timeline =
        situation(
            List.of(),
            List.of(opens(100, T0, T0.plusSeconds(60))),
            events(0, null, null),
            List.of(),
            null);

    assertThat(rateNotes(timeline))
        .extracting(Note::code, Note::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "consistency.rate-above-sustainable", NoteSeverity.INFO));
  }

  @Test
  void perfmonAndLittlesLawDisagreeOnlyBeyondTwice() {
    Instant peak = T0.plusSeconds(600);
    // 12,000 TIME_WAIT over 240 s: 50 closes per second
    for (double[] row : new double[][] {{60, 0}, {100, 0}, {100.5, 1}, {251, 2}}) {
      Timeline timeline =
          situation(
              List.of(snapshot(12000, 0, peak)),
              List.of(opens(row[0], T0.plusSeconds(540), peak)),
              events(0, null, null),
              List.of(),
              240L);
      List<NoteSeverity> disagree =
          ConsistencyChecks.of(timeline).stream()
              .filter(n -> n.code().equals("consistency.rates-disagree"))
              .map(Note::severity)
              .toList();
      assertThat(disagree)
          .as("perfmon %s/s against 50/s", row[0])
          .isEqualTo(
              row[1] == 0
                  ? List.of()
                  : List.of(row[1] == 1 ? NoteSeverity.INFO : NoteSeverity.WARNING));
    }
  }

  @Test
  void withoutPerfmonOnlyLittlesLawIsKnownAndNothingIsNoted() {
    Timeline timeline =
        situation(
            List.of(snapshot(6000, 0, T0)), List.of(), events(0, null, null), List.of(), null);

    assertThat(timeline.rates().measured()).isEmpty();
    assertThat(timeline.rates().byDuration())
        .extracting(ConnectionRates.AtDuration::seconds, ConnectionRates.AtDuration::littlesLaw)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(120L, 50.0),
            org.assertj.core.groups.Tuple.tuple(240L, 25.0));
    assertThat(rateNotes(timeline)).isEmpty();
  }

  @Test
  void perfmonsZoneAgainstTzSaysWhichZoneToRerunWith() {
    Timeline timeline =
        situation(
            List.of(snapshot(100, 0, T0)),
            List.of(),
            events(0, null, null),
            List.of(
                new io.portex.core.model.fact.RecordedZone(
                    "W. Europe Standard Time", -60, new SourceRange("perfmon.csv", 1, 1))),
            null);

    Note note = ZoneHint.of(timeline, java.time.ZoneOffset.UTC).orElseThrow();
    assertThat(note.code()).isEqualTo("consistency.zone-differs");
    assertThat(note.severity()).isEqualTo(NoteSeverity.WARNING);
    assertThat(note.message())
        .startsWith("perfmon says W. Europe Standard Time (UTC+01:00, perfmon.csv:1)")
        .contains("read in Z (UTC+00:00)", "1 hour apart")
        .endsWith("rerun with --tz Europe/Berlin");
    // March 11 is winter time in Berlin and Paris: the same offset as perfmon's
    assertThat(ZoneHint.of(timeline, java.time.ZoneId.of("Europe/Berlin"))).isEmpty();
    assertThat(ZoneHint.of(timeline, java.time.ZoneId.of("Europe/Paris"))).isEmpty();
  }

  @Test
  void aZoneNameCldrDoesNotKnowGivesTheOffset() {
    Timeline timeline =
        situation(
            List.of(snapshot(100, 0, T0)),
            List.of(),
            events(0, null, null),
            List.of(
                new io.portex.core.model.fact.RecordedZone(
                    "Mitteleuropäische Zeit", -60, new SourceRange("perfmon.csv", 1, 1))),
            null);

    // March 11, 2026 is daylight saving time in New York already (from March 8)
    assertThat(
            ZoneHint.of(timeline, java.time.ZoneId.of("America/New_York")).orElseThrow().message())
        .contains("UTC-04:00", "5 hours apart")
        .endsWith("rerun with --tz set to that machine's zone (UTC+01:00)");
  }

  @Test
  void exhaustionBesideALowOpeningRateIsCalledOut() {
    // 16,384 ports, TIME_WAIT 240 s: 68.3/s sustained; half of it is 34.1
    for (double[] row : new double[][] {{30, 1}, {34.2, 0}}) {
      Timeline timeline =
          situation(
              List.of(),
              List.of(opens(row[0], T0, T0.plusSeconds(60))),
              events(3, T0, T0.plusSeconds(60)),
              List.of(),
              240L);
      assertThat(ConsistencyChecks.of(timeline))
          .extracting(Note::code)
          .as("perfmon %s/s", row[0])
          .filteredOn(code -> code.equals("consistency.rate-below-exhaustion"))
          .hasSize((int) row[1]);
    }
  }
}
