package io.portex.core.format.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.InputReport;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.format.FormatRegistry;
import io.portex.core.format.netstat.NetstatFormat;
import io.portex.core.model.EventRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every real .evtx of the shared corpus gives the record and error counts of its EXPECTED.tsv
 * (counts asserted by evtx-rs's own tests, or by an independent reader), and known records read as
 * other tools render them.
 */
class CorpusEvtxTest {

  static Stream<Arguments> expected() {
    return Stream.of(
        Arguments.of("evtx-rs__2-vss_7-System.evtx", 1160, 0),
        Arguments.of("evtx-rs__sample_with_a_bad_chunk_magic.evtx", 270, 2),
        Arguments.of("evtx-rs__Application_no_crc32.evtx", 17, 0),
        Arguments.of("evtx-rs__sample-with-zero-data-size-event.evtx", 335, 1),
        Arguments.of("evtx-rs__system.evtx", 1881, 0),
        Arguments.of("python-evtx__system.evtx", 1601, 0));
  }

  private static final Analyzer ANALYZER =
      Analyzer.builder()
          .formats(new FormatRegistry(List.of(new EvtxFormat(), new NetstatFormat())))
          .build();

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void readsTheExpectedRecordsAndErrors(String file, int recordsOk, int recordsErr) {
    EvtxReading reading = EvtxReading.of(TestInputs.corpus("evtx/" + file));

    assertThat(reading.events()).hasSize(recordsOk);
    assertThat(reading.errors()).hasSize(recordsErr);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void isRecognisedAndCountedThroughTheAnalyzer(String file, int recordsOk, int recordsErr) {
    Analysis analysis = ANALYZER.analyze(List.of(TestInputs.corpus("evtx/" + file)));

    InputReport input = analysis.inputs().get(0);
    assertThat(input.format()).isEqualTo(EvtxFormat.ID);
    assertThat(input.confidence()).isEqualTo(0.99);
    assertThat(input.records()).isEqualTo(recordsOk);
    assertThat(input.hasErrors()).isEqualTo(recordsErr > 0);
    assertThat(analysis.events(4227).count()).isZero();
  }

  @Test
  void theTableAboveIsExpectedTsv() throws IOException {
    List<String> rows = Files.readAllLines(TestInputs.corpus("evtx/EXPECTED.tsv"));
    List<String> fromTsv = new ArrayList<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t");
      fromTsv.add(cells[0] + " " + cells[2] + " " + cells[3]);
    }
    List<String> tested =
        expected().map(a -> a.get()[0] + " " + a.get()[1] + " " + a.get()[2]).toList();
    assertThat(tested).containsExactlyInAnyOrderElementsOf(fromTsv);
  }

  @Test
  void badChunkMagicIsNamedWithItsChunkAndOffset() {
    EvtxReading reading =
        EvtxReading.of(TestInputs.corpus("evtx/evtx-rs__sample_with_a_bad_chunk_magic.evtx"));

    assertThat(reading.errors())
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "eventlog-evtx.bad-chunk",
                "chunk 6 (file offset 397312) has no ElfChnk signature; skipped"),
            org.assertj.core.groups.Tuple.tuple(
                "eventlog-evtx.bad-chunk",
                "chunk 10 (file offset 659456) has no ElfChnk signature; skipped"));
  }

  @Test
  void zeroDataSizeRecordIsNamedWithItsChunkOffsetAndId() {
    EvtxReading reading =
        EvtxReading.of(TestInputs.corpus("evtx/evtx-rs__sample-with-zero-data-size-event.evtx"));

    assertThat(reading.errors()).hasSize(1);
    Diagnostic error = reading.errors().get(0);
    assertThat(error.code()).isEqualTo("eventlog-evtx.bad-record");
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.message()).contains("record 3", "offset 2080", "chunk 0", "size 0");
  }

  @Test
  void noCrc32FlagIsHonoured() {
    EvtxReading reading =
        EvtxReading.of(TestInputs.corpus("evtx/evtx-rs__Application_no_crc32.evtx"));

    assertThat(reading.diagnostics()).isEmpty();
  }

  @Test
  void dirtyHeaderChunkCountIsNotTrusted() {
    EvtxReading reading = EvtxReading.of(TestInputs.corpus("evtx/evtx-rs__system.evtx"));

    assertThat(reading.events()).hasSize(1881);
    assertThat(reading.codes())
        .contains(
            "eventlog-evtx.dirty", "eventlog-evtx.chunk-count", "eventlog-evtx.unused-chunks");
    assertThat(reading.warnings()).isEmpty();
  }

  @Test
  void netBt4321ReadsAsLibevtxRendersRecord405() throws Exception {
    EventRecord event =
        EvtxReading.of(TestInputs.corpus("evtx/evtx-rs__2-vss_7-System.evtx")).event(405);
    Element system =
        xml("events/netbt-4321-classic-from-evtx-libevtx-render.xml").getDocumentElement();

    assertThat(event.provider())
        .isEqualTo(attribute(system, "Provider", "Name"))
        .isEqualTo("NetBT");
    assertThat(event.eventId())
        .isEqualTo(Integer.parseInt(text(system, "EventID")))
        .isEqualTo(4321);
    assertThat(event.qualifiers())
        .isEqualTo(Integer.parseInt(attribute(system, "EventID", "Qualifiers")))
        .isEqualTo(49152);
    assertThat(event.level()).isEqualTo(Integer.parseInt(text(system, "Level"))).isEqualTo(2);
    assertThat(event.time())
        .isEqualTo(Instant.parse(attribute(system, "TimeCreated", "SystemTime")))
        .isEqualTo(Instant.parse("2018-07-12T00:42:00.925305500Z"));
    assertThat(event.recordId()).isEqualTo(Long.parseLong(text(system, "EventRecordID")));
    assertThat(event.channel()).isEqualTo(text(system, "Channel")).isEqualTo("System");
    assertThat(event.computer()).isEqualTo(text(system, "Computer")).isEqualTo("DESKTOP-1N4R894");
    assertThat(event.data())
        .isEqualTo(texts(system, "Data"))
        .containsExactly("", "DESKTOP-1N4R894:0", "74.118.138.195", "74.118.138.92");
    assertThat(event.source().firstLine()).isEqualTo(405);
  }

  @Test
  void netBt4321HasTheInsertionStringsPythonEvtxPacksIntoOneData() throws Exception {
    EventRecord event =
        EvtxReading.of(TestInputs.corpus("evtx/evtx-rs__2-vss_7-System.evtx")).event(405);
    Element root =
        xml("events/netbt-4321-classic-from-evtx-pythonevtx-render.xml").getDocumentElement();
    String packed = texts(root, "Data").get(0);
    List<String> items = new ArrayList<>();
    for (String item : packed.split("</string>")) {
      if (item.contains("<string>")) {
        items.add(item.substring(item.indexOf("<string>") + "<string>".length()));
      }
    }

    // python-evtx renders the same four strings, in another order (the binary holds the
    // empty one first, as libevtx shows)
    assertThat(event.data()).containsExactlyInAnyOrderElementsOf(items);
    // python-evtx renders microseconds and loses a little on the way
    Instant python =
        Instant.parse(attribute(root, "TimeCreated", "SystemTime").replace(' ', 'T') + "Z");
    assertThat(Duration.between(python, event.time()).abs()).isLessThan(Duration.ofNanos(2000));
  }

  @Test
  void systemLogsSpanTheDatesAndHostPythonEvtxReports() {
    List<EventRecord> vss = assertSpan("evtx-rs__2-vss_7-System.evtx", "2018-07-06", "2018-08-08");
    assertThat(vss).extracting(EventRecord::computer).containsOnly("DESKTOP-1N4R894");
    List<EventRecord> system = assertSpan("evtx-rs__system.evtx", "2017-07-12", "2018-03-06");
    // the machine was renamed: its first records name the host python-evtx reports
    assertThat(system.get(0).computer()).isEqualTo("WIN-P4SIAA0SQCO");
    assertThat(system)
        .extracting(EventRecord::computer)
        .containsOnly("WIN-P4SIAA0SQCO", "DESKTOP-2KGM189");
  }

  private static List<EventRecord> assertSpan(String file, String first, String last) {
    List<EventRecord> events = EvtxReading.of(TestInputs.corpus("evtx/" + file)).events();
    assertThat(events).extracting(EventRecord::channel).containsOnly("System");
    List<LocalDate> days =
        events.stream().map(e -> e.time().atZone(ZoneOffset.UTC).toLocalDate()).sorted().toList();
    assertThat(days.get(0)).isEqualTo(first);
    assertThat(days.get(days.size() - 1)).isEqualTo(last);
    return events;
  }

  private static Document xml(String relative) throws Exception {
    Path file = TestInputs.corpus(relative);
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  private static Element first(Element root, String name) {
    return (Element) root.getElementsByTagName(name).item(0);
  }

  private static String text(Element root, String name) {
    return first(root, name).getTextContent();
  }

  private static String attribute(Element root, String name, String attribute) {
    return first(root, name).getAttribute(attribute);
  }

  private static List<String> texts(Element root, String name) {
    NodeList nodes = root.getElementsByTagName(name);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }
}
