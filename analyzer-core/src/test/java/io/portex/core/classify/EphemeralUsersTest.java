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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every rule at its threshold, counting only ephemeral users (SPEC §3): sockets whose local port
 * lies in the dynamic range; inbound connections to a listener beside them never count.
 */
class EphemeralUsersTest {

  private static final Instant T0 = Instant.parse("2026-03-11T10:00:00Z");

  /** Sockets of one host: outbound ones from the dynamic range, inbound ones on :443. */
  private static final class Host {
    private final Snapshot.Builder builder = new Snapshot.Builder();
    private int nextPort = 49152;
    private int nextClient = 1;

    Host outbound(int count, TcpState state, String remote, int pid) {
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

    /** Connections from clients to the listener on :443 (the listener itself included). */
    Host inbound(int count, TcpState state, int pid) {
      for (int i = 0; i < count; i++) {
        int client = nextClient++;
        builder.add(
            new Connection(
                Protocol.TCP,
                Endpoint.of("10.0.0.5", 443),
                Endpoint.of("10.1." + (client / 250) + "." + (client % 250), 50000 + client % 9000),
                state,
                pid,
                null));
      }
      return this;
    }

    Host named(int count, TcpState state, int pid, String image) {
      for (int i = 0; i < count; i++) {
        builder.add(
            new Connection(
                Protocol.TCP,
                Endpoint.of("10.0.0.5", nextPort++),
                state == TcpState.BOUND ? Endpoint.of("0.0.0.0", 0) : Endpoint.of("10.0.0.7", 8080),
                state,
                pid,
                image));
      }
      return this;
    }

    Snapshot at(int minutes) {
      return builder.build(
          T0.plusSeconds(60L * minutes),
          TimeSource.CONTENT,
          new SourceRange("netstat.txt", minutes + 1L, minutes + 1L));
    }
  }

  private static List<PortEvents> noEvents() {
    List<PortEvents> events = new ArrayList<>();
    for (int id : PortEvents.IDS) {
      events.add(new PortEvents(id, 0, null, null, List.of()));
    }
    return events;
  }

  private static Diagnosis diagnose(Snapshot... snapshots) {
    return Classifier.diagnose(
        Timelines.of(List.of(snapshots), List.of(), noEvents(), List.of(), null),
        Thresholds.DEFAULT);
  }

  @Nested
  class TimeWait {

    @Test
    void fourThousandNineHundredNinetyNineEphemeralBeside9000InboundIsNone() {
      Diagnosis result =
          diagnose(
              new Host()
                  .outbound(4999, TcpState.TIME_WAIT, "10.0.0.9:1433", 0)
                  .inbound(9000, TcpState.TIME_WAIT, 0)
                  .at(0));

      assertThat(result.verdict().primary()).isEqualTo(Conclusion.NONE);
      assertThat(result.findings()).isEmpty();
    }

    @Test
    void fiveThousandEphemeralBeside9000InboundFiresOnTheEphemeralCount() {
      Diagnosis result =
          diagnose(
              new Host()
                  .outbound(5000, TcpState.TIME_WAIT, "10.0.0.9:1433", 0)
                  .inbound(9000, TcpState.TIME_WAIT, 0)
                  .at(0));

      assertThat(result.verdict().primary()).isEqualTo(Conclusion.TIME_WAIT_ACCUMULATION);
      Measurement tested = result.findings().get(0).measurement("timeWait.atPeak").orElseThrow();
      assertThat(tested.value()).isEqualTo(5000);
      assertThat(tested.thresholdName()).isEqualTo("timeWaitMin");
      assertThat(tested.threshold()).isEqualTo(5000);
      assertThat(result.findings().get(0).portsHeld()).isEqualTo(5000);
    }
  }

  @Nested
  class Established {

    @Test
    void aBusyFrontEndOn443IsNone() {
      Diagnosis result =
          diagnose(
              new Host()
                  .inbound(12000, TcpState.ESTABLISHED, 4)
                  .outbound(500, TcpState.ESTABLISHED, "10.0.0.9:1433", 7)
                  .at(0));

      assertThat(result.verdict().primary()).isEqualTo(Conclusion.NONE);
      assertThat(result.verdict().exhausted()).isFalse();
    }

    @Test
    void firesAtTenThousandEphemeralAndNotOneBelow() {
      Snapshot below =
          new Host()
              .outbound(5000, TcpState.ESTABLISHED, "10.0.0.9:443", 7)
              .outbound(4999, TcpState.ESTABLISHED, "10.0.0.8:443", 7)
              .inbound(9000, TcpState.ESTABLISHED, 4)
              .at(0);
      Snapshot at =
          new Host()
              .outbound(5000, TcpState.ESTABLISHED, "10.0.0.9:443", 7)
              .outbound(5000, TcpState.ESTABLISHED, "10.0.0.8:443", 7)
              .inbound(9000, TcpState.ESTABLISHED, 4)
              .at(0);

      assertThat(diagnose(below).verdict().subtypes())
          .doesNotContain(Subtype.HIGH_CONNECTION_COUNT);
      assertThat(diagnose(at).verdict().subtypes()).contains(Subtype.HIGH_CONNECTION_COUNT);
      assertThat(
              diagnose(at)
                  .findings()
                  .get(0)
                  .measurement("established.atPeak")
                  .orElseThrow()
                  .value())
          .isEqualTo(10000);
    }
  }

  @Nested
  class CloseWait {

    private Snapshot closeWait(int ephemeral, int minutes) {
      return new Host()
          .named(ephemeral, TcpState.CLOSE_WAIT, 4100, "java.exe")
          .inbound(3000, TcpState.CLOSE_WAIT, 4)
          .at(minutes);
    }

    @Test
    void firesAtAThousandEphemeralAtTheEndOfTheGrowthAndNotOneBelow() {
      Diagnosis below = diagnose(closeWait(500, 0), closeWait(800, 10), closeWait(999, 20));
      Diagnosis at = diagnose(closeWait(500, 0), closeWait(800, 10), closeWait(1000, 20));

      assertThat(below.verdict().subtypes()).doesNotContain(Subtype.CLOSE_WAIT_LEAK);
      assertThat(at.verdict().subtypes()).containsExactly(Subtype.CLOSE_WAIT_LEAK);
      assertThat(at.findings().get(0).summary()).contains("java.exe (PID 4100)");
    }
  }

  @Nested
  class Bound {

    @Test
    void firesAtAThousandEphemeralBoundAndNamesTheProcess() {
      Snapshot below =
          new Host()
              .named(999, TcpState.BOUND, 2288, "agent.exe")
              .outbound(300, TcpState.ESTABLISHED, "10.0.0.9:443", 7)
              .at(0);
      Snapshot at =
          new Host()
              .named(1000, TcpState.BOUND, 2288, "agent.exe")
              .outbound(300, TcpState.ESTABLISHED, "10.0.0.9:443", 7)
              .at(0);

      assertThat(diagnose(below).verdict().subtypes()).doesNotContain(Subtype.BOUND_PORT_LEAK);
      Diagnosis result = diagnose(at);
      assertThat(result.verdict().primary()).isEqualTo(Conclusion.BOUND_PORT_LEAK);
      Finding finding = result.findings().get(0);
      assertThat(finding.summary()).contains("agent.exe (PID 2288) holds 1,000");
      assertThat(finding.measurement("bound.atPeak").orElseThrow().thresholdName())
          .isEqualTo("boundMin");
      assertThat(finding.recommendations())
          .extracting(Recommendation::id)
          .containsExactly("find-bound-process", "vendor-fix", "restart-process");
      assertThat(finding.recommendations().get(2).action()).contains("agent.exe (PID 2288)");
    }

    @Test
    void boundSpreadOverProcessesNamesNone() {
      Diagnosis result =
          diagnose(
              new Host()
                  .named(700, TcpState.BOUND, 2288, "agent.exe")
                  .named(700, TcpState.BOUND, 3300, "backup.exe")
                  .named(700, TcpState.BOUND, 4400, "scan.exe")
                  .at(0));

      Finding finding = result.findings().get(0);
      assertThat(finding.subtype()).isEqualTo(Subtype.BOUND_PORT_LEAK);
      assertThat(finding.summary()).contains("spread over 3 process(es)");
      assertThat(finding.recommendations().get(2).action())
          .isEqualTo("Restart the process holding them to release its BOUND ports now");
    }

    @Test
    void boundOutsideTheDynamicRangeIsNoLeak() {
      Snapshot.Builder builder = new Snapshot.Builder();
      for (int port = 20000; port < 22000; port++) {
        builder.add(
            new Connection(
                Protocol.TCP,
                Endpoint.of("0.0.0.0", port),
                Endpoint.of("0.0.0.0", 0),
                TcpState.BOUND,
                2288,
                "agent.exe"));
      }
      Snapshot snapshot =
          builder.build(T0, TimeSource.CONTENT, new SourceRange("netstat.txt", 1, 1));

      assertThat(diagnose(snapshot).verdict().primary()).isEqualTo(Conclusion.NONE);
    }
  }
}
