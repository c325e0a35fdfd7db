package io.portex.core.format.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.InputReport;
import io.portex.core.TestInputs;
import io.portex.core.format.FormatRegistry;
import io.portex.core.format.evtx.EvtxWriter.Event;
import io.portex.core.format.evtx.EvtxWriter.Layout;
import io.portex.core.format.netstat.NetstatFormat;
import io.portex.core.model.EventRecord;
import io.portex.core.model.PortEvents;
import io.portex.core.model.SourceRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Files written by {@link EvtxWriter} read back field by field, and counted by the analyzer. */
class EvtxReaderTest {

  private static final Instant T0 = Instant.parse("2026-03-11T09:00:00.1234567Z");

  @TempDir Path dir;

  private static EvtxWriter tcpipLog(Layout layout) {
    return new EvtxWriter()
        .layout(layout)
        .add(Event.tcpip(4227, 101, T0, "10.0.0.5:49731", "", "10.0.0.9:443"))
        .add(Event.tcpip(4231, 102, T0.plusSeconds(60)).withBinary(new byte[] {0, 1, 2, 3}))
        .add(Event.tcpip(4266, 103, T0.plusSeconds(120), "UDP"))
        .add(Event.tcpip(4227, 104, T0.plusSeconds(180), "10.0.0.5:49732", "", "10.0.0.9:443"));
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void readsEveryFieldOfTcpipEvents(Layout layout) {
    EvtxReading reading = EvtxReading.of("tcpip.evtx", tcpipLog(layout).toBytes());

    assertThat(reading.diagnostics()).isEmpty();
    assertThat(reading.events()).hasSize(4);
    EventRecord first = reading.events().get(0);
    assertThat(first.provider()).isEqualTo("Tcpip");
    assertThat(first.eventId()).isEqualTo(4227);
    assertThat(first.qualifiers()).isEqualTo(32768);
    assertThat(first.level()).isEqualTo(3);
    assertThat(first.time()).isEqualTo(T0);
    assertThat(first.computer()).isEqualTo("WEB01");
    assertThat(first.recordId()).isEqualTo(101);
    assertThat(first.channel()).isEqualTo("System");
    assertThat(first.data()).containsExactly("10.0.0.5:49731", "", "10.0.0.9:443");
    assertThat(first.source()).isEqualTo(new SourceRange("tcpip.evtx", 101, 101));
    assertThat(reading.events())
        .extracting(EventRecord::eventId, EventRecord::recordId, EventRecord::time)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4227, 101L, T0),
            org.assertj.core.groups.Tuple.tuple(4231, 102L, T0.plusSeconds(60)),
            org.assertj.core.groups.Tuple.tuple(4266, 103L, T0.plusSeconds(120)),
            org.assertj.core.groups.Tuple.tuple(4227, 104L, T0.plusSeconds(180)));
  }

  @Test
  void binaryIsNotData_andNoInsertionStringsLeaveOneEmptyData() {
    EvtxReading reading = EvtxReading.of("tcpip.evtx", tcpipLog(Layout.CLASSIC).toBytes());

    assertThat(reading.event(102).data()).containsExactly("");
    assertThat(reading.event(103).data()).containsExactly("UDP");
  }

  @Test
  void laterRecordsOfAChunkUseTheTemplateOfItsFirstByOffset() {
    EvtxWriter writer = tcpipLog(Layout.CLASSIC);
    EvtxReading reading = EvtxReading.of("tcpip.evtx", writer.toBytes());

    List<EvtxWriter.Placed> placed = writer.placed();
    // the first record carries the template definition and the names, the others are small
    assertThat(placed.get(0).size()).isGreaterThan(3 * placed.get(1).size());
    assertThat(placed.subList(1, 4)).allMatch(p -> p.size() < 300);
    assertThat(reading.events()).hasSize(4);
    assertThat(reading.events()).extracting(EventRecord::provider).containsOnly("Tcpip");
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void everyChunkCarriesItsOwnTemplate(Layout layout) {
    EvtxWriter writer = new EvtxWriter().layout(layout).recordsPerChunk(3);
    for (int i = 0; i < 10; i++) {
      writer.add(Event.tcpip(4227, 1 + i, T0.plusSeconds(i), "192.168.1.10:" + (50000 + i)));
    }
    byte[] file = writer.toBytes();
    EvtxReading reading = EvtxReading.of("four-chunks.evtx", file);

    assertThat(file).hasSize(4096 + 4 * 65536);
    assertThat(reading.diagnostics()).isEmpty();
    assertThat(reading.events())
        .extracting(EventRecord::recordId)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(reading.event(10).data()).containsExactly("192.168.1.10:50009");
  }

  @Test
  void chunksFillUpAndSpillIntoTheNext() {
    EvtxWriter writer = new EvtxWriter();
    for (int i = 0; i < 400; i++) {
      writer.add(Event.tcpip(4227, 1 + i, T0.plusMillis(i), "a fairly long insertion string " + i));
    }
    EvtxReading reading = EvtxReading.of("full.evtx", writer.toBytes());

    assertThat(writer.placed()).extracting(EvtxWriter.Placed::chunk).contains(0, 1);
    assertThat(reading.diagnostics()).isEmpty();
    assertThat(reading.events()).hasSize(400);
  }

  @Test
  void handsOverEveryProvider() {
    EvtxWriter writer =
        new EvtxWriter()
            .add(Event.tcpip(4227, 1, T0, "x"))
            .add(Event.tcpip(4227, 2, T0).withProvider("Microsoft-Windows-TCPIP", -1))
            .add(Event.tcpip(7036, 3, T0).withProvider("Service Control Manager", 16384));
    EvtxReading reading = EvtxReading.of("mixed.evtx", writer.toBytes());

    assertThat(reading.events())
        .extracting(EventRecord::provider, EventRecord::qualifiers)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Tcpip", 32768),
            org.assertj.core.groups.Tuple.tuple("Microsoft-Windows-TCPIP", -1),
            org.assertj.core.groups.Tuple.tuple("Service Control Manager", 16384));
  }

  @Test
  void bareChunkIsReadToo() {
    EvtxReading reading = EvtxReading.of("chunk.bin", tcpipLog(Layout.NESTED).firstChunk());

    assertThat(reading.events()).hasSize(4);
    assertThat(reading.warnings()).isEmpty();
    assertThat(reading.errors()).isEmpty();
    assertThat(reading.codes()).containsExactly("eventlog-evtx.bare-chunk");
  }

  @Test
  void analyzerCountsTheTcpipEventsThatSayPortsRanOut() throws IOException {
    EvtxWriter writer = new EvtxWriter().recordsPerChunk(50);
    long id = 1;
    for (int i = 0; i < 120; i++) {
      writer.add(Event.tcpip(4227, id++, T0.plusSeconds(i), "10.0.0.5:" + (49152 + i)));
    }
    for (int i = 0; i < 7; i++) {
      writer.add(Event.tcpip(4231, id++, T0.plusSeconds(200 + i)).withBinary(new byte[] {7}));
    }
    writer.add(Event.tcpip(4266, id++, T0.plusSeconds(300)));
    writer.add(
        Event.tcpip(4227, id++, T0.plusSeconds(400)).withProvider("Microsoft-Windows-TCPIP", -1));
    Path file = dir.resolve("System.evtx");
    Files.write(file, writer.toBytes());

    Analysis analysis =
        Analyzer.builder()
            .formats(new FormatRegistry(List.of(new EvtxFormat(), new NetstatFormat())))
            .build()
            .analyze(List.of(file));

    InputReport input = analysis.inputs().get(0);
    assertThat(input.format()).isEqualTo("eventlog-evtx");
    assertThat(input.records()).isEqualTo(129);
    assertThat(TestInputs.warnings(analysis)).isEmpty();
    PortEvents refused = analysis.events(4227);
    assertThat(refused.count()).isEqualTo(120);
    assertThat(refused.first()).isEqualTo(T0);
    assertThat(refused.last()).isEqualTo(T0.plusSeconds(119));
    assertThat(analysis.events(4231).count()).isEqualTo(7);
    assertThat(analysis.events(4266).count()).isEqualTo(1);
    assertThat(analysis.events(4226).count()).isZero();
    assertThat(analysis.verdict().exhausted()).isTrue();
  }

  @Test
  void theSameLogTwiceIsCountedOnce() throws IOException {
    byte[] log = tcpipLog(Layout.CLASSIC).toBytes();
    Path first = Files.write(dir.resolve("System.evtx"), log);
    Path copy = Files.write(dir.resolve("System-copy.evtx"), log);

    Analysis analysis =
        Analyzer.builder()
            .formats(new FormatRegistry(List.of(new EvtxFormat())))
            .build()
            .analyze(List.of(first, copy));

    assertThat(analysis.events(4227).count()).isEqualTo(2);
    assertThat(analysis.events(4231).count()).isEqualTo(1);
  }
}
