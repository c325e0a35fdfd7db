package io.portex.core.format.eventxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.TestInputs;
import io.portex.core.format.FormatRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sniffing is specific: the event formats claim their inputs on strong signals only (the event
 * namespace, Event Viewer's or PowerShell's CSV header, {@code Log Name:} with {@code Event ID:},
 * {@code Event[0]:}), no other format claims them, and they claim nothing else of the corpus.
 */
class EventXmlCsvTextSniffTest {

  private static final Set<String> EVENT_FORMATS =
      Set.of("eventlog-xml", "eventlog-csv", "eventlog-text");

  static Stream<Arguments> ownInputs() {
    return Stream.of(
        own("eventxml/wevtutil-qe-system.xml", "eventlog-xml", 0.95),
        own("eventxml/wevtutil-qe-system-rendered.xml", "eventlog-xml", 0.95),
        own("eventxml/eventviewer-saved-events.xml", "eventlog-xml", 0.95),
        own("eventxml/single-tcpip-4227.xml", "eventlog-xml", 0.95),
        own("eventcsv/eventviewer-en-us.csv", "eventlog-csv", 0.97),
        own("eventcsv/eventviewer-de-de.csv", "eventlog-csv", 0.97),
        own("eventcsv/get-winevent-export.csv", "eventlog-csv", 0.97),
        own("eventtext/eventviewer-text-en-us.txt", "eventlog-text", 0.95),
        own("eventtext/eventviewer-text-de-de.txt", "eventlog-text", 0.95),
        own("eventtext/wevtutil-qe-system-text.txt", "eventlog-text", 0.97),
        own("eventtext/eventviewer-copy-details-en-us.txt", "eventlog-text", 0.97),
        corpus("events/netbt-4321-classic-from-evtx-libevtx-render.xml", "eventlog-xml", 0.95),
        corpus("events/netbt-4321-classic-from-evtx-pythonevtx-render.xml", "eventlog-xml", 0.95),
        corpus("events/tcpip-4207-eventviewer-friendlyxml-netadaptercx.txt", "eventlog-xml", 0.95),
        corpus(
            "events/tcpip-4227-eventviewer-copytext-microsoft-AL-4468.txt", "eventlog-text", 0.97),
        corpus("events/tcpip-4227-msdocs-kb2003449-eventtext.txt", "eventlog-text", 0.95));
  }

  private static Arguments own(String fixture, String format, double confidence) {
    return Arguments.of(fixture, true, format, confidence);
  }

  private static Arguments corpus(String file, String format, double confidence) {
    return Arguments.of(file, false, format, confidence);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownInputs")
  void claimedByOneEventFormatAndByNoOtherFormat(
      String name, boolean fixture, String format, double confidence) {
    Path file = fixture ? TestInputs.fixture(name) : TestInputs.corpus(name);

    Map<String, Double> confidences = EventReads.confidences(file);

    assertThat(confidences.get(format)).isEqualTo(confidence);
    confidences.forEach(
        (id, other) -> {
          if (!id.equals(format)) {
            assertThat(other).as("%s on %s", id, name).isLessThan(confidence);
          }
          if (!EVENT_FORMATS.contains(id)) {
            assertThat(other).as("%s on %s", id, name).isLessThan(FormatRegistry.MIN_CONFIDENCE);
          }
        });
  }

  static Stream<Path> corpusOutsideEvents() throws IOException {
    Path root = TestInputs.corpus("MANIFEST.tsv").getParent();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.startsWith(root.resolve("events")) && !f.startsWith(root.resolve("evtx")))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusOutsideEvents")
  void claimsNothingElseOfTheCorpus(Path file) {
    Map<String, Double> confidences = EventReads.confidences(file);

    for (String format : EVENT_FORMATS) {
      assertThat(confidences.get(format)).as(format).isLessThan(FormatRegistry.MIN_CONFIDENCE);
    }
  }

  static Stream<Arguments> lookAlikes() {
    return Stream.of(
        Arguments.of("prose naming an event", "Check Event ID: 4227 in the System log.\n"),
        Arguments.of(
            "a ticket note with labels",
            "Source: customer mail\nLevel: high\nDate: 3/11/2026 9:00:00 AM\n"),
        Arguments.of(
            "another kind of <Event>",
            "<Event id=\"1\"><Title>Launch</Title><When>2026-03-11</When></Event>\n"),
        Arguments.of(
            "a CSV of other events", "Level,Date,Description\nhigh,3/11/2026,disk almost full\n"),
        Arguments.of(
            "tasklist CSV",
            "\"Image Name\",\"PID\",\"Session Name\",\"Session#\",\"Mem"
                + " Usage\"\n\"System\",\"4\",\"Services\",\"0\",\"152 K\"\n"),
        Arguments.of(
            "netstat",
            "  Proto  Local Address          Foreign Address        State\n"
                + "  TCP    10.0.0.5:50000         10.0.0.9:1433          TIME_WAIT\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookAlikes")
  void lookAlikesAreNotClaimed(String what, String text, @TempDir Path dir) {
    Path file = TestInputs.write(dir, "lookalike.txt", text, StandardCharsets.UTF_8, false, "\r\n");

    Map<String, Double> confidences = EventReads.confidences(file);

    for (String format : EVENT_FORMATS) {
      assertThat(confidences.get(format)).as(format).isLessThan(FormatRegistry.MIN_CONFIDENCE);
    }
  }
}
