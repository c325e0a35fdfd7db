package io.portex.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.model.Connection;
import io.portex.core.model.Endpoint;
import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.PortEvents;
import io.portex.core.model.Protocol;
import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import io.portex.core.model.Snapshot;
import io.portex.core.model.SourceRange;
import io.portex.core.model.TcpState;
import io.portex.core.model.TimeSource;
import io.portex.core.model.fact.TopTalkers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClassifierTest {

  private static final Instant T0 = Instant.parse("2026-03-11T10:00:00Z");
  private static final SourceRange SOURCE = new SourceRange("netstat.txt", 1, 100);

  /** A snapshot builder with ports handed out from the start of the dynamic range. */
  private static final class Host {
    private final Snapshot.Builder builder = new Snapshot.Builder();
    private int nextPort = 49152;

    Host add(int count, TcpState state, String remote, int pid) {
      for (int i = 0; i < count; i++) {
        int colon = remote.lastIndexOf(':');
        builder.add(
            new Connection(
                Protocol.TCP,
                Endpoint.of("10.0.0.5", nextPort++),
                Endpoint.of(
                    remote.substring(0, colon), Integer.parseInt(remote.substring(colon + 1))),
                state,
                pid,
                null));
      }
      return this;
    }

    Snapshot at(int minutes) {
      return builder.build(T0.plusSeconds(60L * minutes), TimeSource.CONTENT, SOURCE);
    }
  }

  private static Diagnosis classify(List<Snapshot> snapshots) {
    return classify(snapshots, List.of(), noEvents(), EphemeralCapacity.DEFAULT);
  }

  private static Diagnosis classify(
      List<Snapshot> snapshots,
      List<Series> series,
      List<PortEvents> events,
      EphemeralCapacity capacity) {
    return Classifier.diagnose(
        Timelines.of(snapshots, series, events, Timelines.rangeOf(capacity), null),
        Thresholds.DEFAULT);
  }

  private static List<PortEvents> noEvents() {
    return Timelines.noEvents();
  }

  private static List<PortEvents> events4231(long count) {
    List<PortEvents> events = new ArrayList<>(noEvents());
    events.set(1, new PortEvents(4231, count, T0, T0, List.of()));
    return events;
  }

  @Nested
  class TimeWait {

    @Test
    void firesAtTheThresholdWhenTimeWaitLeads() {
      Snapshot snapshot =
          new Host()
              .add(5000, TcpState.TIME_WAIT, "10.0.0.9:1433", 0)
              .add(300, TcpState.ESTABLISHED, "10.0.0.9:1433", 7)
              .at(0);

      Diagnosis result = classify(List.of(snapshot));

      assertThat(result.verdict().primary()).isEqualTo(Conclusion.TIME_WAIT_ACCUMULATION);
      assertThat(result.verdict().subtypes()).containsExactly(Subtype.TIME_WAIT_ACCUMULATION);
      assertThat(result.verdict().exhausted()).isFalse();
      Finding finding = result.findings().get(0);
      assertThat(finding.portsHeld()).isEqualTo(5000);
      assertThat(finding.measurements())
          .extracting(Measurement::name)
          .contains(
              "closes per second with TIME_WAIT 120 s (assumed)",
              "sustainable new connections per second with TIME_WAIT 240 s (assumed)");
      assertThat(finding.recommendations())
          .extracting(Recommendation::id)
          .containsExactly("reuse-connections", "shorten-time-wait", "widen-range");
      assertThat(finding.recommendations().get(1).caveats())
          .contains("reboot needed", "never 0: valid 30-300 (2-300 on 2012 R2 and later)");
    }

    @Test
    void doesNotFireBelowTheThresholdOrWhenAnotherStateLeads() {
      Snapshot below = new Host().add(4999, TcpState.TIME_WAIT, "10.0.0.9:1433", 0).at(0);
      Snapshot notLargest =
          new Host()
              .add(5000, TcpState.TIME_WAIT, "10.0.0.9:1433", 0)
              .add(5001, TcpState.ESTABLISHED, "10.0.0.8:443", 7)
              .at(0);

      assertThat(classify(List.of(below)).verdict().primary()).isEqualTo(Conclusion.NONE);
      assertThat(classify(List.of(notLargest)).verdict().subtypes())
          .doesNotContain(Subtype.TIME_WAIT_ACCUMULATION);
    }

    @Test
    void aTrendFileAloneIsEnoughAtLowerConfidence() {
      Series trend =
          new Series(
              "TIME_WAIT",
              "connections",
              null,
              List.of(new SeriesPoint(T0, 4000), new SeriesPoint(T0.plusSeconds(60), 6200)),
              new SourceRange("TimeWaitTrend_2026-03-11.csv", 2, 3));

      Diagnosis result = classify(List.of(), List.of(trend), noEvents(), EphemeralCapacity.DEFAULT);

      assertThat(result.verdict().primary()).isEqualTo(Conclusion.TIME_WAIT_ACCUMULATION);
      assertThat(result.findings().get(0).confidence()).isLessThan(0.9);
      assertThat(result.findings().get(0).evidence().get(0).time()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void theScriptsRankingNearestThePeakNamesTheDestination() {
      Series counts =
          new Series(
              Series.TIME_WAIT,
              "connections",
              null,
              List.of(new SeriesPoint(T0, 9000), new SeriesPoint(T0.plusSeconds(900), 6000)),
              new SourceRange("TimeWaitMonitor_2026-03-11.log", 2, 40));
      TopTalkers early = remotes(T0.minusSeconds(600), "10.0.0.1", 4000, 21);
      TopTalkers atPeak = remotes(T0.plusSeconds(60), "10.0.0.9", 8100, 30);
      TopTalkers late = remotes(T0.plusSeconds(900), "10.0.0.7", 5000, 39);

      Finding finding =
          Classifier.diagnose(
                  Timelines.of(
                      List.of(), List.of(counts), noEvents(), List.of(early, late, atPeak), null),
                  Thresholds.DEFAULT)
              .findings()
              .get(0);

      assertThat(finding.summary())
          .contains("up to 9,000 sockets in TIME_WAIT")
          .contains("the top remote address of its list nearest that peak is 10.0.0.9, with 8,100");
      assertThat(finding.evidence())
          .extracting(EvidenceRef::time)
          .containsExactly(T0, T0.plusSeconds(60));
      assertThat(finding.recommendations().get(0).action())
          .contains("Reuse connections to 10.0.0.9");
    }

    @Test
    void aRankingLoggedFarFromThePeakNamesNoDestination() {
      Series counts =
          new Series(
              Series.TIME_WAIT,
              "connections",
              null,
              List.of(new SeriesPoint(T0, 9000)),
              new SourceRange("TimeWaitMonitor_2026-03-11.log", 2, 2));
      TopTalkers hoursBefore = remotes(T0.minusSeconds(7200), "10.0.0.1", 4000, 21);

      Finding finding =
          Classifier.diagnose(
                  Timelines.of(List.of(), List.of(counts), noEvents(), List.of(hoursBefore), null),
                  Thresholds.DEFAULT)
              .findings()
              .get(0);

      assertThat(finding.summary()).doesNotContain("10.0.0.1");
      assertThat(finding.evidence()).hasSize(1);
    }

    private static TopTalkers remotes(Instant time, String top, long count, long line) {
      return new TopTalkers(
          time,
          TopTalkers.Kind.REMOTE_ADDRESS,
          List.of(new TopTalkers.Entry("10.0.0.2", 10), new TopTalkers.Entry(top, count)),
          new SourceRange("TimeWaitMonitor_2026-03-11.log", line, line + 2));
    }
  }

  @Nested
  class CloseWait {

    private Snapshot closeWait(int count, int minutes) {
      return new Host()
          .add(count, TcpState.CLOSE_WAIT, "10.0.0.7:8080", 4480)
          .add(100, TcpState.ESTABLISHED, "10.0.0.9:1433", 7)
          .at(minutes);
    }

    @Test
    void firesWhenGrowingOverThreePointsAndNamesTheProcess() {
      Diagnosis result =
          classify(List.of(closeWait(600, 0), closeWait(900, 60), closeWait(1200, 120)));

      assertThat(result.verdict().primary()).isEqualTo(Conclusion.CLOSE_WAIT_LEAK);
      Finding finding = result.findings().get(0);
      assertThat(finding.summary()).contains("PID 4480").contains("600 to 1,200");
      assertThat(finding.measurements())
          .filteredOn(m -> m.name().equals("CLOSE_WAIT growth per hour"))
          .extracting(Measurement::value)
          .containsExactly(300.0);
      assertThat(finding.recommendations().get(0).caveats())
          .contains("CLOSE_WAIT is always an application bug; no OS setting fixes it");
    }

    @Test
    void doesNotFireWithoutGrowthOrWithTooFewPoints() {
      assertThat(
              classify(List.of(closeWait(1500, 0), closeWait(1200, 60), closeWait(1100, 120)))
                  .verdict()
                  .subtypes())
          .doesNotContain(Subtype.CLOSE_WAIT_LEAK);
      assertThat(classify(List.of(closeWait(900, 0), closeWait(1500, 60))).verdict().subtypes())
          .doesNotContain(Subtype.CLOSE_WAIT_LEAK);
    }
  }

  @Test
  void highConnectionCountWhenEstablishedLeads() {
    Snapshot snapshot = new Host().add(10000, TcpState.ESTABLISHED, "10.0.0.9:443", 7).at(0);
    Snapshot spread =
        new Host()
            .add(4000, TcpState.ESTABLISHED, "10.0.0.9:443", 7)
            .add(4000, TcpState.ESTABLISHED, "10.0.0.10:443", 7)
            .add(2000, TcpState.ESTABLISHED, "10.0.0.11:443", 7)
            .at(0);

    assertThat(classify(List.of(spread)).verdict().subtypes())
        .containsExactly(Subtype.HIGH_CONNECTION_COUNT);
    assertThat(classify(List.of(snapshot)).verdict().subtypes())
        .containsExactly(Subtype.HIGH_CONNECTION_COUNT, Subtype.SINGLE_DESTINATION_SATURATION);
  }

  @Test
  void singleDestinationNeedsMostOfTheUsageAndHalfTheCapacity() {
    Snapshot saturated =
        new Host()
            .add(8300, TcpState.TIME_WAIT, "10.0.0.9:1433", 0)
            .add(900, TcpState.TIME_WAIT, "10.0.0.8:443", 0)
            .at(0);
    Snapshot small = new Host().add(3000, TcpState.ESTABLISHED, "10.0.0.9:1433", 7).at(0);

    Diagnosis result = classify(List.of(saturated));

    assertThat(result.verdict().subtypes())
        .containsExactly(Subtype.TIME_WAIT_ACCUMULATION, Subtype.SINGLE_DESTINATION_SATURATION);
    assertThat(result.verdict().primary()).isEqualTo(Conclusion.TIME_WAIT_ACCUMULATION);
    assertThat(result.verdict().combined()).isTrue();
    assertThat(classify(List.of(small)).verdict().subtypes()).isEmpty();
  }

  @Test
  void smallRangeFiresOnUsageOrOnEvents() {
    EphemeralCapacity range = new EphemeralCapacity(60000, 2000, 0, "netsh");
    Snapshot busy = new Host().add(0, TcpState.ESTABLISHED, "10.0.0.9:443", 7).at(0);
    Snapshot.Builder builder = new Snapshot.Builder();
    for (int port = 60000; port < 61700; port++) {
      builder.add(
          new Connection(
              Protocol.TCP,
              Endpoint.of("10.0.0.5", port),
              Endpoint.of("10.0.0." + (port % 200), 443),
              TcpState.ESTABLISHED,
              7,
              null));
    }
    Snapshot full = builder.build(T0, TimeSource.CONTENT, SOURCE);

    Diagnosis onUsage = classify(List.of(full), List.of(), noEvents(), range);
    Diagnosis onEvents = classify(List.of(busy), List.of(), events4231(3), range);

    assertThat(onUsage.verdict().subtypes()).containsExactly(Subtype.SMALL_PORT_RANGE);
    assertThat(onUsage.verdict().exhausted()).isFalse();
    assertThat(onEvents.verdict().subtypes()).containsExactly(Subtype.SMALL_PORT_RANGE);
    assertThat(onEvents.verdict().exhausted()).isTrue();
    assertThat(onEvents.findings().get(0).severity()).isEqualTo(Severity.CRITICAL);
  }

  @Test
  void exhaustedAtNinetyPercentOfCapacity() {
    Snapshot nearlyFull = new Host().add(14746, TcpState.TIME_WAIT, "10.0.0.9:1433", 0).at(0);
    Snapshot justBelow = new Host().add(14745, TcpState.TIME_WAIT, "10.0.0.9:1433", 0).at(0);

    assertThat(classify(List.of(nearlyFull)).verdict().exhausted()).isTrue();
    assertThat(classify(List.of(justBelow)).verdict().exhausted()).isFalse();
  }

  @Test
  void eventsWithoutConnectionDataAreInconclusiveButExhausted() {
    Diagnosis result = classify(List.of(), List.of(), events4231(12), EphemeralCapacity.DEFAULT);

    assertThat(result.verdict().primary()).isEqualTo(Conclusion.INCONCLUSIVE);
    assertThat(result.verdict().exhausted()).isTrue();
    assertThat(result.verdict().basis()).contains("12 Tcpip exhaustion events");
  }

  @Test
  void healthyHostIsNone() {
    Snapshot healthy =
        new Host()
            .add(800, TcpState.TIME_WAIT, "10.0.0.9:1433", 0)
            .add(200, TcpState.ESTABLISHED, "10.0.0.9:1433", 7)
            .at(0);

    Diagnosis result = classify(List.of(healthy));

    assertThat(result.verdict().primary()).isEqualTo(Conclusion.NONE);
    assertThat(result.verdict().subtypes()).isEmpty();
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void thresholdsAreOverridableByName() {
    Snapshot snapshot = new Host().add(3000, TcpState.TIME_WAIT, "10.0.0.9:1433", 0).at(0);
    Diagnosis result =
        Classifier.diagnose(
            Timelines.of(List.of(snapshot), List.of(), noEvents(), List.of(), 30L),
            Thresholds.DEFAULT.with("timewaitmin", 2500));

    assertThat(result.verdict().primary()).isEqualTo(Conclusion.TIME_WAIT_ACCUMULATION);
    assertThat(result.findings().get(0).measurements())
        .extracting(Measurement::name)
        .contains("closes per second with TIME_WAIT 30 s")
        .doesNotContain("closes per second with TIME_WAIT 120 s (assumed)");
  }
}
