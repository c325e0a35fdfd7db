package io.portex.core.format.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.DiagnosticSink;
import io.portex.core.model.SourceRange;
import io.portex.core.model.fact.PacketCapture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Memory stays bounded: past each cap connections are let go, counted and reported. */
class CaptureLimitsTest {

  private final DiagnosticSink diagnostics = new DiagnosticSink("limits.pcap", 100);

  private PacketCapture read(Traffic traffic, ConnectionTracker tracker) {
    CaptureTally tally = new CaptureTally("pcap", diagnostics, tracker);
    for (Traffic.Timed p : traffic.packets()) {
      tally.packet(p.nanos(), LinkType.RAW, p.ip(), 0, p.ip().length, 0);
    }
    return tally.finish(new SourceRange("limits.pcap", 1, 1));
  }

  private List<String> codes() {
    return diagnostics.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void pastTheOpenCapTheLeastRecentlyActiveConnectionIsLetGo() {
    Traffic t = new Traffic();
    for (int i = 0; i < 15; i++) {
      t.unanswered("10.0.0.1", 50000 + i, "10.0.0.8", 8080, Traffic.T0 + i * Traffic.MS, 1);
    }
    PacketCapture capture = read(t, new ConnectionTracker(10, 100, 100));
    assertThat(codes()).containsExactly("pcap.flow-limit");
    assertThat(diagnostics.diagnostics().get(0).message()).startsWith("5 connection(s)");
    assertThat(capture.hostTotals().attempts()).isEqualTo(15);
    // the five let go were still waiting for an answer: unanswered too
    assertThat(capture.hostTotals().unanswered()).isEqualTo(15);
  }

  @Test
  void pastTheClosedCapPortReuseMayBeUndercountedAndSaysSo() {
    Traffic t = new Traffic();
    for (int i = 0; i < 5; i++) {
      t.connection("10.0.0.1", 50000 + i, "10.0.0.5", 443, Traffic.T0 + i * 100 * Traffic.MS, true);
    }
    // the ports come back last closed first: the three closes still remembered are found
    for (int i = 0; i < 5; i++) {
      t.connection(
          "10.0.0.1", 50004 - i, "10.0.0.5", 443, Traffic.T0 + (10 + i) * 1000 * Traffic.MS, true);
    }
    PacketCapture capture = read(t, new ConnectionTracker(100, 3, 100));
    assertThat(codes()).containsExactly("pcap.closed-limit");
    assertThat(capture.hostTotals().reuse().total()).isEqualTo(3);
    assertThat(capture.hostTotals().reuse().within(30)).isEqualTo(3);
  }

  @Test
  void pastThePairCapConnectionsAreNotTallied() {
    Traffic t = new Traffic();
    for (int i = 0; i < 3; i++) {
      t.connection(
          "10.0.0.1", 50000 + i, "10.0.0." + (5 + i), 443, Traffic.T0 + i * Traffic.MS, true);
    }
    PacketCapture capture = read(t, new ConnectionTracker(100, 100, 2));
    assertThat(codes()).containsExactly("pcap.pair-limit");
    assertThat(capture.destinations()).hasSize(2);
  }

  @Test
  void portsUsedAgainAfterTheHorizonAreNotReuse() {
    Traffic t = new Traffic();
    t.connection("10.0.0.1", 50000, "10.0.0.5", 443, Traffic.T0, true);
    t.connection("10.0.0.1", 50001, "10.0.0.5", 443, Traffic.T0 + 200_000 * Traffic.MS, true);
    t.connection("10.0.0.1", 50000, "10.0.0.5", 443, Traffic.T0 + 300_100 * Traffic.MS, true);
    PacketCapture capture = read(t, new ConnectionTracker());
    assertThat(capture.hostTotals().reuse().total()).isZero();
    assertThat(codes()).isEmpty();
  }
}
