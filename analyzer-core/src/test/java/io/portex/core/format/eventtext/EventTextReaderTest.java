package io.portex.core.format.eventtext;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.TestInputs;
import io.portex.core.diag.Severity;
import io.portex.core.format.eventxml.EventReads;
import io.portex.core.model.EventRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events as text as support engineers receive them: blocks missing a label, pasted into markdown,
 * with German or French labels, and "Copy details as text" whose XML part is cut off or broken.
 */
class EventTextReaderTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @TempDir Path dir;

  private static String block(String source, String id, String date, String level) {
    return "Log Name:      System\n"
        + "Source:        "
        + source
        + "\n"
        + (date == null ? "" : "Date:          " + date + "\n")
        + (id == null ? "" : "Event ID:      " + id + "\n")
        + "Task Category: None\n"
        + "Level:         "
        + level
        + "\n"
        + "Keywords:      Classic\n"
        + "User:          N/A\n"
        + "Computer:      WEB01.contoso.local\n"
        + "Description:\n"
        + "Something happened.\n";
  }

  private static String xml(int id, String time, long record) {
    return "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">\n"
        + "  <System>\n"
        + "    <Provider Name=\"Tcpip\" />\n"
        + "    <EventID Qualifiers=\"32768\">"
        + id
        + "</EventID>\n"
        + "    <Level>3</Level>\n"
        + "    <TimeCreated SystemTime=\""
        + time
        + "\" />\n"
        + "    <EventRecordID>"
        + record
        + "</EventRecordID>\n"
        + "    <Channel>System</Channel>\n"
        + "    <Computer>WEB01.contoso.local</Computer>\n"
        + "  </System>\n"
        + "  <EventData>\n"
        + "    <Data>\n"
        + "    </Data>\n"
        + "  </EventData>\n"
        + "</Event>\n";
  }

  private EventReads.Result read(String text) {
    Path file = TestInputs.write(dir, "events.txt", text, StandardCharsets.UTF_16LE, true, "\r\n");
    EventReads.Result result = EventReads.read(file, BERLIN);
    assertThat(result.format()).isEqualTo("eventlog-text");
    return result;
  }

  private static List<String> events(EventReads.Result result) {
    return result.events().stream()
        .map(
            e ->
                e.provider()
                    + " "
                    + e.eventId()
                    + " q"
                    + e.qualifiers()
                    + " L"
                    + e.level()
                    + " "
                    + e.time()
                    + " #"
                    + e.recordId()
                    + " @"
                    + e.source().firstLine()
                    + "-"
                    + e.source().lastLine())
        .toList();
  }

  @Test
  void reportsABlockWithoutEventIdAndReadsTheOthers() {
    String text =
        block("Tcpip", "4227", "3/13/2026 8:00:00 AM", "Warning")
            + "\n"
            + block("Tcpip", null, "3/13/2026 8:00:01 AM", "Warning")
            + "\n"
            + block("Tcpip", "4231", "3/13/2026 8:00:02 AM", "Warning");

    EventReads.Result result = read(text);

    assertThat(events(result))
        .containsExactly(
            "Tcpip 4227 q-1 L3 2026-03-13T07:00:00Z #-1 @1-11",
            "Tcpip 4231 q-1 L3 2026-03-13T07:00:02Z #-1 @24-34");
    assertThat(result.codes(Severity.WARNING)).containsExactly("eventlog-text.no-event-id@13");
  }

  @Test
  void readsAMarkdownQuoteWithTrailingDoubleSpaces() {
    String text =
        "Seen on the print server:\n\n"
            + block("Tcpip", "4227", "3/13/2026 8:00:00 AM", "Warning")
                .lines()
                .map(l -> "> " + l + "  ")
                .reduce((a, b) -> a + "\n" + b)
                .orElseThrow()
            + "\n\nThen the spooler hung.\n";

    EventReads.Result result = read(text);

    // a description reaches to the next event: the remark after the quote counts into it
    assertThat(events(result)).containsExactly("Tcpip 4227 q-1 L3 2026-03-13T07:00:00Z #-1 @3-15");
    assertThat(result.events().get(0).computer()).isEqualTo("WEB01.contoso.local");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void readsGermanCopyDetailsFromItsXmlPart() {
    String text =
        "Protokollname: System\n"
            + "Quelle:        Tcpip\n"
            + "Datum:         11.03.2026 10:51:23\n"
            + "Ereignis-ID:   4227\n"
            + "Aufgabenkategorie:Keine\n"
            + "Ebene:         Warnung\n"
            + "Schlüsselwörter:Klassisch\n"
            + "Benutzer:      Nicht zutreffend\n"
            + "Computer:      WEB01.contoso.local\n"
            + "Beschreibung:\n"
            + "TCP/IP konnte keine ausgehende Verbindung herstellen.\n"
            + "Ereignis-XML:\n"
            + xml(4227, "2026-03-11T09:51:23.6208539Z", 50231);

    EventReads.Result result = read(text);

    assertThat(events(result))
        .containsExactly("Tcpip 4227 q32768 L3 2026-03-11T09:51:23.620853900Z #50231 @1-27");
    assertThat(result.events().get(0).data()).containsExactly("");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void readsFrenchLabels() {
    String text =
        "Nom du journal :System\n"
            + "Source :        Tcpip\n"
            + "Date :          11/03/2026 10:51:23\n"
            + "ID de l’événement :4231\n"
            + "Catégorie de la tâche :Aucun\n"
            + "Niveau :        Avertissement\n"
            + "Ordinateur :    WEB01.contoso.local\n"
            + "Description :\n"
            + "La demande d’allocation d’un numéro de port éphémère a échoué.\n"
            + "\n"
            + "Nom du journal :System\n"
            + "Source :        Tcpip\n"
            + "Date :          13/03/2026 10:51:23\n"
            + "ID de l’événement :4231\n"
            + "Niveau :        Avertissement\n";

    EventReads.Result result = read(text);

    assertThat(events(result))
        .containsExactly(
            "Tcpip 4231 q-1 L3 2026-03-11T09:51:23Z #-1 @1-9",
            "Tcpip 4231 q-1 L3 2026-03-13T09:51:23Z #-1 @11-15");
    assertThat(result.events().get(0).computer()).isEqualTo("WEB01.contoso.local");
  }

  @Test
  void anXmlPartCutOffKeepsItsSystemValuesAndTheNextEventIsRead() {
    String cut = xml(4227, "2026-03-11T09:51:23.6208539Z", 50231);
    cut = cut.substring(0, cut.indexOf("    </Data>"));
    String text =
        block("Tcpip", "4227", "3/11/2026 10:51:23 AM", "Warning")
            + "Event Xml:\n"
            + cut
            + block("Tcpip", "4231", "3/13/2026 10:52:40 AM", "Warning")
            + "Event Xml:\n"
            + xml(4231, "2026-03-13T09:52:40.0182213Z", 50232);

    EventReads.Result result = read(text);

    assertThat(events(result))
        .containsExactly(
            "Tcpip 4227 q32768 L3 2026-03-11T09:51:23.620853900Z #50231 @1-24",
            "Tcpip 4231 q32768 L3 2026-03-13T09:52:40.018221300Z #50232 @25-51");
    assertThat(result.codes(Severity.WARNING)).containsExactly("eventlog-text.truncated-xml@24");
  }

  @Test
  void anXmlPartCutBeforeItsSystemEndsLeavesTheLabels() {
    String cut = xml(4227, "2026-03-11T09:51:23.6208539Z", 50231);
    cut = cut.substring(0, cut.indexOf("    <EventRecordID>"));

    EventReads.Result result =
        read(block("Tcpip", "4227", "3/13/2026 10:51:23 AM", "Warning") + "Event Xml:\n" + cut);

    assertThat(events(result)).containsExactly("Tcpip 4227 q-1 L3 2026-03-13T09:51:23Z #-1 @1-18");
    assertThat(result.diagnostics().get(0).message()).contains("the labels are read instead");
  }

  @Test
  void aBrokenXmlPartIsReportedWithItsLine() {
    String broken = xml(4227, "2026-03-11T09:51:23.6208539Z", 50231).replace("</Level>", "</Lvl>");

    EventReads.Result result =
        read(block("Tcpip", "4227", "3/13/2026 10:51:23 AM", "Warning") + "Event Xml:\n" + broken);

    assertThat(events(result)).containsExactly("Tcpip 4227 q-1 L3 2026-03-13T09:51:23Z #-1 @1-27");
    assertThat(result.codes(Severity.WARNING)).containsExactly("eventlog-text.malformed-xml@17");
  }

  @Test
  void keepsAnEventWithABadDateUntimed() {
    EventReads.Result result = read(block("Tcpip", "4227", "last Tuesday", "Warning"));

    assertThat(result.events()).extracting(EventRecord::time).containsExactly((Instant) null);
    assertThat(result.codes(Severity.WARNING)).containsExactly("eventlog-text.bad-date@3");
  }

  @Test
  void warnsWhenMadeToReadTextWithoutEvents() {
    Path file =
        TestInputs.write(dir, "notes.txt", "nothing here\n", StandardCharsets.UTF_8, false, "\n");

    EventReads.Result result = EventReads.read(new EventTextFormat(), file, BERLIN);

    assertThat(result.events()).isEmpty();
    assertThat(result.codes(Severity.WARNING)).containsExactly("eventlog-text.no-events@0");
  }
}
