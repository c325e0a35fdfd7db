package io.portex.core.format.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.diag.Diagnostic;
import io.portex.core.model.fact.PacketCapture;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PcapngReaderTest {

  private static final String REFERENCE =
      CaptureReading.of("x.pcap", PcapReaderTest.reference()).figures();

  @ParameterizedTest
  @ValueSource(strings = {"LE-micro", "BE-micro", "LE-nano", "BE-nano"})
  void readsEnhancedPacketBlocksInEitherByteOrder(String variant) {
    ByteOrder order = variant.startsWith("LE") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    byte[] file =
        CaptureWriter.pcapng(
            PcapReaderTest.ethernet(Traffic.standard()),
            new int[] {LinkType.ETHERNET},
            order,
            variant.endsWith("nano"),
            false);
    CaptureReading reading = CaptureReading.of(variant + ".pcapng", file);
    assertThat(reading.format()).isEqualTo("pcapng");
    assertThat(reading.diagnostics()).isEmpty();
    assertThat(reading.figures()).isEqualTo(REFERENCE);
  }

  @Test
  void interfacesKeepTheirOwnLinkTypes() {
    int[] links = {LinkType.ETHERNET, LinkType.RAW, LinkType.LINUX_SLL2, LinkType.NULL};
    List<CaptureWriter.Packet> packets = new ArrayList<>();
    int i = 0;
    for (Traffic.Timed p : Traffic.standard().packets()) {
      int iface = i++ % links.length;
      packets.add(
          new CaptureWriter.Packet(p.nanos(), iface, Packets.frame(links[iface], p.ip()), null));
    }
    byte[] file = CaptureWriter.pcapng(packets, links, ByteOrder.LITTLE_ENDIAN, false, false);
    CaptureReading reading = CaptureReading.of("mixed.pcapng", file);
    assertThat(reading.diagnostics()).isEmpty();
    assertThat(reading.figures()).isEqualTo(REFERENCE);
  }

  @Test
  void simplePacketBlocksAreCountedWithoutTimes() {
    byte[] file =
        CaptureWriter.pcapng(
            PcapReaderTest.ethernet(Traffic.standard()),
            new int[] {LinkType.ETHERNET},
            ByteOrder.LITTLE_ENDIAN,
            false,
            true);
    CaptureReading reading = CaptureReading.of("simple.pcapng", file);
    assertThat(reading.capture().packets().tcp()).isEqualTo(107);
    assertThat(reading.capture().hostTotals().attempts()).isEqualTo(13);
    assertThat(reading.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("pcapng.simple-packets");
  }

  /**
   * pktmon writes a packet once per component it passed, each copy on the component's interface;
   * newer versions put the packet's group id and number into each copy's comment.
   */
  @Test
  void pktmonCopiesWithCommentsAreCountedOnce() {
    byte[] file = pktmon(true);
    CaptureReading reading = CaptureReading.of("PktMon.pcapng", file);
    assertThat(reading.figures())
        .isEqualTo(REFERENCE.replace("read=109, duplicates=0", "read=327, duplicates=218"));
    assertThat(reading.capture().packets().read()).isEqualTo(327);
    assertThat(reading.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("pcapng.duplicates");
              assertThat(d.message()).contains("218 by packet id or pktmon's PktGroupId");
            });
  }

  @Test
  void pktmonCopiesWithoutCommentsAreCountedOnceByContent() {
    CaptureReading reading = CaptureReading.of("PktMon.pcapng", pktmon(false));
    PacketCapture capture = reading.capture();
    assertThat(capture.packets().duplicates()).isEqualTo(218);
    assertThat(reading.figures())
        .isEqualTo(REFERENCE.replace("read=109, duplicates=0", "read=327, duplicates=218"));
    assertThat(reading.diagnostics().get(0).message())
        .contains("218 by equal content within 50 ms");
  }

  /**
   * Three components (NIC as Ethernet, vSwitch as Ethernet, TCP/IP as raw IP), microseconds apart.
   */
  private static byte[] pktmon(boolean comments) {
    int[] links = {LinkType.ETHERNET, LinkType.ETHERNET, LinkType.RAW};
    List<CaptureWriter.Packet> packets = new ArrayList<>();
    long group = 562949953421300L;
    for (Traffic.Timed p : Traffic.standard().packets()) {
      group++;
      for (int component = 0; component < 3; component++) {
        String comment =
            comments
                ? "PktGroupId "
                    + group
                    + ", PktNumber 1, Appearance "
                    + (component + 1)
                    + ", Direction Tx , Type Ethernet , Component "
                    + (78 + component)
                    + ", Edge 1, Filter 1, OriginalSize 66, LoggedSize 66"
                : null;
        packets.add(
            new CaptureWriter.Packet(
                p.nanos() + component * 3_000L,
                component,
                Packets.frame(links[component], p.ip()),
                comment));
      }
    }
    return CaptureWriter.pcapng(packets, links, ByteOrder.LITTLE_ENDIAN, true, false);
  }
}
