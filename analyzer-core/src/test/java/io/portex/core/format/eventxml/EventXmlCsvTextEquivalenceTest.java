package io.portex.core.format.eventxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.TestInputs;
import io.portex.core.model.EventRecord;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same six System events (two Service Control Manager 7036, Tcpip 4227, 4231 and 4266, NetBT
 * 4321), exported from one machine in Europe/Berlin every way Windows exports events, read to the
 * same event records. Each form is compared on what it carries: Event Viewer's CSV has no
 * qualifiers, computer, record id or log; its text has no qualifiers or record id; only the XML
 * forms carry the event data. Times are compared to the second, the precision of the text forms.
 */
class EventXmlCsvTextEquivalenceTest {

  /** What a form carries besides provider, id, level and time. */
  enum Has {
    QUALIFIERS,
    COMPUTER,
    RECORD_ID,
    CHANNEL,
    DATA
  }

  private static final Set<Has> EVERYTHING = EnumSet.allOf(Has.class);

  /** provider | id | qualifiers | level | UTC time | computer | record id | log | data. */
  private static final List<String> EVENTS =
      List.of(
          "Service Control Manager|7036|16384|4|2026-02-27T16:20:11Z|WEB01.contoso.local|48877"
              + "|System|['Windows Update', 'stopped']",
          "Service Control Manager|7036|16384|4|2026-03-11T08:58:02Z|WEB01.contoso.local|50210"
              + "|System|['Windows Update', 'running']",
          "Tcpip|4227|32768|3|2026-03-11T09:51:23Z|WEB01.contoso.local|50231|System|['']",
          "Tcpip|4231|32768|3|2026-03-11T09:52:40Z|WEB01.contoso.local|50232|System|['']",
          "Tcpip|4266|32768|3|2026-03-11T09:53:05Z|WEB01.contoso.local|50233|System|['']",
          "NetBT|4321|49152|2|2026-03-11T09:55:10Z|WEB01.contoso.local|50240|System"
              + "|['', 'WEB01          :0', '10.0.0.5', '10.0.0.7']");

  static Stream<Arguments> forms() {
    return Stream.of(
        form("eventxml/wevtutil-qe-system.xml", "eventlog-xml", EVERYTHING),
        form("eventxml/wevtutil-qe-system-rendered.xml", "eventlog-xml", EVERYTHING),
        form("eventxml/eventviewer-saved-events.xml", "eventlog-xml", EVERYTHING),
        Arguments.of(
            "eventxml/single-tcpip-4227.xml", "eventlog-xml", EVERYTHING, List.of(EVENTS.get(2))),
        form("eventcsv/eventviewer-en-us.csv", "eventlog-csv", EnumSet.noneOf(Has.class)),
        form("eventcsv/eventviewer-de-de.csv", "eventlog-csv", EnumSet.noneOf(Has.class)),
        form(
            "eventcsv/get-winevent-export.csv",
            "eventlog-csv",
            EnumSet.of(Has.QUALIFIERS, Has.COMPUTER, Has.RECORD_ID, Has.CHANNEL)),
        form(
            "eventtext/eventviewer-text-en-us.txt",
            "eventlog-text",
            EnumSet.of(Has.COMPUTER, Has.CHANNEL)),
        form(
            "eventtext/eventviewer-text-de-de.txt",
            "eventlog-text",
            EnumSet.of(Has.COMPUTER, Has.CHANNEL)),
        form(
            "eventtext/wevtutil-qe-system-text.txt",
            "eventlog-text",
            EnumSet.of(Has.COMPUTER, Has.CHANNEL)),
        form("eventtext/eventviewer-copy-details-en-us.txt", "eventlog-text", EVERYTHING));
  }

  private static Arguments form(String fixture, String format, Set<Has> has) {
    return Arguments.of(fixture, format, has, EVENTS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void everyFormGivesTheSameEvents(
      String fixture, String format, Set<Has> has, List<String> expected) {
    EventReads.Result result =
        EventReads.read(TestInputs.fixture(fixture), EventReads.FIXTURE_ZONE);

    assertThat(result.format()).isEqualTo(format);
    assertThat(result.problems()).isEmpty();
    assertThat(
            result.events().stream()
                .sorted(Comparator.comparing(EventRecord::time))
                .map(e -> project(e, has))
                .toList())
        .containsExactlyElementsOf(expected.stream().map(e -> mask(e, has)).toList());
  }

  /** An event as one line, fields the form lacks as {@code -}. */
  static String project(EventRecord e, Set<Has> has) {
    return String.join(
        "|",
        e.provider(),
        String.valueOf(e.eventId()),
        has.contains(Has.QUALIFIERS) ? String.valueOf(e.qualifiers()) : "-",
        String.valueOf(e.level()),
        e.time() == null ? "null" : e.time().truncatedTo(ChronoUnit.SECONDS).toString(),
        has.contains(Has.COMPUTER) ? String.valueOf(e.computer()) : "-",
        has.contains(Has.RECORD_ID) ? String.valueOf(e.recordId()) : "-",
        has.contains(Has.CHANNEL) ? String.valueOf(e.channel()) : "-",
        has.contains(Has.DATA)
            ? e.data().stream().map(v -> "'" + v + "'").toList().toString()
            : "-");
  }

  /** An expected line with the fields a form lacks as {@code -}, and that form's own blanks. */
  private static String mask(String line, Set<Has> has) {
    String[] f = line.split("\\|", -1);
    return String.join(
        "|",
        f[0],
        f[1],
        has.contains(Has.QUALIFIERS) ? f[2] : "-",
        f[3],
        f[4],
        has.contains(Has.COMPUTER) ? f[5] : "-",
        has.contains(Has.RECORD_ID) ? f[6] : "-",
        has.contains(Has.CHANNEL) ? f[7] : "-",
        has.contains(Has.DATA) ? f[8] : "-");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void whatAFormLacksIsLeftUnknownNotInvented(
      String fixture, String format, Set<Has> has, List<String> expected) {
    List<EventRecord> events =
        EventReads.read(TestInputs.fixture(fixture), EventReads.FIXTURE_ZONE).events();

    assertThat(events).isNotEmpty();
    for (EventRecord e : events) {
      if (!has.contains(Has.DATA)) {
        assertThat(e.data()).isEmpty();
      }
      if (!has.contains(Has.QUALIFIERS)) {
        assertThat(e.qualifiers()).isEqualTo(-1);
      }
      if (!has.contains(Has.RECORD_ID)) {
        assertThat(e.recordId()).isEqualTo(-1);
      }
      if (!has.contains(Has.COMPUTER)) {
        assertThat(e.computer()).isNull();
      }
      if (!has.contains(Has.CHANNEL)) {
        assertThat(e.channel()).isNull();
      }
    }
  }
}
