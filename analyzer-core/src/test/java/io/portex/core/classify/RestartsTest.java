package io.portex.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.model.Connection;
import io.portex.core.model.Endpoint;
import io.portex.core.model.PortEvents;
import io.portex.core.model.Protocol;
import io.portex.core.model.Snapshot;
import io.portex.core.model.SourceRange;
import io.portex.core.model.TcpState;
import io.portex.core.model.TimeSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CLOSE_WAIT leak across restarts: the finding names the process holding it now. */
class RestartsTest {

  private static final Instant T0 = Instant.parse("2026-03-11T08:00:00Z");

  /** A snapshot with {@code count} CLOSE_WAIT held by {@code image} under {@code pid}. */
  private static Snapshot at(int hour, int count, int pid, String image) {
    Snapshot.Builder builder = new Snapshot.Builder();
    for (int i = 0; i < count; i++) {
      builder.add(
          new Connection(
              Protocol.TCP,
              Endpoint.of("10.0.0.5", 49152 + i),
              Endpoint.of("10.0.0.7", 8080),
              TcpState.CLOSE_WAIT,
              pid,
              image));
    }
    for (int i = 0; i < 50; i++) {
      builder.add(
          new Connection(
              Protocol.TCP,
              Endpoint.of("10.0.0.5", 60000 + i),
              Endpoint.of("10.0.0.9", 1433),
              TcpState.ESTABLISHED,
              900,
              "sqlagent.exe"));
    }
    return builder.build(
        T0.plusSeconds(3600L * hour),
        TimeSource.CONTENT,
        new SourceRange("netstat_loop.txt", hour * 100L + 1, hour * 100L + 99));
  }

  private static Diagnosis diagnose(List<Snapshot> snapshots) {
    List<PortEvents> events = new ArrayList<>();
    for (int id : PortEvents.IDS) {
      events.add(new PortEvents(id, 0, null, null, List.of()));
    }
    return Classifier.diagnose(
        Timelines.of(snapshots, List.of(), events, List.of(), null), Thresholds.DEFAULT);
  }

  @Test
  void aSawtoothNamesTheProcessHoldingCloseWaitNowAndStatesTheRestart() {
    Diagnosis result =
        diagnose(
            List.of(
                at(0, 400, 4100, "java.exe"),
                at(1, 900, 4100, "java.exe"),
                at(2, 1500, 4100, "java.exe"),
                at(3, 20, 5200, "java.exe"),
                at(4, 600, 5200, "java.exe"),
                at(5, 1100, 5200, "java.exe"),
                at(6, 1600, 5200, "java.exe")));

    Finding finding = result.findings().get(0);
    assertThat(finding.subtype()).isEqualTo(Subtype.CLOSE_WAIT_LEAK);
    assertThat(finding.summary())
        .contains("grew from 20 to 1,600 over 4 snapshots")
        .contains("held by java.exe (PID 5200)")
        .contains("a restart of java.exe (PID 4100, then PID 5200)")
        .doesNotContain("held by java.exe (PID 4100)");
    assertThat(finding.measurement("closeWait.restarts").orElseThrow().value()).isEqualTo(1);
    assertThat(finding.evidence())
        .extracting(EvidenceRef::time)
        .contains(T0.plusSeconds(3 * 3600L));
  }

  @Test
  void aNewPidOfTheSameImageIsARestartEvenWithoutADrop() {
    List<Snapshot> snapshots =
        List.of(
            at(0, 1000, 4100, "java.exe"),
            at(1, 1200, 4100, "java.exe"),
            at(2, 1300, 5200, "java.exe"),
            at(3, 1400, 5200, "java.exe"));

    List<Restarts.Restart> restarts =
        Restarts.of(
            Timelines.of(snapshots, List.of(), List.of(), List.of(), null).timed(),
            io.portex.core.model.EphemeralCapacity.DEFAULT);

    assertThat(restarts).hasSize(1);
    assertThat(restarts.get(0).oldPid()).isEqualTo(4100);
    assertThat(restarts.get(0).newPid()).isEqualTo(5200);
    assertThat(restarts.get(0).at()).isEqualTo(T0.plusSeconds(2 * 3600L));
  }

  @Test
  void aLeakEndedByARestartIsStillFoundAndTheRestartSaid() {
    Diagnosis result =
        diagnose(
            List.of(
                at(0, 400, 4100, "java.exe"),
                at(1, 900, 4100, "java.exe"),
                at(2, 1500, 4100, "java.exe"),
                at(3, 10, 5200, "java.exe")));

    Finding finding = result.findings().get(0);
    assertThat(finding.summary())
        .contains("grew from 400 to 1,500")
        .contains("then a restart of java.exe (PID 4100, then PID 5200)");
  }

  @Test
  void aSmallFallIsNoRestart() {
    List<Snapshot> snapshots = List.of(at(0, 1000, 4100, "java.exe"), at(1, 950, 4100, "java.exe"));

    assertThat(
            Restarts.of(
                Timelines.of(snapshots, List.of(), List.of(), List.of(), null).timed(),
                io.portex.core.model.EphemeralCapacity.DEFAULT))
        .isEmpty();
  }
}
