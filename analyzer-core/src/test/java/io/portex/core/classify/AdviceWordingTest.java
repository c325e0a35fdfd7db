package io.portex.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.model.Connection;
import io.portex.core.model.Endpoint;
import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.EventRecord;
import io.portex.core.model.PortEvents;
import io.portex.core.model.Protocol;
import io.portex.core.model.Snapshot;
import io.portex.core.model.SourceRange;
import io.portex.core.model.TcpState;
import io.portex.core.model.TimeSource;
import io.portex.core.model.fact.Fact;
import io.portex.core.model.fact.RegistryValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Advice aimed where the evidence points and worded from the numbers: one test per rule, the case
 * that contradicted it as the fixture.
 */
class AdviceWordingTest {

  private static final Instant T0 = Instant.parse("2026-03-11T10:00:00Z");
  private static final SourceRange SOURCE = new SourceRange("netstat.txt", 1, 100);

  /** Sockets from consecutive local ports, from {@code firstPort}. */
  private static final class Sockets {
    private final Snapshot.Builder builder = new Snapshot.Builder();
    private int nextPort;

    Sockets(int firstPort) {
      nextPort = firstPort;
    }

    Sockets add(int count, TcpState state, String host, int port, int pid) {
      for (int i = 0; i < count; i++) {
        builder.add(
            new Connection(
                Protocol.TCP,
                Endpoint.of("10.0.0.5", nextPort++),
                Endpoint.of(host, port),
                state,
                pid,
                null));
      }
      return this;
    }

    Snapshot snapshot() {
      return builder.build(T0, TimeSource.CONTENT, SOURCE);
    }
  }

  private static Diagnosis diagnose(Snapshot snapshot, List<Fact> facts, List<PortEvents> events) {
    return Classifier.diagnose(
        Timelines.of(
            snapshot == null ? List.of() : List.of(snapshot), List.of(), events, facts, null),
        Thresholds.DEFAULT);
  }

  private static List<PortEvents> noEvents() {
    return Timelines.noEvents();
  }

  private static Recommendation recommendation(Diagnosis diagnosis, String id) {
    return diagnosis.findings().stream()
        .flatMap(f -> f.recommendations().stream())
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** 431 of 5,969 TIME_WAIT towards one of 40 SQL Servers: spread, not "reuse connections to". */
  @Test
  void aDestinationBelowHalfOfTheSocketsIsNotNamed() {
    Sockets sockets = new Sockets(49152).add(431, TcpState.TIME_WAIT, "10.155.113.235", 1433, 0);
    for (int i = 1; i < 40; i++) {
      sockets.add(142, TcpState.TIME_WAIT, "10.155.113." + i, 1433, 0);
    }
    Diagnosis diagnosis = diagnose(sockets.snapshot(), List.of(), noEvents());
    Finding finding = diagnosis.findings().get(0);
    assertThat(finding.subtype()).isEqualTo(Subtype.TIME_WAIT_ACCUMULATION);
    String action = recommendation(diagnosis, "reuse-connections").action();
    assertThat(action)
        .startsWith("Reuse connections (SQL Server on port 1433), spread over 40 destinations")
        .contains("top 5 of 5,969 sockets: 10.155.113.235:1433 7.2 %")
        .contains("Max Pool Size")
        .doesNotContain("keep-alive")
        .doesNotContain("Reuse connections to");
    assertThat(finding.summary()).doesNotContain("towards 10.155.113.235");
  }

  @Test
  void aDestinationWithHalfOfTheSocketsIsNamedWithItsServiceAdvice() {
    Sockets sockets =
        new Sockets(49152)
            .add(3000, TcpState.TIME_WAIT, "10.0.0.9", 443, 0)
            .add(2999, TcpState.TIME_WAIT, "10.0.0.8", 443, 0);
    Diagnosis diagnosis = diagnose(sockets.snapshot(), List.of(), noEvents());
    assertThat(recommendation(diagnosis, "reuse-connections").action())
        .startsWith("Reuse connections to 10.0.0.9:443 (HTTP on port 443)")
        .contains("HttpClient")
        .contains("SocketsHttpHandler")
        .contains("ServicePointManager");
    assertThat(diagnosis.findings().get(0).summary()).contains("3,000 of them (50 %) towards");
  }

  @Test
  void ldapAndSmbAndOtherPortsGetTheirOwnAdvice() {
    assertThat(ServiceAdvice.forPort(636)).isEqualTo(ServiceAdvice.LDAP);
    assertThat(ServiceAdvice.forPort(445)).isEqualTo(ServiceAdvice.SMB);
    assertThat(ServiceAdvice.forPort(5672)).isEqualTo(ServiceAdvice.GENERIC);
    assertThat(ServiceAdvice.forPort(null)).isEqualTo(ServiceAdvice.GENERIC);
  }

  /** 12,000 ESTABLISHED of 16,384: the load needs 73 % of the range, not "more than it holds". */
  @Test
  void highConnectionCountSaysTheShareOfTheRangeItNeeds() {
    Sockets sockets = new Sockets(49152);
    for (int i = 0; i < 12; i++) {
      sockets.add(1000, TcpState.ESTABLISHED, "10.2.0." + i, 8080, 100 + i);
    }
    Diagnosis diagnosis = diagnose(sockets.snapshot(), List.of(), noEvents());
    Finding finding = diagnosis.findings().get(0);
    assertThat(finding.subtype()).isEqualTo(Subtype.HIGH_CONNECTION_COUNT);
    assertThat(finding.summary())
        .contains("needs 73 % of the 16,384 ports the range holds")
        .doesNotContain("more ports than the range holds")
        .doesNotContain("most of them held by");
    assertThat(recommendation(diagnosis, "pool-connections").action())
        .contains("spread over 12 destinations");
  }

  /** A small range fires because its capacity is below the default: "< 16,384", met. */
  @Test
  void aBelowThresholdIsPrintedAsBelowAndMetWhenTheRuleFired() {
    EphemeralCapacity small = new EphemeralCapacity(60000, 2000, 0, "netsh");
    Snapshot snapshot =
        new Sockets(60000).add(1900, TcpState.ESTABLISHED, "10.0.0.9", 1433, 7).snapshot();
    Diagnosis diagnosis = diagnose(snapshot, Timelines.rangeOf(small), noEvents());
    Measurement capacity =
        diagnosis.findings().stream()
            .filter(f -> f.subtype() == Subtype.SMALL_PORT_RANGE)
            .findFirst()
            .orElseThrow()
            .measurement("capacity.effective")
            .orElseThrow();
    assertThat(capacity.comparison()).isEqualTo(Measurement.Comparison.BELOW);
    assertThat(capacity.comparison().symbol()).isEqualTo("<");
    assertThat(capacity.met()).isTrue();
  }

  /** Server 2003 with MaxUserPort: the range is widened in the registry, never with netsh. */
  @Test
  void aLegacySystemIsToldToSetMaxUserPortAndReboot() {
    Snapshot snapshot =
        new Sockets(1100).add(3500, TcpState.TIME_WAIT, "10.0.0.9", 1433, 0).snapshot();
    List<Fact> facts =
        List.of(
            new RegistryValue(
                "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters",
                "MaxUserPort",
                5000,
                new SourceRange("reg.txt", 3, 3)));
    Thresholds lower = Thresholds.DEFAULT.with("timeWaitMin", 3000);
    Diagnosis diagnosis =
        Classifier.diagnose(
            Timelines.of(List.of(snapshot), List.of(), noEvents(), facts, null), lower);
    Recommendation widen = recommendation(diagnosis, "widen-range");
    assertThat(widen.commands())
        .extracting(Command::line)
        .anyMatch(l -> l.startsWith("reg add") && l.contains("/v MaxUserPort"))
        .noneMatch(l -> l.contains("netsh"));
    assertThat(widen.caveats()).anyMatch(c -> c.contains("reboot"));
    assertThat(diagnosis.findings())
        .flatMap(Finding::recommendations)
        .noneMatch(r -> r.action().contains("netsh"))
        .flatMap(Recommendation::commands)
        .noneMatch(c -> c.line().contains("netsh"));
  }

  /** Nine 4227 events, seven naming one endpoint: the INCONCLUSIVE verdict names it. */
  @Test
  void anInconclusiveVerdictNamesTheEndpointMost4227EventsName() {
    List<EventRecord> records = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      records.add(
          new EventRecord(
              "Tcpip",
              4227,
              32768,
              3,
              T0.plusSeconds(60L * i),
              "SQL01",
              i,
              "System",
              List.of("", i < 7 ? "10.90.4.12:1433" : "10.90.4." + i + ":1433"),
              new SourceRange("events.xml", i + 1, i + 1)));
    }
    List<PortEvents> events = new ArrayList<>(noEvents());
    events.set(0, new PortEvents(4227, 9, T0, T0.plusSeconds(480), records));
    Diagnosis diagnosis = diagnose(null, List.of(), events);
    assertThat(diagnosis.verdict().primary()).isEqualTo(Conclusion.INCONCLUSIVE);
    assertThat(diagnosis.verdict().basis())
        .contains(
            "7 of the 9 Tcpip 4227 events read name 10.90.4.12:1433 (SQL Server on port 1433)");

    records.replaceAll(
        r ->
            new EventRecord(
                r.provider(),
                4227,
                32768,
                3,
                r.time(),
                "SQL01",
                r.recordId(),
                "System",
                List.of("", "10.90.4." + r.recordId() + ":1433"),
                r.source()));
    events.set(0, new PortEvents(4227, 9, T0, T0.plusSeconds(480), records));
    assertThat(diagnose(null, List.of(), events).verdict().basis())
        .doesNotContain("events read name");
  }
}
