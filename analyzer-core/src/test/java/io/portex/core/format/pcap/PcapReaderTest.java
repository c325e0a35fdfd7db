package io.portex.core.format.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.diag.Severity;
import io.portex.core.model.fact.CaptureDestination;
import io.portex.core.model.fact.PacketCapture;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PcapReaderTest {

  static List<CaptureWriter.Packet> ethernet(Traffic traffic) {
    return traffic.packets().stream()
        .map(p -> new CaptureWriter.Packet(p.nanos(), Packets.ethernet(p.ip(), 0)))
        .toList();
  }

  static PacketCapture standard() {
    byte[] file =
        CaptureWriter.pcap(
            ethernet(Traffic.standard()), LinkType.ETHERNET, ByteOrder.LITTLE_ENDIAN, false, 65535);
    CaptureReading reading = CaptureReading.of("standard.pcap", file);
    assertThat(reading.format()).isEqualTo("pcap");
    assertThat(reading.diagnostics()).isEmpty();
    return reading.capture();
  }

  @Test
  void theHostIsTheAddressThatOpensMostConnections() {
    PacketCapture capture = standard();
    assertThat(capture.host()).isEqualTo("10.0.0.1");
    assertThat(capture.inboundConnections()).isEqualTo(1);
    assertThat(capture.otherConnections()).isEqualTo(2);
    assertThat(capture.otherClients()).isEqualTo(2);
    assertThat(capture.first()).isEqualTo(Instant.parse("2026-03-11T09:00:00Z"));
    assertThat(capture.last()).isEqualTo(Instant.parse("2026-03-11T09:00:10.032Z"));
    // 6×8 + 3×8 + 2×2 + 3 + 4 to the host's destinations, 8 inbound, 2×8 over IPv6, 2 UDP
    assertThat(capture.packets()).isEqualTo(new PacketCapture.Packets(109, 0, 107, 2, 0, 0));
  }

  @Test
  void perDestinationFiguresFollowEachConnection() {
    PacketCapture capture = standard();
    assertThat(capture.destinations())
        .extracting(CaptureDestination::endpoint)
        .containsExactly(
            "10.0.0.5:443", "10.0.0.6:1433", "10.0.0.7:80", "10.0.0.10:5000", "10.0.0.8:8080");
    CaptureDestination web = capture.destination("10.0.0.5:443").orElseThrow();
    assertThat(DestinationText.of(web))
        .isEqualTo(
            "10.0.0.5:443 attempts=6 syn=6 synRetx=0 synAck=6 handshakes=6 refused=0"
                + " unanswered=0 rst=0 hostFin=6 remoteFin=0 rstBeforeFin=0 open=0 mid=0"
                + " durations=6/31ms/31ms reuse=1/1/0");
    assertThat(DestinationText.of(capture.destination("10.0.0.6:1433").orElseThrow()))
        .isEqualTo(
            "10.0.0.6:1433 attempts=3 syn=3 synRetx=0 synAck=3 handshakes=3 refused=0"
                + " unanswered=0 rst=0 hostFin=0 remoteFin=3 rstBeforeFin=0 open=0 mid=0"
                + " durations=3/31ms/31ms reuse=0/0/0");
    assertThat(DestinationText.of(capture.destination("10.0.0.7:80").orElseThrow()))
        .isEqualTo(
            "10.0.0.7:80 attempts=2 syn=2 synRetx=0 synAck=0 handshakes=0 refused=2"
                + " unanswered=0 rst=2 hostFin=0 remoteFin=0 rstBeforeFin=0 open=0 mid=0"
                + " durations=0/0ms/0ms reuse=0/0/0");
    assertThat(DestinationText.of(capture.destination("10.0.0.8:8080").orElseThrow()))
        .isEqualTo(
            "10.0.0.8:8080 attempts=1 syn=3 synRetx=2 synAck=0 handshakes=0 refused=0"
                + " unanswered=1 rst=0 hostFin=0 remoteFin=0 rstBeforeFin=0 open=0 mid=0"
                + " durations=0/0ms/0ms reuse=0/0/0");
    assertThat(DestinationText.of(capture.destination("10.0.0.10:5000").orElseThrow()))
        .isEqualTo(
            "10.0.0.10:5000 attempts=1 syn=1 synRetx=0 synAck=1 handshakes=1 refused=0"
                + " unanswered=0 rst=1 hostFin=0 remoteFin=0 rstBeforeFin=1 open=0 mid=0"
                + " durations=1/50ms/50ms reuse=0/0/0");
    // per destination over time: the refusing web server's failures, in the seconds they came
    assertThat(capture.destination("10.0.0.7:80").orElseThrow().openRate())
        .containsExactly(
            new PacketCapture.RatePoint(Instant.parse("2026-03-11T09:00:02Z"), 2, 0, 2));
    assertThat(web.openRate().stream().mapToLong(PacketCapture.RatePoint::attempts).sum())
        .isEqualTo(6);
    assertThat(web.bucket()).isEqualTo(Duration.ofSeconds(1));
    CaptureDestination total = capture.hostTotals();
    assertThat(total.attempts()).isEqualTo(13);
    assertThat(total.failed()).isEqualTo(3);
    assertThat(total.closedByHost()).isEqualTo(6);
    assertThat(total.closedByRemote()).isEqualTo(3);
  }

  @Test
  void theOpenRateCountsAttemptsPerSecond() {
    PacketCapture capture = standard();
    assertThat(capture.bucket()).isEqualTo(Duration.ofSeconds(1));
    assertThat(capture.openRate()).hasSize(11);
    PacketCapture.RatePoint first = capture.openRate().get(0);
    // second 0: a connection to :443 and one to :1433
    assertThat(first)
        .isEqualTo(new PacketCapture.RatePoint(Instant.parse("2026-03-11T09:00:00Z"), 2, 2, 0));
    assertThat(capture.openRate().stream().mapToLong(PacketCapture.RatePoint::attempts).sum())
        .isEqualTo(13);
    assertThat(capture.openRate().stream().mapToLong(PacketCapture.RatePoint::failed).sum())
        .isEqualTo(3);
    assertThat(capture.attemptsPerSecond())
        .isCloseTo(13 / 10.032, org.assertj.core.data.Offset.offset(1e-6));
  }

  @ParameterizedTest
  @ValueSource(strings = {"LE-micro", "BE-micro", "LE-nano", "BE-nano"})
  void byteOrderAndStampResolutionDoNotChangeTheFigures(String variant) {
    ByteOrder order = variant.startsWith("LE") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    byte[] file =
        CaptureWriter.pcap(
            ethernet(Traffic.standard()),
            LinkType.ETHERNET,
            order,
            variant.endsWith("nano"),
            65535);
    CaptureReading reading = CaptureReading.of(variant + ".pcap", file);
    assertThat(reading.diagnostics()).isEmpty();
    assertThat(reading.figures()).isEqualTo(CaptureReading.of("x.pcap", reference()).figures());
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        LinkType.RAW,
        LinkType.LINUX_SLL,
        LinkType.LINUX_SLL2,
        LinkType.NULL,
        LinkType.LOOP,
      })
  void everyLinkTypeGivesTheSameFigures(int linkType) {
    List<CaptureWriter.Packet> packets =
        Traffic.standard().packets().stream()
            .map(p -> new CaptureWriter.Packet(p.nanos(), Packets.frame(linkType, p.ip())))
            .toList();
    byte[] file = CaptureWriter.pcap(packets, linkType, ByteOrder.LITTLE_ENDIAN, false, 65535);
    CaptureReading reading = CaptureReading.of("link.pcap", file);
    assertThat(reading.diagnostics()).isEmpty();
    assertThat(reading.figures()).isEqualTo(CaptureReading.of("x.pcap", reference()).figures());
  }

  @Test
  void vlanTagsAreSkipped() {
    List<CaptureWriter.Packet> packets =
        Traffic.standard().packets().stream()
            .map(p -> new CaptureWriter.Packet(p.nanos(), Packets.ethernet(p.ip(), 2)))
            .toList();
    byte[] file =
        CaptureWriter.pcap(packets, LinkType.ETHERNET, ByteOrder.LITTLE_ENDIAN, false, 65535);
    assertThat(CaptureReading.of("vlan.pcap", file).figures())
        .isEqualTo(CaptureReading.of("x.pcap", reference()).figures());
  }

  @Test
  void framesWithoutIpAreCounted() {
    List<CaptureWriter.Packet> packets =
        List.of(
            new CaptureWriter.Packet(Traffic.T0, Packets.arp()),
            new CaptureWriter.Packet(Traffic.T0 + 1, Packets.arp()));
    byte[] file =
        CaptureWriter.pcap(packets, LinkType.ETHERNET, ByteOrder.LITTLE_ENDIAN, false, 65535);
    CaptureReading reading = CaptureReading.of("arp.pcap", file);
    assertThat(reading.capture().packets()).isEqualTo(new PacketCapture.Packets(2, 0, 0, 0, 2, 0));
    assertThat(reading.capture().host()).isNull();
    assertThat(reading.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
  }

  static byte[] reference() {
    return CaptureWriter.pcap(
        ethernet(Traffic.standard()), LinkType.ETHERNET, ByteOrder.LITTLE_ENDIAN, false, 65535);
  }
}
