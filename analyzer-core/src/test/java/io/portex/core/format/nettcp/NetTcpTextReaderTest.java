package io.portex.core.format.nettcp;

import static io.portex.core.format.nettcp.NetTcpInputs.analyze;
import static io.portex.core.format.nettcp.NetTcpInputs.errors;
import static io.portex.core.format.nettcp.NetTcpInputs.parse;
import static io.portex.core.format.nettcp.NetTcpInputs.states;
import static io.portex.core.format.nettcp.NetTcpInputs.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portex.core.Analysis;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.model.ProcessUsage;
import io.portex.core.model.RemoteUsage;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TimeSource;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Get-NetTCPConnection} table and list views saved as text. Expected counts were established
 * by counting the rows of each fixture by hand.
 */
class NetTcpTextReaderTest {

  @TempDir Path dir;

  static final String HEADER =
      "LocalAddress                        LocalPort RemoteAddress                       "
          + "RemotePort State       AppliedSetting OwningProcess\n"
          + "------------                        --------- -------------                       "
          + "---------- -----       -------------- -------------\n";

  /** A row of the default table view, padded as PowerShell 5.1 pads it. */
  static String row(
      String local, int localPort, String remote, int remotePort, String state, int pid) {
    String applied = state.equals("Established") ? "Internet" : "";
    return String.format(
                "%-35s %-9s %-35s %-10s %-11s %-14s %d",
                local, localPort, remote, remotePort, state, applied, pid)
            .replaceAll(" +$", "")
        + "\n";
  }

  private Path file(String name, String text) {
    return NetTcpInputs.write(dir, name, text);
  }

  private static Snapshot only(Analysis analysis) {
    assertThat(analysis.snapshots()).hasSize(1);
    return analysis.snapshots().get(0);
  }

  @Nested
  class Views {

    @Test
    void tableViewCountsEveryRowByState() {
      Analysis analysis = analyze(TestInputs.fixture("nettcp/ps51-table-view.txt"));

      Snapshot snapshot = only(analysis);
      assertThat(analysis.inputs().get(0).format()).isEqualTo("nettcp-table");
      assertThat(states(snapshot))
          .isEqualTo(
              parse("LISTENING=5 ESTABLISHED=4 TIME_WAIT=3 CLOSE_WAIT=1 SYN_SENT=1 BOUND=1"));
      assertThat(snapshot.source().firstLine()).isEqualTo(5);
      assertThat(snapshot.source().lastLine()).isEqualTo(19);
      assertThat(snapshot.localTcpPorts().contains(49669)).isTrue();
      assertThat(snapshot.processes())
          .extracting(ProcessUsage::pid, ProcessUsage::total)
          .startsWith(tuple(6240, 5));
      assertThat(snapshot.remotes())
          .extracting(RemoteUsage::remote)
          .contains("[fe80::1%12]:445", "10.20.30.50:1433");
      assertThat(warnings(analysis)).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.cut-value", 9L));
    }

    @Test
    void listViewCountsOneConnectionPerEntry() {
      Analysis analysis = analyze(TestInputs.fixture("nettcp/ps51-list-view.txt"));

      Snapshot snapshot = only(analysis);
      assertThat(states(snapshot))
          .isEqualTo(parse("LISTENING=1 TIME_WAIT=1 ESTABLISHED=1 CLOSE_WAIT=1"));
      assertThat(snapshot.source().firstLine()).isEqualTo(3);
      assertThat(snapshot.source().lastLine()).isEqualTo(105);
      assertThat(snapshot.processes()).extracting(ProcessUsage::pid).contains(4816, 0, 6240);
      assertThat(snapshot.localTcpPorts().contains(8080)).isTrue();
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO)).isEmpty();
    }

    @Test
    void listViewTimeComesFromTheFileNeverFromCreationTime() {
      String text = TestInputs.read(TestInputs.fixture("nettcp/ps51-list-view.txt"));

      Snapshot snapshot = only(analyze(file("fl.txt", text)));

      assertThat(snapshot.time()).isEqualTo(TestInputs.FIXED_MTIME);
      assertThat(snapshot.timeSource()).isEqualTo(TimeSource.FILE_MTIME);
    }

    @Test
    void tableNamedWithATimeTakesIt() {
      String text = TestInputs.read(TestInputs.fixture("nettcp/ps51-table-view.txt"));

      Snapshot snapshot = only(analyze(file("nettcp_20260311_101500.txt", text)));

      assertThat(snapshot.time()).isEqualTo(Instant.parse("2026-03-11T10:15:00Z"));
      assertThat(snapshot.timeSource()).isEqualTo(TimeSource.FILE_NAME);
    }

    @Test
    void getDateBeforeEachTableTimesItsSnapshot() {
      String text =
          "Wednesday, March 11, 2026 10:00:00 AM\n\n"
              + HEADER
              + row("10.0.0.5", 50000, "10.0.0.9", 1433, "TimeWait", 0)
              + "\n\nWednesday, March 11, 2026 10:05:00 AM\n\n"
              + HEADER
              + row("10.0.0.5", 50000, "10.0.0.9", 1433, "TimeWait", 0)
              + row("10.0.0.5", 50001, "10.0.0.9", 1433, "TimeWait", 0)
              + "\n";

      Analysis analysis = analyze(file("loop.txt", text));

      assertThat(analysis.snapshots())
          .extracting(Snapshot::time, Snapshot::timeSource, Snapshot::rows)
          .containsExactly(
              tuple(Instant.parse("2026-03-11T10:00:00Z"), TimeSource.CONTENT, 1),
              tuple(Instant.parse("2026-03-11T10:05:00Z"), TimeSource.CONTENT, 2));
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void formatTableWithChosenColumnsAndRightAlignedNumbers() {
      String text =
          "LocalPort RemotePort State       OwningProcess\n"
              + "--------- ---------- -----       -------------\n"
              + "    50000       1433 TimeWait                0\n"
              + "      135          0 Listen               1012\n";

      Analysis analysis = analyze(file("ft-columns.txt", text));

      Snapshot snapshot = only(analysis);
      assertThat(states(snapshot)).isEqualTo(parse("TIME_WAIT=1 LISTENING=1"));
      assertThat(snapshot.processes()).extracting(ProcessUsage::pid).contains(0, 1012);
      assertThat(warnings(analysis)).isEmpty();
    }
  }

  @Nested
  class Hostile {

    @Test
    void valueLongerThanItsColumnPushesTheRowRight() {
      String text =
          "LocalAddress  LocalPort RemoteAddress  RemotePort State       OwningProcess\n"
              + "------------  --------- -------------  ---------- -----       -------------\n"
              + "fe80::5d1c:2b3a:91e4:7f10%12 50112 fe80::1%12 445 Established 6240\n"
              + "10.0.0.5      50000     10.0.0.9       1433       TimeWait    0\n";

      Analysis analysis = analyze(file("overflow.txt", text));

      Snapshot snapshot = only(analysis);
      assertThat(states(snapshot)).isEqualTo(parse("ESTABLISHED=1 TIME_WAIT=1"));
      assertThat(snapshot.remotes())
          .extracting(RemoteUsage::remote)
          .containsExactlyInAnyOrder("[fe80::1%12]:445", "10.0.0.9:1433");
      assertThat(snapshot.processes()).extracting(ProcessUsage::pid).contains(6240, 0);
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void damagedLineBetweenRowsIsReported() {
      String text =
          HEADER
              + row("10.0.0.5", 50000, "10.0.0.9", 1433, "TimeWait", 0)
              + " ".repeat(112)
              + "Internet       6240\n"
              + row("10.0.0.5", 50002, "10.0.0.9", 1433, "TimeWait", 0)
              + "\nPS C:\\> exit\n";

      Analysis analysis = analyze(file("damaged.txt", text));

      assertThat(only(analysis).rows()).isEqualTo(2);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.unreadable-line", 4L));
    }

    @Test
    void unknownStateWordsAreCountedAsUnknown() {
      String text =
          HEADER
              + row("10.0.0.5", 50000, "10.0.0.9", 1433, "Hibernating", 0)
              + row("10.0.0.5", 50001, "10.0.0.9", 1433, "TimeWait", 0);

      Analysis analysis = analyze(file("unknown.txt", text));

      assertThat(states(only(analysis))).isEqualTo(parse("UNKNOWN=1 TIME_WAIT=1"));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.unknown-state", 3L));
    }

    @Test
    void tableWithoutPortOrStateColumnsIsAnError() {
      String text =
          "LocalAddress RemoteAddress OwningProcess\n"
              + "------------ ------------- -------------\n"
              + "10.0.0.5     10.0.0.9      0\n";

      Analysis analysis = analyze(file("no-columns.txt", text));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("nettcp-table");
      assertThat(analysis.snapshots()).isEmpty();
      assertThat(errors(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.missing-columns", 1L));
      assertThat(errors(analysis).get(0).message()).contains("LocalPort or State");
    }

    @Test
    void headerWithoutRowsIsReported() {
      Analysis analysis =
          analyze(file("empty-table.txt", "PS C:\\> Get-NetTCPConnection\n\n" + HEADER));

      assertThat(analysis.snapshots()).isEmpty();
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.no-rows", 3L));
    }

    @Test
    void listEntriesWithoutBlankLinesBetweenThemAreTold() {
      String text =
          "LocalAddress  : 10.0.0.5\n"
              + "LocalPort     : 50000\n"
              + "RemoteAddress : 10.0.0.9\n"
              + "RemotePort    : 1433\n"
              + "State         : TimeWait\n"
              + "LocalAddress  : 10.0.0.5\n"
              + "LocalPort     : 50001\n"
              + "RemoteAddress : 10.0.0.9\n"
              + "RemotePort    : 1433\n"
              + "State         : Dozing\n";

      Analysis analysis = analyze(file("fl-packed.txt", text));

      assertThat(states(only(analysis))).isEqualTo(parse("TIME_WAIT=1 UNKNOWN=1"));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.unknown-state", 10L));
      assertThat(warnings(analysis).get(0).excerpt()).isEqualTo("State : Dozing");
    }

    @Test
    void listEntryWithoutStateIsReportedAndWrappedValuesAreSkipped() {
      String text =
          "\nLocalAddress   : 10.0.0.5\n"
              + "LocalPort      : 50000\n"
              + "Description    : a long description that Format-List wrapped onto\n"
              + "                 the next line\n"
              + "State          : Established\n"
              + "\nLocalAddress   : 10.0.0.5\n"
              + "LocalPort      : 50001\n"
              + "RemoteAddress  : 10.0.0.9\n";

      Analysis analysis = analyze(file("fl-incomplete.txt", text));

      assertThat(states(only(analysis))).isEqualTo(parse("ESTABLISHED=1"));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.incomplete-entry", 8L));
    }

    @Test
    void veryLongLineIsReportedAndSkipped() {
      String text =
          HEADER
              + row("10.0.0.5", 50000, "10.0.0.9", 1433, "TimeWait", 0)
              + "x".repeat(100_000)
              + "\n"
              + row("10.0.0.5", 50001, "10.0.0.9", 1433, "TimeWait", 0);

      Analysis analysis = analyze(file("long.txt", text));

      assertThat(only(analysis).rows()).isEqualTo(2);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.long-line", 4L));
    }
  }

  /** The default table pasted without its header and dashes line, as seen in public tickets. */
  @Nested
  class Headerless {

    @Test
    void rowsAreReadByTheirValues() {
      String text =
          "PS C:\\> Get-NetTCPConnection | Select-Object -Skip 2\n"
              + row("10.0.0.5", 50000, "10.0.0.9", 1433, "TimeWait", 0)
              + row("10.0.0.5", 50001, "10.0.0.9", 1433, "TimeWait", 0)
              + row("10.0.0.5", 50002, "10.0.0.7", 443, "Established", 4120)
              + row("::", 445, "::", 0, "Listen", 4)
              + row("fe80::1%12", 50003, "fe80::2%12", 445, "CloseWait", 4120)
              + "        10.0.0.5  50004  10.0.0.9  1433  Bound  77\n";

      Analysis analysis = analyze(file("pasted.txt", text));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("nettcp-table");
      Snapshot snapshot = only(analysis);
      assertThat(states(snapshot))
          .isEqualTo(parse("TIME_WAIT=2 ESTABLISHED=1 LISTENING=1 CLOSE_WAIT=1 BOUND=1"));
      assertThat(snapshot.processes())
          .extracting(ProcessUsage::pid)
          .containsExactlyInAnyOrder(0, 4120, 4, 77);
      assertThat(snapshot.remotes()).extracting(RemoteUsage::remote).contains("10.0.0.9:1433");
      assertThat(warnings(analysis)).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("nettcp.inferred-columns", 2L));
    }

    @Test
    void realPasteWithItsHeaderLinesCutOffIsRead() {
      Path real =
          Path.of(
              "..",
              "..",
              "shared",
              "corpus",
              "real",
              "getnettcp",
              "ft-en-blog-established-timewait-indented.txt");
      org.junit.jupiter.api.Assumptions.assumeTrue(
          java.nio.file.Files.isRegularFile(real), "../shared is absent");
      String cut =
          TestInputs.read(real)
              .lines()
              .filter(l -> !l.contains("LocalAddress") && !l.contains("------"))
              .collect(java.util.stream.Collectors.joining("\n", "", "\n"));

      Analysis headerless = analyze(file("cut.txt", cut));
      Analysis whole = analyze(real);

      assertThat(states(only(headerless))).isEqualTo(states(only(whole)));
      assertThat(only(headerless).processes()).isEqualTo(only(whole).processes());
    }

    @Test
    void linesThatOnlyLookAlikeAreNoRows() {
      assertThat(ValueRow.parse("10.0.0.5 50000 10.0.0.9 1433 TimeWait Internet 0 extra")).isNull();
      assertThat(ValueRow.parse("10.0.0.5 50000 10.0.0.9 1433 2 Internet 0")).isNull();
      assertThat(ValueRow.parse("10.0.0.256 50000 10.0.0.9 1433 TimeWait")).isNull();
      assertThat(ValueRow.parse("10.0.0.5 70000 10.0.0.9 1433 TimeWait")).isNull();
      assertThat(ValueRow.parse("  TCP    10.0.0.5:50000   10.0.0.9:1433   TIME_WAIT   0"))
          .isNull();
      assertThat(ValueRow.parse("10.0.0.5 50000 10.0.0.9 1433 Sleeping 0")).isNull();
      assertThat(ValueRow.parse("10.0.0.5 50000 10.0.0.9 1433 TimeWait")).isNotNull();
    }

    @Test
    void aNetstatDumpIsNotTakenForOne() {
      String netstat =
          "\nActive Connections\n\n  Proto  Local Address          Foreign Address        State           PID\n"
              + "  TCP    10.0.0.5:50000         10.0.0.9:1433          TIME_WAIT       0\n";

      Analysis analysis = analyze(file("netstat.txt", netstat));

      assertThat(analysis.inputs().get(0).format()).isNotEqualTo("nettcp-table");
    }
  }

  @Nested
  class DayMonthOrder {

    @Test
    void aLoopOfTablesTakesTheOrderALaterStampShows() {
      StringBuilder text = new StringBuilder();
      String[] stamps = {"12/03/2026 23:55:00", "13/03/2026 00:00:00"};
      for (int i = 0; i < stamps.length; i++) {
        text.append(stamps[i]).append("\n\n").append(HEADER);
        text.append(row("10.0.0.5", 50000 + i, "10.0.0.9", 1433, "Established", 4711));
        text.append("\n");
      }

      Analysis analysis = analyze(file("loop.txt", text.toString()));

      assertThat(analysis.snapshots())
          .extracting(Snapshot::time)
          .containsExactly(
              Instant.parse("2026-03-12T23:55:00Z"), Instant.parse("2026-03-13T00:00:00Z"));
      assertThat(analysis.inputs().get(0).diagnostics())
          .extracting(Diagnostic::code)
          .contains("nettcp.date-order");
    }
  }
}
