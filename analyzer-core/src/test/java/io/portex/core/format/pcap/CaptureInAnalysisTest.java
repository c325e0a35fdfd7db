package io.portex.core.format.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.HostAnalysis;
import io.portex.core.TestInputs;
import io.portex.core.classify.Finding;
import io.portex.core.classify.Recommendation;
import io.portex.core.classify.Subtype;
import io.portex.core.classify.Thresholds;
import io.portex.core.model.Series;
import io.portex.core.model.fact.PacketCapture;
import io.portex.core.source.InputFile;
import io.portex.core.timeline.CaptureSeries;
import java.io.ByteArrayInputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A packet capture as evidence of its host: attributed by the netstat snapshots' local addresses,
 * its measured rates on the host's timeline and in the TIME_WAIT finding, its failing destination
 * named.
 */
class CaptureInAnalysisTest {

  private static InputFile file(String name, byte[] bytes) {
    return InputFile.of(
        name, bytes.length, TestInputs.FIXED_MTIME, () -> new ByteArrayInputStream(bytes));
  }

  /** A {@code netstat -ano} table of {@code local} with {@code timeWait} TIME_WAIT rows. */
  private static InputFile netstat(String name, String local, int timeWait) {
    StringBuilder out = new StringBuilder("\r\nActive Connections\r\n\r\n");
    out.append("  Proto  Local Address          Foreign Address        State           PID\r\n");
    int port = 49152;
    for (int i = 0; i < timeWait; i++) {
      out.append(
          String.format(
              "  TCP    %s:%d        10.0.0.9:1433          TIME_WAIT       0\r\n", local, port++));
    }
    for (int i = 0; i < 50; i++) {
      out.append(
          String.format(
              "  TCP    %s:%d        10.0.0.9:1433          ESTABLISHED     4711\r\n",
              local, port++));
    }
    return file(name, out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A capture of {@code client} opening 40 connections to 10.0.0.9:1433 over 10 s, the first FIN
   * sent by the client in {@code clientCloses} of them, and {@code refused} refused attempts to
   * 10.0.0.8:8080.
   */
  private static InputFile capture(String name, String client, int clientCloses, int refused) {
    Traffic traffic = new Traffic();
    for (int i = 0; i < 40; i++) {
      traffic.connection(
          client, 50000 + i, "10.0.0.9", 1433, Traffic.T0 + i * 250 * Traffic.MS, i < clientCloses);
    }
    for (int i = 0; i < refused; i++) {
      traffic.refused(client, 51000 + i, "10.0.0.8", 8080, Traffic.T0 + i * 500 * Traffic.MS);
    }
    return file(
        name,
        CaptureWriter.pcap(
            PcapReaderTest.ethernet(traffic),
            LinkType.ETHERNET,
            ByteOrder.LITTLE_ENDIAN,
            false,
            65535));
  }

  private static Analysis analyze(InputFile... files) {
    return TestInputs.analyzer().analyzeInputs(List.of(files));
  }

  /** The TIME_WAIT finding on 10.0.0.5 with 6,000 TIME_WAIT sockets, beside these inputs. */
  private static Finding timeWait(InputFile... captures) {
    List<InputFile> files = new ArrayList<>(List.of(captures));
    files.add(0, netstat("ticket/WEB01/netstat_20260311_101500.txt", "10.0.0.5", 6000));
    return TestInputs.analyzer().analyzeInputs(files).hosts().get(0).findings().stream()
        .filter(f -> f.subtype() == Subtype.TIME_WAIT_ACCUMULATION)
        .findFirst()
        .orElseThrow();
  }

  private static List<String> recommendations(Finding finding) {
    return finding.recommendations().stream().map(Recommendation::id).toList();
  }

  @Test
  void theCaptureGoesToTheHostWhoseSnapshotsHoldItsAddressWhateverItsFolder() {
    Analysis analysis =
        analyze(
            netstat("ticket/WEB01/netstat_20260311_101500.txt", "10.0.0.5", 6000),
            netstat("ticket/WEB02/netstat_20260311_101500.txt", "10.0.0.6", 300),
            capture("ticket/WEB02/trace.pcap", "10.0.0.5", 40, 0));

    assertThat(analysis.host("WEB01").orElseThrow().timeline().facts(PacketCapture.class))
        .extracting(PacketCapture::host)
        .containsExactly("10.0.0.5");
    assertThat(analysis.host("WEB02").orElseThrow().timeline().facts(PacketCapture.class))
        .isEmpty();
  }

  @Test
  void withOneHostTheCaptureIsItsEvenWhenNoAddressMatches() {
    Analysis analysis =
        analyze(
            netstat("ticket/WEB01/netstat_20260311_101500.txt", "10.0.0.5", 6000),
            capture("ticket/PktMon_SQL07.pcap", "192.168.1.20", 40, 0));

    assertThat(analysis.hostNames()).containsExactly("WEB01");
    assertThat(analysis.timeline().capture()).map(PacketCapture::host).contains("192.168.1.20");
  }

  @Test
  void theMeasuredOpenRateIsASeriesOfTheHostsTimeline() {
    Analysis analysis =
        analyze(
            netstat("ticket/WEB01/netstat_20260311_101500.txt", "10.0.0.5", 6000),
            capture("ticket/WEB01/trace.pcap", "10.0.0.5", 40, 4));

    List<Series> measured =
        analysis.timeline().series().stream()
            .filter(s -> s.unit().equals(CaptureSeries.PER_SECOND))
            .toList();
    assertThat(measured)
        .extracting(Series::name)
        .containsExactly(CaptureSeries.ATTEMPTS, CaptureSeries.FAILED);
    assertThat(measured).allSatisfy(s -> assertThat(s.host()).isNull());
    assertThat(measured.get(0).source().file()).isEqualTo("ticket/WEB01/trace.pcap");
    // 4 connections a second for 10 s, plus a refused attempt every other second for 2 s
    List<Double> attempts = new ArrayList<>();
    measured.get(0).points().forEach(p -> attempts.add(p.value()));
    assertThat(attempts).hasSize(10).startsWith(6.0, 6.0, 4.0).endsWith(4.0);
    assertThat(measured.get(1).points().get(0).value()).isEqualTo(2.0);
  }

  @Test
  void whenThisHostClosesFirstShortenTimeWaitIsKeptBesideTheMeasuredRates() {
    Finding finding = timeWait(capture("ticket/WEB01/trace.pcap", "10.0.0.5", 30, 0));

    assertThat(finding.measurement("hostClosesFirst.capture").orElseThrow().value())
        .isEqualTo(0.75);
    assertThat(finding.measurement("hostClosesFirst.capture").orElseThrow().thresholdName())
        .isEqualTo(Thresholds.HOST_CLOSES_FIRST_SHARE.name());
    assertThat(finding.measurement("openRate.capture").orElseThrow().value()).isGreaterThan(3.9);
    assertThat(finding.measurement("closeRate.capture")).isPresent();
    assertThat(finding.measurement("closeRate.timeWait240s")).isPresent();
    assertThat(recommendations(finding)).contains("shorten-time-wait");
    assertThat(finding.summary()).contains("this host sent the first FIN of 30 of 40");
  }

  @Test
  void whenTheRemoteSideClosesFirstShortenTimeWaitIsDropped() {
    Finding finding = timeWait(capture("ticket/WEB01/trace.pcap", "10.0.0.5", 10, 0));

    assertThat(finding.measurement("hostClosesFirst.capture").orElseThrow().value())
        .isEqualTo(0.25);
    assertThat(recommendations(finding))
        .containsExactly("reuse-connections", "widen-range")
        .doesNotContain("shorten-time-wait");
    assertThat(finding.summary()).contains("the remote side mostly closes first");
  }

  @Test
  void withoutACaptureShortenTimeWaitStays() {
    Finding finding = timeWait();

    assertThat(recommendations(finding))
        .containsExactly("reuse-connections", "shorten-time-wait", "widen-range");
    assertThat(finding.measurement("hostClosesFirst.capture")).isEmpty();
  }

  @Test
  void theRefusedDestinationIsNamedInANote() {
    HostAnalysis host =
        analyze(
                netstat("ticket/WEB01/netstat_20260311_101500.txt", "10.0.0.5", 6000),
                capture("ticket/WEB01/trace.pcap", "10.0.0.5", 40, 4))
            .hosts()
            .get(0);

    assertThat(host.consistency())
        .filteredOn(n -> n.code().equals("capture.failing-destination"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.message()).contains("4 of 44", "(100 %) towards 10.0.0.8:8080");
              assertThat(n.command())
                  .isEqualTo("Test-NetConnection -ComputerName 10.0.0.8 -Port 8080");
            });
  }
}
