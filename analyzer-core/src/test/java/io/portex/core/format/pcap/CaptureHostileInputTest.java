package io.portex.core.format.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cut files, short snapshots and lying lengths: diagnostics with the packet number, the rest kept.
 */
class CaptureHostileInputTest {

  private static final byte[] PCAP = PcapReaderTest.reference();

  private static final byte[] PCAPNG =
      CaptureWriter.pcapng(
          PcapReaderTest.ethernet(Traffic.standard()),
          new int[] {LinkType.ETHERNET},
          ByteOrder.LITTLE_ENDIAN,
          false,
          false);

  @Test
  void aPcapCutInsideAPacketKeepsThePacketsBeforeIt() {
    CaptureReading reading = CaptureReading.of("cut.pcap", Arrays.copyOf(PCAP, PCAP.length - 30));
    assertThat(reading.capture().packets().read()).isEqualTo(108);
    assertThat(reading.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("pcap.truncated");
              assertThat(d.line()).isEqualTo(109);
              assertThat(d.message()).contains("the 108 packets before it kept");
            });
    assertThat(reading.capture().hostTotals().attempts()).isEqualTo(13);
  }

  @Test
  void aPcapCutInsideItsHeaderSaysSo() {
    CaptureReading reading = CaptureReading.of("cut.pcap", Arrays.copyOf(PCAP, 10));
    assertThat(reading.capture().packets().read()).isZero();
    assertThat(reading.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("pcap.truncated");
  }

  @Test
  void aPcapngCutInsideABlockKeepsThePacketsBeforeIt() {
    CaptureReading reading =
        CaptureReading.of("cut.pcapng", Arrays.copyOf(PCAPNG, PCAPNG.length - 10));
    assertThat(reading.capture().packets().read()).isEqualTo(108);
    assertThat(reading.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("pcapng.truncated", 109L));
  }

  @Test
  void snapshotsShorterThanTheTcpHeaderAreCountedAndNamed() {
    // Ethernet 14 + IPv4 20 + 10 bytes of TCP: ports and sequence number, no flags
    byte[] file =
        CaptureWriter.pcap(
            PcapReaderTest.ethernet(Traffic.standard()),
            LinkType.ETHERNET,
            ByteOrder.LITTLE_ENDIAN,
            false,
            44);
    CaptureReading reading = CaptureReading.of("snap44.pcap", file);
    assertThat(reading.capture().packets().read()).isEqualTo(109);
    assertThat(reading.capture().packets().unreadable()).isEqualTo(107);
    assertThat(reading.capture().packets().otherIp()).isEqualTo(2);
    // IPv4 packets are cut inside the TCP header, IPv6 ones (40-byte header) inside the IP header
    assertThat(reading.diagnostics())
        .allSatisfy(d -> assertThat(d.code()).isEqualTo("pcap.short-packet"))
        .hasSize(107)
        .first()
        .satisfies(d -> assertThat(d.line()).isEqualTo(1));
  }

  @Test
  void aSnapshotJustPastTheFlagsIsEnough() {
    byte[] file =
        CaptureWriter.pcap(
            PcapReaderTest.ethernet(Traffic.standard()),
            LinkType.ETHERNET,
            ByteOrder.LITTLE_ENDIAN,
            false,
            14 + 40 + 14);
    CaptureReading reading = CaptureReading.of("snap68.pcap", file);
    assertThat(reading.diagnostics()).isEmpty();
    assertThat(reading.figures())
        .isEqualTo(CaptureReading.of("x.pcap", PcapReaderTest.reference()).figures());
  }

  @Test
  void aPcapRecordWithABogusLengthIsReportedAndReadingGoesOnAfterIt() {
    byte[] file = PCAP.clone();
    int record = recordOffset(file, 40);
    ByteBuffer.wrap(file, record + 8, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(0x7fff0000);
    CaptureReading reading = CaptureReading.of("bogus.pcap", file);
    List<Diagnostic> problems = reading.diagnostics();
    assertThat(problems)
        .extracting(Diagnostic::code)
        .containsExactly("pcap.bad-record", "pcap.resync");
    assertThat(problems.get(0).line()).isEqualTo(41);
    assertThat(problems.get(0).severity()).isEqualTo(Severity.ERROR);
    // the record with the bogus length is lost; the 68 after it are read
    assertThat(reading.capture().packets().read()).isEqualTo(108);
  }

  @Test
  void aPcapngBlockWithABogusLengthIsReportedAndReadingGoesOnAfterIt() {
    byte[] file = PCAPNG.clone();
    List<Integer> blocks = blockOffsets(file);
    int bad = blocks.get(2 + 40);
    ByteBuffer.wrap(file, bad + 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(13);
    CaptureReading reading = CaptureReading.of("bogus.pcapng", file);
    assertThat(reading.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("pcapng.bad-block", "pcapng.resync");
    assertThat(reading.diagnostics().get(0).line()).isEqualTo(41);
    assertThat(reading.capture().packets().read()).isEqualTo(108);
  }

  @Test
  void aPcapngBlockLongerThanItsFileIsATruncation() {
    byte[] file = PCAPNG.clone();
    List<Integer> blocks = blockOffsets(file);
    int last = blocks.get(blocks.size() - 1);
    ByteBuffer.wrap(file, last + 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(4096);
    CaptureReading reading = CaptureReading.of("long.pcapng", file);
    assertThat(reading.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("pcapng.truncated");
    assertThat(reading.capture().packets().read()).isEqualTo(108);
  }

  @Test
  void garbageAfterTheHeaderIsNeverAStackTrace() {
    byte[] file = Arrays.copyOf(PCAP, 24 + 4096);
    for (int i = 24; i < file.length; i++) {
      file[i] = (byte) (i * 131 + 17);
    }
    CaptureReading reading = CaptureReading.of("garbage.pcap", file);
    assertThat(reading.diagnostics()).isNotEmpty();
    assertThat(reading.diagnostics()).allSatisfy(d -> assertThat(d.code()).startsWith("pcap."));
  }

  private static int recordOffset(byte[] pcap, int index) {
    int at = 24;
    for (int i = 0; i < index; i++) {
      at += 16 + ByteBuffer.wrap(pcap, at + 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }
    return at;
  }

  private static List<Integer> blockOffsets(byte[] pcapng) {
    List<Integer> offsets = new ArrayList<>();
    for (int at = 0; at < pcapng.length; ) {
      offsets.add(at);
      at += ByteBuffer.wrap(pcapng, at + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }
    return offsets;
  }
}
