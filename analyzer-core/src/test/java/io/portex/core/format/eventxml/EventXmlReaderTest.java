package io.portex.core.format.eventxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.model.EventRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event XML as it comes: events one after another on one line, broken events among good ones, a
 * cut-off export, hostile documents (a document type with an external entity, billion laughs),
 * {@code <UserData>}, python-evtx's packed strings and classic ids written whole.
 */
class EventXmlReaderTest {

  private static final String NS = "http://schemas.microsoft.com/win/2004/08/events/event";

  @TempDir Path dir;

  private static String event(String provider, int id, String time, long record) {
    return "<Event xmlns='"
        + NS
        + "'><System><Provider Name='"
        + provider
        + "'/><EventID Qualifiers='32768'>"
        + id
        + "</EventID><Level>3</Level><TimeCreated SystemTime='"
        + time
        + "'/><EventRecordID>"
        + record
        + "</EventRecordID><Channel>System</Channel><Computer>WEB01</Computer></System>"
        + "<EventData><Data></Data><Binary>00</Binary></EventData></Event>";
  }

  private EventReads.Result read(String text) {
    Path file = TestInputs.write(dir, "events.xml", text, StandardCharsets.UTF_8, false, "\r\n");
    EventReads.Result result = EventReads.read(file, ZoneOffset.UTC);
    assertThat(result.format()).isEqualTo("eventlog-xml");
    return result;
  }

  private static List<String> ids(EventReads.Result result) {
    return result.events().stream()
        .map(e -> e.eventId() + "#" + e.recordId() + "@" + e.source().firstLine())
        .toList();
  }

  @Test
  void readsEventsConcatenatedOnOneLine() {
    EventReads.Result result =
        read(
            event("Tcpip", 4227, "2026-03-11T09:51:23.1Z", 1)
                + event("Tcpip", 4231, "2026-03-11T09:52:40.2Z", 2)
                + "\n"
                + event("Tcpip", 4266, "2026-03-11T09:53:05.3Z", 3)
                + "\n");

    assertThat(ids(result)).containsExactly("4227#1@1", "4231#2@1", "4266#3@2");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void reportsAMalformedEventAndReadsTheNextOne() {
    String broken = event("Tcpip", 4231, "2026-03-11T09:52:40Z", 2).replace("</Level>", "</Lvl>");
    String unclosed =
        event("Tcpip", 4266, "2026-03-11T09:53:05Z", 3)
            .replace("</Event>", "")
            .replace("<Ev", "<Ev");

    EventReads.Result result =
        read(
            String.join(
                "\n",
                event("Tcpip", 4227, "2026-03-11T09:51:23Z", 1),
                broken,
                unclosed,
                event("NetBT", 4321, "2026-03-11T09:55:10Z", 4)));

    assertThat(ids(result)).containsExactly("4227#1@1", "4321#4@4");
    assertThat(result.codes(Severity.ERROR))
        .containsExactly("eventlog-xml.malformed-event@2", "eventlog-xml.truncated-event@3");
    assertThat(result.diagnostics().get(0).message()).contains("starting on line 2", "Level");
  }

  @Test
  void anExportCutOffMidEventKeepsTheEventsBeforeIt() {
    String saved =
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<Events>\n"
            + event("Tcpip", 4227, "2026-03-11T09:51:23Z", 1)
            + "\n"
            + event("Tcpip", 4231, "2026-03-11T09:52:40Z", 2)
                .replace("><", ">\n<")
                .substring(0, 300);

    EventReads.Result result = read(saved);

    assertThat(ids(result)).containsExactly("4227#1@3");
    Diagnostic cut = result.diagnostics().get(0);
    assertThat(cut.code()).isEqualTo("eventlog-xml.truncated-event");
    assertThat(cut.severity()).isEqualTo(Severity.ERROR);
    assertThat(cut.line()).isEqualTo(saved.lines().count());
    assertThat(cut.message()).contains("starting on line 4");
  }

  @Test
  void refusesADocumentTypeWithAnExternalEntity() {
    String hostile =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE Events [\n"
            + "  <!ENTITY secret SYSTEM \"file:///etc/passwd\">\n"
            + "]>\n"
            + "<Events>\n"
            + event("Tcpip", 4227, "2026-03-11T09:51:23Z", 1)
                .replace("<Data></Data>", "<Data>&secret;</Data>")
            + "\n</Events>\n";

    EventReads.Result result = read(hostile);

    assertThat(result.events()).isEmpty();
    assertThat(result.codes(Severity.ERROR)).containsExactly("eventlog-xml.doctype-refused@2");
    // nothing of the file the entity names (/etc/passwd starts "root:x:0:0") reached the output
    assertThat(result.diagnostics())
        .noneMatch(d -> d.message().contains("root:") || d.excerpt().contains("root:"));
  }

  @Test
  void anEntityReferenceWithoutDeclarationFailsOnlyItsEvent() {
    EventReads.Result result =
        read(
            event("Tcpip", 4227, "2026-03-11T09:51:23Z", 1)
                    .replace("<Data></Data>", "<Data>&xxe;</Data>")
                + "\n"
                + event("Tcpip", 4231, "2026-03-11T09:52:40Z", 2));

    assertThat(ids(result)).containsExactly("4231#2@2");
    assertThat(result.codes(Severity.ERROR)).containsExactly("eventlog-xml.malformed-event@1");
    assertThat(result.diagnostics().get(0).message()).contains("xxe");
  }

  @Test
  void refusesBillionLaughsWithoutExpandingIt() {
    StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
      entities
          .append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(previous.repeat(10))
          .append("\">\n");
    }
    String bomb =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE Events [\n"
            + entities
            + "]>\n<Events>\n"
            + event("&lol9;", 4227, "2026-03-11T09:51:23Z", 1)
            + "\n</Events>\n";

    EventReads.Result result = read(bomb);

    assertThat(result.events()).isEmpty();
    assertThat(result.codes(Severity.ERROR)).containsExactly("eventlog-xml.doctype-refused@2");
  }

  @Test
  void theParserAloneNeverExpandsADocumentType() {
    String bomb =
        "<!DOCTYPE Event [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
            + "<Event xmlns='"
            + NS
            + "'><System><Provider Name='&c;'/></System></Event>";

    ParsedEvent parsed = new EventXmlParser().parse(bomb, 10);

    assertThat(parsed.wellFormed()).isFalse();
    assertThat(parsed.fields().provider()).isNull();
    assertThat(parsed.problemLine()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void readsUserDataLeavesInOrder() {
    String xml =
        "<Event xmlns='"
            + NS
            + "'><System><Provider Name='Microsoft-Windows-Eventlog'/>"
            + "<EventID>104</EventID><Level>4</Level>"
            + "<TimeCreated SystemTime='2026-03-11T07:00:00.0000000Z'/><EventRecordID>7</EventRecordID>"
            + "<Channel>System</Channel><Computer>WEB01</Computer></System>"
            + "<UserData><LogFileCleared xmlns='http://manifests.microsoft.com/win/2004/08/windows/eventlog'>"
            + "<SubjectUserName>admin</SubjectUserName><SubjectDomainName>CONTOSO</SubjectDomainName>"
            + "<Channel>Application</Channel><BackupPath></BackupPath></LogFileCleared></UserData></Event>";

    EventRecord event = read(xml).events().get(0);

    assertThat(event.provider()).isEqualTo("Microsoft-Windows-Eventlog");
    assertThat(event.qualifiers()).isEqualTo(-1);
    assertThat(event.channel()).isEqualTo("System");
    assertThat(event.data()).containsExactly("admin", "CONTOSO", "Application", "");
  }

  @Test
  void unpacksPythonEvtxStringsAndReadsItsTimeAsUtc() {
    String xml =
        "<Event xmlns=\""
            + NS
            + "\"><System><Provider Name=\"Tcpip\"></Provider>\n"
            + "<EventID Qualifiers=\"32768\">4227</EventID>\n<Level>3</Level>\n"
            + "<TimeCreated SystemTime=\"2026-03-11 09:51:23.620853\"></TimeCreated>\n"
            + "<EventRecordID>50231</EventRecordID>\n<Channel>System</Channel>\n"
            + "<Computer>WEB01</Computer>\n</System>\n"
            + "<EventData><Data>&lt;string&gt;&lt;/string&gt;\n&lt;string&gt;10.0.0.9:1433&lt;/string&gt;\n"
            + "</Data>\n</EventData>\n</Event>\n";

    EventReads.Result result = read(xml);

    EventRecord event = result.events().get(0);
    assertThat(event.time()).isEqualTo(Instant.parse("2026-03-11T09:51:23.620853Z"));
    assertThat(event.data()).containsExactly("", "10.0.0.9:1433");
    assertThat(event.source().lastLine()).isEqualTo(13);
    assertThat(result.codes(Severity.INFO)).containsExactly("eventlog-xml.time-without-zone@1");
  }

  @Test
  void splitsAClassicIdWrittenWhole() {
    String whole =
        event("Tcpip", 4227, "2026-03-11T09:51:23Z", 1)
            .replace("<EventID Qualifiers='32768'>4227</EventID>", "<EventID>2147487875</EventID>");

    EventRecord event = read(whole).events().get(0);

    assertThat(event.eventId()).isEqualTo(4227);
    assertThat(event.qualifiers()).isEqualTo(32768);
  }

  @Test
  void reportsAnEventWithoutProviderOrId() {
    EventReads.Result result =
        read(
            event("", 4227, "2026-03-11T09:51:23Z", 1)
                + "\n"
                + event("Tcpip", 4227, "2026-03-11T09:51:23Z", 2).replace(">4227<", ">four<"));

    assertThat(result.events()).isEmpty();
    assertThat(result.codes(Severity.ERROR))
        .containsExactly("eventlog-xml.no-provider@1", "eventlog-xml.no-event-id@2");
  }

  @Test
  void warnsWhenThereIsNoEventAtAll() {
    EventReads.Result result =
        EventReads.read(
            new EventXmlFormat(),
            TestInputs.write(
                dir,
                "empty.xml",
                "<?xml version=\"1.0\"?>\n<Events>\n</Events>\n",
                StandardCharsets.UTF_8,
                false,
                "\n"),
            ZoneOffset.UTC);

    assertThat(result.events()).isEmpty();
    assertThat(result.codes(Severity.WARNING)).containsExactly("eventlog-xml.no-events@0");
  }

  @Test
  void anEventTooLargeToHoldIsReportedAndSkipped() {
    String huge =
        event("Tcpip", 4227, "2026-03-11T09:51:23Z", 1)
            .replace(
                "<Data></Data>", "<Data>" + "x".repeat(EventXmlReader.MAX_EVENT_CHARS) + "</Data>");

    EventReads.Result result = read(huge + "\n" + event("Tcpip", 4231, "2026-03-11T09:52:40Z", 2));

    assertThat(ids(result)).containsExactly("4231#2@2");
    assertThat(result.codes(Severity.ERROR)).containsExactly("eventlog-xml.event-too-large@1");
  }
}
