package io.portex.core.format.nettcp;

import static io.portex.core.format.nettcp.NetTcpInputs.analyze;
import static io.portex.core.format.nettcp.NetTcpInputs.errors;
import static io.portex.core.format.nettcp.NetTcpInputs.parse;
import static io.portex.core.format.nettcp.NetTcpInputs.states;
import static io.portex.core.format.nettcp.NetTcpInputs.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.model.ProcessUsage;
import io.portex.core.model.RemoteUsage;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import io.portex.core.model.TimeSource;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Get-NetTCPConnection | Export-Csv} in the shapes PowerShell writes it, and broken. The
 * expected counts were established by counting the rows of each fixture by hand.
 */
class NetTcpCsvReaderTest {

  @TempDir Path dir;

  /** The 36 columns of a PowerShell 5.1 export of every property, in PowerShell's order. */
  static final String FULL_HEADER =
      "\"Caption\",\"Description\",\"ElementName\",\"InstanceID\",\"CommunicationStatus\","
          + "\"DetailedStatus\",\"HealthState\",\"InstallDate\",\"Name\",\"OperatingStatus\","
          + "\"OperationalStatus\",\"PrimaryStatus\",\"Status\",\"StatusDescriptions\","
          + "\"AvailableRequestedStates\",\"EnabledDefault\",\"EnabledState\",\"OtherEnabledState\","
          + "\"RequestedState\",\"TimeOfLastStateChange\",\"TransitioningToState\","
          + "\"AggregationBehavior\",\"Directionality\",\"CreationTime\",\"LocalAddress\","
          + "\"LocalPort\",\"OwningProcess\",\"AppliedSetting\",\"OffloadState\",\"RemoteAddress\","
          + "\"RemotePort\",\"State\",\"PSComputerName\",\"CimClass\",\"CimInstanceProperties\","
          + "\"CimSystemProperties\"\n";

  static final String TYPE_LINE =
      "#TYPE Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetTCPConnection\n";

  /** One record of a full export; {@code properties} goes into CimInstanceProperties as is. */
  static String fullRow(
      String local, int localPort, String remote, int remotePort, String state, String properties) {
    String id = local + "++" + localPort + "++" + remote + "++" + remotePort;
    return "\"\",\"\",\"\",\""
        + id
        + "\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"2\",\"\",\"\",\"5\",\"\","
        + "\"12\",\"\",\"\",\"3/11/2026 9:58:01 AM\",\""
        + local
        + "\",\""
        + localPort
        + "\",\"6240\",\"\",\"InHost\",\""
        + remote
        + "\",\""
        + remotePort
        + "\",\""
        + state
        + "\",\"\",\"ROOT/StandardCimv2:MSFT_NetTCPConnection\",\""
        + properties
        + "\",\"Microsoft.Management.Infrastructure.CimSystemProperties\"\n";
  }

  private static Snapshot only(Analysis analysis) {
    assertThat(analysis.snapshots()).hasSize(1);
    return analysis.snapshots().get(0);
  }

  private Path file(String name, String text) {
    return NetTcpInputs.write(dir, name, text);
  }

  @Nested
  class Exports {

    @Test
    void fullPowerShell51ExportCountsEveryRowByState() {
      Analysis analysis = analyze(TestInputs.fixture("nettcp/ps51-export-full.csv"));

      Snapshot snapshot = only(analysis);
      assertThat(analysis.inputs().get(0).format()).isEqualTo("nettcp-csv");
      assertThat(states(snapshot))
          .isEqualTo(
              parse(
                  "LISTENING=7 ESTABLISHED=4 TIME_WAIT=5 CLOSE_WAIT=2 SYN_SENT=1 FIN_WAIT_2=1"
                      + " BOUND=1 LAST_ACK=1"));
      assertThat(snapshot.rows()).isEqualTo(22);
      assertThat(analysis.inputs().get(0).records()).isEqualTo(22);
      assertThat(snapshot.source().firstLine()).isEqualTo(3);
      assertThat(snapshot.source().lastLine()).as("row 10 spans two lines").isEqualTo(25);
      assertThat(snapshot.localTcpPorts().size()).isEqualTo(21);
      assertThat(snapshot.localTcpPorts().contains(50112)).as("IPv6 local port").isTrue();
      assertThat(snapshot.processes())
          .extracting(ProcessUsage::pid, ProcessUsage::total)
          .startsWith(tuple(6240, 8), tuple(0, 5));
      assertThat(snapshot.remotes())
          .extracting(RemoteUsage::remote, RemoteUsage::connections)
          .startsWith(tuple("10.20.30.50:1433", 5))
          .contains(tuple("[fe80::1%12]:445", 2));
      assertThat(snapshot.host()).isNull();
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void powerShell7ExportWithoutTypeLine() {
      Analysis analysis = analyze(TestInputs.fixture("nettcp/ps7-export-notype.csv"));

      Snapshot snapshot = only(analysis);
      assertThat(analysis.inputs().get(0).format()).isEqualTo("nettcp-csv");
      assertThat(states(snapshot))
          .isEqualTo(parse("LISTENING=4 ESTABLISHED=3 TIME_WAIT=4 CLOSE_WAIT=1"));
      assertThat(snapshot.source().firstLine()).isEqualTo(2);
      assertThat(snapshot.source().lastLine()).isEqualTo(13);
      assertThat(snapshot.remotes())
          .extracting(RemoteUsage::remote)
          .contains("[2606:4700::6810:84e5]:443", "52.245.136.46:443");
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void selectObjectSubsetInAnotherOrderWithNumericStates() {
      Analysis analysis = analyze(TestInputs.fixture("nettcp/ps51-select-numeric-states.csv"));

      Snapshot snapshot = only(analysis);
      assertThat(states(snapshot))
          .isEqualTo(
              parse(
                  "LISTENING=3 ESTABLISHED=3 TIME_WAIT=4 CLOSE_WAIT=1 BOUND=1 DELETE_TCB=1"
                      + " SYN_SENT=1"));
      assertThat(snapshot.source().firstLine()).isEqualTo(3);
      assertThat(snapshot.source().lastLine()).isEqualTo(16);
      assertThat(snapshot.localTcpPorts().contains(50011)).isTrue();
      assertThat(snapshot.remotes())
          .extracting(RemoteUsage::remote, RemoteUsage::timeWait)
          .startsWith(tuple("10.20.30.50:1433", 4));
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void useCultureExportDelimitedBySemicolons() {
      Analysis analysis = analyze(TestInputs.fixture("nettcp/ps51-useculture-semicolon.csv"));

      Snapshot snapshot = only(analysis);
      assertThat(states(snapshot))
          .isEqualTo(parse("LISTENING=2 ESTABLISHED=2 TIME_WAIT=3 CLOSE_WAIT=1"));
      assertThat(snapshot.remotes())
          .extracting(RemoteUsage::remote)
          .containsExactly("10.0.0.9:1433", "[::1]:8080");
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void unquotedValuesAsPowerShell7WritesWithUseQuotesAsNeeded() {
      String text =
          "LocalAddress,LocalPort,RemoteAddress,RemotePort,State,OwningProcess\n"
              + "10.0.0.5,50000,10.0.0.9,1433,TimeWait,0\n"
              + "::,445,::,0,Listen,4\n";

      Snapshot snapshot = only(analyze(file("asneeded.csv", text)));

      assertThat(states(snapshot)).isEqualTo(parse("LISTENING=1 TIME_WAIT=1"));
    }

    @Test
    void machinesNamedInPsComputerNameAreSnapshotsOfTheirOwn() {
      String text =
          "\"PSComputerName\",\"LocalAddress\",\"LocalPort\",\"RemoteAddress\",\"RemotePort\","
              + "\"State\",\"OwningProcess\"\n"
              + "\"web01\",\"10.0.0.5\",\"50000\",\"10.0.0.9\",\"1433\",\"TimeWait\",\"0\"\n"
              + "\"web02\",\"10.0.0.6\",\"50000\",\"10.0.0.9\",\"1433\",\"TimeWait\",\"0\"\n"
              + "\"web01\",\"10.0.0.5\",\"50001\",\"10.0.0.9\",\"1433\",\"Established\",\"77\"\n";

      Analysis analysis = analyze(file("two-hosts.csv", text));

      assertThat(analysis.snapshots())
          .extracting(Snapshot::host, Snapshot::rows, Snapshot::timeSource)
          .containsExactly(tuple("WEB01", 2, TimeSource.NONE), tuple("WEB02", 1, TimeSource.NONE));
      assertThat(analysis.hostNames()).containsExactly("WEB01", "WEB02");
    }
  }

  @Nested
  class Times {

    @Test
    void fileNameGivesTheTime() {
      String text = TestInputs.read(TestInputs.fixture("nettcp/ps7-export-notype.csv"));

      Snapshot snapshot = only(analyze(file("nettcp_20260311_101500.csv", text)));

      assertThat(snapshot.time()).isEqualTo(Instant.parse("2026-03-11T10:15:00Z"));
      assertThat(snapshot.timeSource()).isEqualTo(TimeSource.FILE_NAME);
    }

    @Test
    void modificationTimeOtherwiseNeverCreationTime() {
      String text = TestInputs.read(TestInputs.fixture("nettcp/ps51-export-full.csv"));

      Snapshot snapshot = only(analyze(file("connections.csv", text)));

      assertThat(snapshot.time()).isEqualTo(TestInputs.FIXED_MTIME);
      assertThat(snapshot.timeSource()).isEqualTo(TimeSource.FILE_MTIME);
    }

    @Test
    void fileNameTimeIsReadInTheGivenZone() {
      String text = TestInputs.read(TestInputs.fixture("nettcp/ps7-export-notype.csv"));
      Path path = file("nettcp_20260311_101500.csv", text);

      Analysis analysis =
          Analyzer.builder()
              .zone(ZoneOffset.ofHours(1))
              .formats(NetTcpInputs.FORMATS)
              .build()
              .analyze(List.of(path));

      assertThat(only(analysis).time()).isEqualTo(Instant.parse("2026-03-11T09:15:00Z"));
    }

    @Test
    void exportsPastedOneAfterAnotherStayApartAndUntimed() {
      String export =
          TYPE_LINE
              + FULL_HEADER
              + fullRow("10.0.0.5", 50000, "10.0.0.9", 1433, "TimeWait", "x")
              + fullRow("10.0.0.5", 50001, "10.0.0.9", 1433, "TimeWait", "x");
      String second =
          FULL_HEADER + fullRow("10.0.0.5", 50002, "10.0.0.9", 1433, "Established", "x");

      Analysis analysis = analyze(file("nettcp_20260311_101500.csv", export + export + second));

      assertThat(analysis.snapshots())
          .extracting(s -> s.source().firstLine(), Snapshot::rows, Snapshot::timeSource)
          .containsExactly(tuple(3L, 2, TimeSource.NONE), tuple(10L, 1, TimeSource.NONE));
      assertThat(warnings(analysis))
          .as("the second export is the first one again")
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("input.duplicate-snapshot", 7L));
      assertThat(TestInputs.diagnostics(analysis, io.portex.core.diag.Severity.INFO))
          .extracting(Diagnostic::code, Diagnostic::line)
          .contains(tuple("nettcp.another-export", 5L), tuple("nettcp.another-export", 9L));
    }
  }

  @Nested
  class Hostile {

    @Test
    void quotesCommasAndLineBreaksInsideCimInstanceProperties() {
      String text =
          TYPE_LINE
              + FULL_HEADER
              + fullRow(
                  "10.0.0.5",
                  50000,
                  "10.0.0.9",
                  1433,
                  "TimeWait",
                  "InstanceID = \"\"10.0.0.5++50000\"\",\nState = 11,\n\"\"\"\", end")
              + fullRow("10.0.0.5", 50001, "10.0.0.9", 1433, "Established", "{a, b, c...}")
              + fullRow("10.0.0.5", 50002, "10.0.0.9", 1433, "Sleeping", "\"\",\"\",\"\"");

      Analysis analysis = analyze(file("hostile-quotes.csv", text));

      Snapshot snapshot = only(analysis);
      assertThat(states(snapshot)).isEqualTo(parse("TIME_WAIT=1 ESTABLISHED=1 UNKNOWN=1"));
      assertThat(snapshot.source().firstLine()).isEqualTo(3);
      assertThat(snapshot.source().lastLine()).as("the first record spans lines 3-5").isEqualTo(7);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.unknown-state", 7L));
      assertThat(warnings(analysis).get(0).message()).contains("'Sleeping'");
    }

    @Test
    void missingRequiredColumnsAreAnErrorNamingThem() {
      String text =
          "#TYPE Selected.Microsoft.Management.Infrastructure.CimInstance\n"
              + "\"LocalAddress\",\"RemoteAddress\",\"RemotePort\",\"OwningProcess\"\n"
              + "\"10.0.0.5\",\"10.0.0.9\",\"1433\",\"0\"\n"
              + "\"10.0.0.5\",\"10.0.0.9\",\"1433\",\"0\"\n";

      Analysis analysis = analyze(file("no-port-no-state.csv", text));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("nettcp-csv");
      assertThat(analysis.snapshots()).isEmpty();
      assertThat(errors(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.missing-columns", 2L));
      assertThat(errors(analysis).get(0).message())
          .contains("LocalPort or State")
          .contains("2 record(s)");
    }

    @Test
    void missingStateColumnOfAFullExportIsAnError() {
      String text =
          TYPE_LINE
              + "\"LocalAddress\",\"LocalPort\",\"RemoteAddress\",\"RemotePort\"\n"
              + "\"10.0.0.5\",\"50000\",\"10.0.0.9\",\"1433\"\n";

      Analysis analysis = analyze(file("no-state.csv", text));

      assertThat(analysis.snapshots()).isEmpty();
      assertThat(errors(analysis))
          .extracting(Diagnostic::message)
          .singleElement()
          .asString()
          .contains("no State column");
    }

    @Test
    void unknownStateValuesAreCountedAsUnknown() {
      String text =
          "\"LocalPort\",\"State\"\n"
              + "\"50000\",\"TimeWait\"\n"
              + "\"50001\",\"Teleporting\"\n"
              + "\"50002\",\"\"\n"
              + "\"50003\",\"42\"\n"
              + "\"50004\",\"11\"\n";

      Analysis analysis = analyze(file("unknown-states.csv", text));

      Snapshot snapshot = only(analysis);
      assertThat(states(snapshot)).isEqualTo(parse("TIME_WAIT=2 UNKNOWN=3"));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(
              tuple("nettcp.unknown-state", 3L),
              tuple("nettcp.unknown-state", 4L),
              tuple("nettcp.unknown-state", 5L));
    }

    @Test
    void recordsWithTooFewOrTooManyFieldsAreReportedAndLeftOut() {
      String text =
          "\"LocalAddress\",\"LocalPort\",\"RemoteAddress\",\"RemotePort\",\"State\"\n"
              + "\"10.0.0.5\",\"50000\",\"10.0.0.9\",\"1433\",\"TimeWait\"\n"
              + "\"10.0.0.5\",\"50001\",\"10.0.0.9\"\n"
              + "\"10.0.0.5\",\"50002\",\"10.0.0.9\",\"1433\",\"TimeWait\",\"extra\"\n"
              + "\"10.0.0.5\",\"50003\",\"10.0.0.9\",\"1433\",\"Established\"\n";

      Analysis analysis = analyze(file("field-counts.csv", text));

      assertThat(states(only(analysis))).isEqualTo(parse("TIME_WAIT=1 ESTABLISHED=1"));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.field-count", 3L), tuple("nettcp.field-count", 4L));
      assertThat(warnings(analysis).get(0).message()).contains("3 field(s)", "header has 5");
    }

    @Test
    void unreadablePortsAndPidsAreReportedAndTheConnectionKept() {
      String text =
          "\"LocalAddress\",\"LocalPort\",\"RemoteAddress\",\"RemotePort\",\"State\","
              + "\"OwningProcess\"\n"
              + "\"10.0.0.5\",\"http\",\"10.0.0.9\",\"1433\",\"Established\",\"12\"\n"
              + "\"10.0.0.5\",\"50001\",\"10.0.0.9\",\"99999\",\"Established\",\"x12\"\n"
              + "\"10.0.0.5\",\"50002\",\"10.0.0.9\",\"1433\",\"Established\",\"12\"\n";

      Analysis analysis = analyze(file("bad-ports.csv", text));

      Snapshot snapshot = only(analysis);
      assertThat(states(snapshot)).isEqualTo(parse("ESTABLISHED=3"));
      assertThat(snapshot.localTcpPorts().size()).isEqualTo(2);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(
              tuple("nettcp.bad-port", 2L),
              tuple("nettcp.bad-port", 3L),
              tuple("nettcp.bad-pid", 3L));
      assertThat(warnings(analysis).get(0).message()).contains("LocalPort 'http'");
      assertThat(warnings(analysis).get(1).message()).contains("RemotePort '99999'");
    }

    @Test
    void typeLineAloneIsAnEmptyExport() {
      Analysis analysis = analyze(file("type-only.csv", TYPE_LINE));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("nettcp-csv");
      assertThat(analysis.snapshots()).isEmpty();
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.no-header", 1L));
      assertThat(errors(analysis)).isEmpty();
    }

    @Test
    void headerAloneIsAnExportWithoutConnections() {
      Analysis analysis = analyze(file("header-only.csv", TYPE_LINE + FULL_HEADER));

      assertThat(analysis.snapshots()).isEmpty();
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.no-rows", 2L));
    }

    @Test
    void oneRowCutInsideAQuotedValue() {
      String row = fullRow("10.0.0.5", 50000, "10.0.0.9", 1433, "TimeWait", "x");
      String cut = row.substring(0, row.indexOf("3/11/2026") + 4);

      Analysis analysis = analyze(file("cut.csv", TYPE_LINE + FULL_HEADER + cut));

      assertThat(analysis.snapshots()).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, io.portex.core.diag.Severity.WARNING))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.field-count", 3L), tuple("nettcp.no-rows", 2L));
    }

    @Test
    void unreadableCsvIsAnErrorAtItsLineAndKeepsTheRowsBefore() {
      String text =
          "\"LocalPort\",\"State\",\"CimInstanceProperties\"\n"
              + "\"50000\",\"TimeWait\",\"short\"\n"
              + "\"50001\",\"TimeWait\",\"short\"\n"
              + "\"50002\",\"TimeWait\",\""
              + "x".repeat(1000)
              + "\"\n"
              + "\"50003\",\"TimeWait\",\"short\"\n";
      Path path = file("too-long-field.csv", text);

      Analysis analysis =
          Analyzer.builder()
              .zone(ZoneOffset.UTC)
              .maxLineLength(256)
              .formats(NetTcpInputs.FORMATS)
              .build()
              .analyze(List.of(path));

      assertThat(states(only(analysis))).isEqualTo(parse("TIME_WAIT=2"));
      assertThat(errors(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.csv-error", 4L));
    }

    @Test
    void exportsAppendedToOneFileAreNoticedByTheirRepeatedListeners() {
      String rows =
          "\"0.0.0.0\",\"135\",\"0.0.0.0\",\"0\",\"Listen\",\"1012\"\n"
              + "\"10.0.0.5\",\"50000\",\"10.0.0.9\",\"1433\",\"TimeWait\",\"0\"\n";
      String text =
          "\"LocalAddress\",\"LocalPort\",\"RemoteAddress\",\"RemotePort\",\"State\","
              + "\"OwningProcess\"\n"
              + rows
              + rows
              + rows;

      Analysis analysis = analyze(file("appended.csv", text));

      assertThat(only(analysis).rows()).isEqualTo(6);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.repeated-listener", 4L));
    }

    @Test
    void manyBadRecordsAreCappedPerCode() {
      StringBuilder text = new StringBuilder("\"LocalPort\",\"State\"\n");
      for (int i = 0; i < 300; i++) {
        text.append('"').append(50000 + i).append("\",\"Bogus\"\n");
      }

      Analysis analysis = analyze(file("bogus.csv", text.toString()));

      assertThat(only(analysis).count(TcpState.UNKNOWN)).isEqualTo(300);
      assertThat(warnings(analysis)).hasSize(51);
    }
  }
}
