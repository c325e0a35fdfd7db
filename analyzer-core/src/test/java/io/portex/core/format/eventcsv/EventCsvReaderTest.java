package io.portex.core.format.eventcsv;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.TestInputs;
import io.portex.core.diag.Severity;
import io.portex.core.format.eventxml.EventReads;
import io.portex.core.model.EventRecord;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event CSV as it comes from machines in other cultures and from PowerShell, and broken: quotes and
 * line breaks in messages, a date that is none, a row without an id, a header portex does not know.
 */
class EventCsvReaderTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String EN_HEADER = "Level,Date and Time,Source,Event ID,Task Category\n";

  @TempDir Path dir;

  private EventReads.Result read(String text) {
    return read(text, StandardCharsets.UTF_16LE, true);
  }

  private EventReads.Result read(String text, Charset charset, boolean bom) {
    Path file = TestInputs.write(dir, "System.csv", text, charset, bom, "\r\n");
    EventReads.Result result = EventReads.read(file, BERLIN);
    assertThat(result.format()).isEqualTo("eventlog-csv");
    return result;
  }

  private static List<String> events(EventReads.Result result) {
    return result.events().stream()
        .map(
            e ->
                e.provider()
                    + " "
                    + e.eventId()
                    + " L"
                    + e.level()
                    + " "
                    + e.time()
                    + " @"
                    + e.source().firstLine()
                    + "-"
                    + e.source().lastLine())
        .toList();
  }

  @Test
  void readsAFrenchExportDayFirstFromADayAboveTwelve() {
    String text =
        "Niveau,Date et heure,Source,ID de l’événement,Catégorie de la tâche\n"
            + "Avertissement,11/03/2026 10:51:23,Tcpip,4227,Aucun,\"TCP/IP n’a pas pu établir une connexion sortante.\"\n"
            + "Information,13/02/2026 08:00:00,Service Control Manager,7036,Aucun,\"Le service Windows Update est entré dans l’état : arrêté.\"\n";

    EventReads.Result result = read(text);

    assertThat(events(result))
        .containsExactly(
            "Tcpip 4227 L3 2026-03-11T09:51:23Z @2-2",
            "Service Control Manager 7036 L4 2026-02-13T07:00:00Z @3-3");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void readsAnEnglishUkExportDayFirst() {
    String text =
        EN_HEADER
            + "Warning,11/03/2026 10:51:23,Tcpip,4231,None,\"A request to allocate an ephemeral port number from the global TCP port space has failed due to all such ports being in use.\"\n"
            + "Information,28/02/2026 23:59:59,EventLog,6013,None,\"The system uptime is 86400 seconds.\"\n";

    assertThat(events(read(text)))
        .containsExactly(
            "Tcpip 4231 L3 2026-03-11T09:51:23Z @2-2",
            "EventLog 6013 L4 2026-02-28T22:59:59Z @3-3");
  }

  @Test
  void guessesMonthFirstWithAWarningWhenNoDateDecides() {
    String text =
        EN_HEADER
            + "Warning,11/03/2026 10:51:23,Tcpip,4227,None,\"...\"\n"
            + "Warning,10/03/2026 10:51:23,Tcpip,4227,None,\"...\"\n";

    EventReads.Result result = read(text);

    assertThat(result.events().get(0).time()).isEqualTo(Instant.parse("2026-11-03T09:51:23Z"));
    assertThat(result.codes(Severity.WARNING)).containsExactly("eventlog-csv.day-month-guessed@2");
    assertThat(result.diagnostics().get(0).message()).contains("month first (en-US)");
  }

  @Test
  void readsQuotesAndLineBreaksInsideTheMessage() {
    String text =
        EN_HEADER
            + "Error,3/13/2026 8:00:00 AM,NetBT,4321,None,\"The name \"\"WEB01          :0\"\" could not be registered.\n"
            + "\n"
            + "Line \"\"three\"\", with a comma\"\n"
            + "Warning,3/13/2026 8:00:01 AM,Tcpip,4227,None,\"TCP/IP failed, again.\"\n";

    EventReads.Result result = read(text);

    assertThat(events(result))
        .containsExactly(
            "NetBT 4321 L2 2026-03-13T07:00:00Z @2-4", "Tcpip 4227 L3 2026-03-13T07:00:01Z @5-5");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void keepsARowWithABadDateUntimedAndSaysWhere() {
    String text =
        EN_HEADER
            + "Warning,3/13/2026 8:00:00 AM,Tcpip,4227,None,\"ok\"\n"
            + "Warning,yesterday at noon,Tcpip,4231,None,\"no date\"\n"
            + "Warning,3/13/2026 8:00:02 AM,Tcpip,four,None,\"no id\"\n"
            + "Warning,3/13/2026 8:00:03 AM,,4266,None,\"no source\"\n"
            + "Notice,3/13/2026 8:00:04 AM,Tcpip,4266,None,\"odd level\"\n";

    EventReads.Result result = read(text);

    assertThat(events(result))
        .containsExactly(
            "Tcpip 4227 L3 2026-03-13T07:00:00Z @2-2",
            "Tcpip 4231 L3 null @3-3",
            "Tcpip 4266 L-1 2026-03-13T07:00:04Z @6-6");
    assertThat(result.codes(Severity.WARNING))
        .containsExactly(
            "eventlog-csv.bad-date@3",
            "eventlog-csv.bad-event-id@4",
            "eventlog-csv.no-source@5",
            "eventlog-csv.unknown-level@6");
  }

  @Test
  void readsAHeaderOfAnotherLanguageByPosition() {
    String text =
        "Nivel,Fecha y hora,Origen,Id. del evento,Categoría de la tarea\n"
            + "Advertencia,11/03/2026 10:51:23,Tcpip,4227,Ninguno,\"TCP/IP no pudo establecer una conexión saliente.\"\n"
            + "Información,13/03/2026 10:51:23,Service Control Manager,7036,Ninguno,\"...\"\n";

    EventReads.Result result = read(text);

    assertThat(events(result))
        .containsExactly(
            "Tcpip 4227 L3 2026-03-11T09:51:23Z @2-2",
            "Service Control Manager 7036 L4 2026-03-13T09:51:23Z @3-3");
    assertThat(result.codes(Severity.INFO)).contains("eventlog-csv.header-by-position@1");
  }

  @Test
  void readsTheTabDelimitedTextExport() {
    String text =
        "Level\tDate and Time\tSource\tEvent ID\tTask Category\n"
            + "Warning\t3/13/2026 8:00:00 AM\tTcpip\t4227\tNone\t\"TCP/IP failed.\"\n";

    assertThat(events(read(text))).containsExactly("Tcpip 4227 L3 2026-03-13T07:00:00Z @2-2");
  }

  @Test
  void readsGetEventLogExportsQualifiersFromTheInstanceId() {
    String text =
        "#TYPE System.Diagnostics.EventLogEntry#System/Tcpip/4227\n"
            + "\"EventID\",\"MachineName\",\"Data\",\"Index\",\"Category\",\"CategoryNumber\",\"EntryType\",\"Message\",\"Source\",\"ReplacementStrings\",\"InstanceId\",\"TimeGenerated\",\"TimeWritten\",\"UserName\",\"Site\",\"Container\"\n"
            + "\"4227\",\"WEB01.contoso.local\",\"System.Byte[]\",\"50231\",\"(0)\",\"0\",\"Warning\",\"TCP/IP failed to establish an outgoing connection.\",\"Tcpip\",\"System.String[]\",\"2147487875\",\"3/11/2026 10:51:23 AM\",\"3/11/2026 10:51:23 AM\",,,\n";

    EventRecord event = read(text, StandardCharsets.US_ASCII, false).events().get(0);

    assertThat(event.provider()).isEqualTo("Tcpip");
    assertThat(event.eventId()).isEqualTo(4227);
    assertThat(event.qualifiers()).isEqualTo(32768);
    assertThat(event.level()).isEqualTo(3);
    assertThat(event.recordId()).isEqualTo(50231);
    assertThat(event.computer()).isEqualTo("WEB01.contoso.local");
    assertThat(event.time()).isEqualTo(Instant.parse("2026-03-11T09:51:23Z"));
    assertThat(event.data()).isEmpty();
  }

  @Test
  void readsAPowerShell7SubsetWithoutTypeLine() {
    String text =
        "\"TimeCreated\",\"Id\",\"ProviderName\",\"LevelDisplayName\",\"Message\"\n"
            + "\"11.03.2026 10:51:23\",\"4227\",\"Tcpip\",\"Warnung\",\"TCP/IP konnte keine ausgehende Verbindung herstellen.\"\n";

    EventRecord event = read(text, StandardCharsets.UTF_8, false).events().get(0);

    assertThat(event.eventId()).isEqualTo(4227);
    assertThat(event.level()).isEqualTo(3);
    assertThat(event.qualifiers()).isEqualTo(-1);
    assertThat(event.recordId()).isEqualTo(-1);
    assertThat(event.time()).isEqualTo(Instant.parse("2026-03-11T09:51:23Z"));
  }

  @Test
  void refusesAHeaderItCannotPlace() {
    Path file =
        TestInputs.write(
            dir, "odd.csv", "A,B,C,D,E\nx,y,z,w,v\n", StandardCharsets.UTF_8, false, "\n");

    EventReads.Result result = EventReads.read(new EventCsvFormat(), file, BERLIN);

    assertThat(result.events()).isEmpty();
    assertThat(result.codes(Severity.ERROR)).containsExactly("eventlog-csv.unknown-header@1");
  }
}
