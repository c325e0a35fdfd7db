package io.portex.core.format.netstat;

import static io.portex.core.TestInputs.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.model.ProcessUsage;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import io.portex.core.model.TimeSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetstatReaderTest {

  @TempDir Path dir;

  private Path file(String name, String text) {
    return TestInputs.write(dir, name, text, StandardCharsets.UTF_8, false, "\r\n");
  }

  private static final String HEADER =
      "Active Connections\n\n  Proto  Local Address          Foreign Address        State           PID\n";

  private static String row(String local, String remote, String state, int pid) {
    return String.format("  TCP    %-21s  %-21s  %-12s    %d%n", local, remote, state, pid);
  }

  @Nested
  class Variants {

    @Test
    void loopWithBannersGivesOneTimedSnapshotPerBanner() {
      Analysis analysis = TestInputs.analyze(TestInputs.fixture("netstat/en-ano-loop-banners.txt"));

      List<Snapshot> snapshots = analysis.snapshots();
      assertThat(snapshots)
          .extracting(Snapshot::time)
          .containsExactly(
              Instant.parse("2026-03-11T10:00:00Z"),
              Instant.parse("2026-03-11T10:05:00Z"),
              Instant.parse("2026-03-11T10:10:00Z"));
      assertThat(snapshots).extracting(Snapshot::timeSource).containsOnly(TimeSource.CONTENT);
      assertThat(snapshots).extracting(s -> s.count(TcpState.TIME_WAIT)).containsExactly(5, 9, 14);
      assertThat(snapshots).extracting(s -> s.count(TcpState.ESTABLISHED)).containsExactly(4, 5, 5);
      assertThat(snapshots).extracting(s -> s.count(TcpState.CLOSE_WAIT)).containsExactly(1, 2, 3);
      assertThat(snapshots).extracting(Snapshot::udpSockets).containsOnly(2);
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void germanCmdLoopReadsStateWordsAndTimesInTheGivenZone() {
      Analysis analysis =
          Analyzer.builder()
              .zone(ZoneId.of("Europe/Berlin"))
              .build()
              .analyze(List.of(TestInputs.fixture("netstat/de-ano-loop-cmd-date.txt")));

      List<Snapshot> snapshots = analysis.snapshots();
      assertThat(snapshots)
          .extracting(Snapshot::time)
          .containsExactly(
              Instant.parse("2026-03-11T08:00:05.370Z"), Instant.parse("2026-03-11T08:10:05.370Z"));
      assertThat(snapshots.get(0).count(TcpState.LISTENING)).isEqualTo(3);
      assertThat(snapshots.get(0).count(TcpState.TIME_WAIT)).isEqualTo(4);
      assertThat(snapshots.get(1).count(TcpState.CLOSE_WAIT)).isEqualTo(2);
      assertThat(snapshots.get(1).processes())
          .filteredOn(p -> p.pid() == 5150)
          .extracting(ProcessUsage::total)
          .containsExactly(2);
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void ownerLinesOfDashBNameTheProcesses() {
      Analysis analysis = TestInputs.analyze(TestInputs.fixture("netstat/en-anob-owners.txt"));

      Snapshot snapshot = analysis.snapshots().get(0);
      assertThat(snapshot.processes())
          .extracting(ProcessUsage::pid, ProcessUsage::name)
          .contains(
              org.assertj.core.groups.Tuple.tuple(4242, "java.exe"),
              org.assertj.core.groups.Tuple.tuple(912, "svchost.exe"),
              org.assertj.core.groups.Tuple.tuple(5150, "NVIDIA Web Helper.exe"),
              org.assertj.core.groups.Tuple.tuple(4, null));
      assertThat(snapshot.rows()).isEqualTo(7);
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void boundSocketsOfDashQHoldEphemeralPorts() {
      Analysis analysis = TestInputs.analyze(TestInputs.fixture("netstat/en-anoq-bound.txt"));

      Snapshot snapshot = analysis.snapshots().get(0);
      assertThat(snapshot.count(TcpState.BOUND)).isEqualTo(6);
      assertThat(analysis.ephemeralInUse(snapshot)).isEqualTo(7);
    }

    @Test
    void offloadColumnOfDashTIsNoState() {
      Analysis analysis = TestInputs.analyze(TestInputs.fixture("netstat/en-ton-offload.txt"));

      Snapshot snapshot = analysis.snapshots().get(0);
      assertThat(snapshot.count(TcpState.ESTABLISHED)).isEqualTo(4);
      assertThat(snapshot.count(TcpState.TIME_WAIT)).isEqualTo(1);
      assertThat(snapshot.processes()).extracting(ProcessUsage::pid).contains(1234, 4, 0);
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void getDateAndSplitDateTimeLinesTimeTheirSnapshots() {
      Analysis analysis = TestInputs.analyze(TestInputs.fixture("netstat/en-ano-loop-getdate.txt"));

      assertThat(analysis.snapshots())
          .extracting(Snapshot::time)
          .containsExactly(
              Instant.parse("2026-03-11T09:58:01Z"),
              Instant.parse("2026-03-11T10:03:01.550Z"),
              Instant.parse("2026-03-11T10:08:01Z"));
    }

    @Test
    void fileNameGivesTheTimeOfAnUntimedCapture() {
      String table = HEADER + row("10.0.0.5:50000", "10.0.0.9:1433", "TIME_WAIT", 0);

      Snapshot named =
          TestInputs.analyze(file("netstat_20260311_101500.txt", table)).snapshots().get(0);
      Snapshot dashed =
          TestInputs.analyze(file("netstat-2026-03-11_10-15-00.txt", table)).snapshots().get(0);
      Snapshot timeOfDay = TestInputs.analyze(file("1015_netstat.txt", table)).snapshots().get(0);
      Snapshot plain = TestInputs.analyze(file("netstat.txt", table)).snapshots().get(0);

      assertThat(named.time()).isEqualTo(Instant.parse("2026-03-11T10:15:00Z"));
      assertThat(named.timeSource()).isEqualTo(TimeSource.FILE_NAME);
      assertThat(dashed.time()).isEqualTo(named.time());
      assertThat(timeOfDay.time()).isEqualTo(named.time());
      assertThat(plain.time()).isEqualTo(TestInputs.FIXED_MTIME);
      assertThat(plain.timeSource()).isEqualTo(TimeSource.FILE_MTIME);
    }

    @Test
    void untimedSnapshotsOfOneFileStayUntimedInTheirOrder() {
      String text =
          HEADER
              + row("10.0.0.5:50000", "10.0.0.9:1433", "TIME_WAIT", 0)
              + "\n"
              + HEADER
              + row("10.0.0.5:50001", "10.0.0.9:1433", "ESTABLISHED", 7)
              + row("10.0.0.5:50002", "10.0.0.9:1433", "ESTABLISHED", 7);

      Analysis analysis = TestInputs.analyze(file("two.txt", text));

      assertThat(analysis.snapshots()).extracting(Snapshot::rows).containsExactly(1, 2);
      assertThat(analysis.snapshots())
          .extracting(Snapshot::timeSource)
          .containsOnly(TimeSource.NONE);
    }
  }

  @Nested
  class HostileInput {

    @Test
    void emptyFileIsSkippedAsUnknown() {
      Analysis analysis = TestInputs.analyze(file("empty.txt", ""));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("unknown");
      assertThat(analysis.inputs().get(0).reason()).isEqualTo("empty file");
      assertThat(analysis.readAnything()).isFalse();
    }

    @Test
    void binaryJunkIsSkippedAsUnknown() throws Exception {
      byte[] junk = new byte[4096];
      new java.util.Random(1).nextBytes(junk);
      Path file = dir.resolve("junk.bin");
      java.nio.file.Files.write(file, junk);

      Analysis analysis = TestInputs.analyze(file);

      assertThat(analysis.inputs().get(0).format()).isEqualTo("unknown");
      assertThat(analysis.inputs().get(0).reason()).contains("binary");
    }

    @Test
    void tenMegabyteLineIsReportedAndTheRestIsRead() {
      String text =
          HEADER
              + row("10.0.0.5:50000", "10.0.0.9:1433", "TIME_WAIT", 0)
              + "x".repeat(10 * 1024 * 1024)
              + "\n"
              + row("10.0.0.5:50001", "10.0.0.9:1433", "TIME_WAIT", 0);

      Analysis analysis = TestInputs.analyze(file("long.txt", text));

      assertThat(analysis.snapshots().get(0).count(TcpState.TIME_WAIT)).isEqualTo(2);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("netstat.long-line", 5L));
      assertThat(warnings(analysis).get(0).excerpt()).hasSizeLessThan(200);
    }

    @Test
    void truncatedLastLineIsCountedAndNamed() {
      String text =
          HEADER
              + row("10.0.0.5:50000", "10.0.0.9:1433", "TIME_WAIT", 0)
              + "  TCP    10.0.0.5:50001         10.0";

      Analysis analysis = TestInputs.analyze(file("cut.txt", text));

      Snapshot snapshot = analysis.snapshots().get(0);
      assertThat(snapshot.rows()).isEqualTo(2);
      assertThat(snapshot.count(TcpState.UNKNOWN)).isEqualTo(1);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("netstat.cut-row", 5L));
    }

    @Test
    void snapshotCutInTheMiddleKeepsWhatWasThere() {
      String text =
          "==== 2026-03-11 10:00:00 ====\n"
              + HEADER
              + row("10.0.0.5:50000", "10.0.0.9:1433", "TIME_WAIT", 0)
              + row("10.0.0.5:50001", "10.0.0.9:1433", "TIME_WAIT", 0)
              + "==== 2026-03-11 10:05:00 ====\n"
              + HEADER
              + row("10.0.0.5:50002", "10.0.0.9:1433", "TIME_WAIT", 0)
              + "  TCP    10.0.0.5:50003         10.0.0.9:1433          TIME_";

      Analysis analysis = TestInputs.analyze(file("cut-loop.txt", text));

      assertThat(analysis.snapshots()).extracting(Snapshot::rows).containsExactly(2, 2);
      assertThat(analysis.snapshots().get(1).count(TcpState.TIME_WAIT)).isEqualTo(2);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code)
          .containsExactly("netstat.cut-state");
    }

    @Test
    void headerWithNoRowsIsReported() {
      String text =
          "==== 2026-03-11 10:00:00 ====\n"
              + HEADER
              + "\n"
              + "==== 2026-03-11 10:05:00 ====\n"
              + HEADER
              + row("10.0.0.5:50002", "10.0.0.9:1433", "TIME_WAIT", 0);

      Analysis analysis = TestInputs.analyze(file("empty-table.txt", text));

      assertThat(analysis.snapshots()).hasSize(1);
      assertThat(analysis.snapshots().get(0).time())
          .isEqualTo(Instant.parse("2026-03-11T10:05:00Z"));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("netstat.empty-table", 1L));
    }

    @Test
    void unknownStateWordsAreCountedAsUnknown() {
      String text =
          HEADER
              + row("10.0.0.5:50000", "10.0.0.9:1433", "GEHEIM", 12)
              + row("10.0.0.5:50001", "10.0.0.9:1433", "ESTABLISHED", 12);

      Analysis analysis = TestInputs.analyze(file("unknown-state.txt", text));

      Snapshot snapshot = analysis.snapshots().get(0);
      assertThat(snapshot.count(TcpState.UNKNOWN)).isEqualTo(1);
      assertThat(snapshot.rows()).isEqualTo(2);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("netstat.unknown-state", 4L));
    }

    @Test
    void duplicatedSnapshotsAreCountedOnce() {
      String table =
          "==== 2026-03-11 10:00:00 ====\n"
              + HEADER
              + row("10.0.0.5:50000", "10.0.0.9:1433", "TIME_WAIT", 0);
      Path first = file("a.txt", table);
      Path copy = file("b.txt", table);
      Path pastedTwice = file("twice.txt", table + "\n" + table);

      Analysis twoFiles = TestInputs.analyze(first, copy);
      Analysis oneFile = TestInputs.analyze(pastedTwice);

      assertThat(twoFiles.snapshots()).hasSize(1);
      assertThat(warnings(twoFiles))
          .extracting(Diagnostic::file, Diagnostic::code)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  copy.getFileName().toString(), "input.duplicate-snapshot"));
      assertThat(oneFile.snapshots()).hasSize(1);
      assertThat(warnings(oneFile))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("input.duplicate-snapshot", 11L));
    }

    @Test
    void manyBadLinesAreCappedPerCode() {
      StringBuilder text = new StringBuilder(HEADER);
      for (int i = 0; i < 500; i++) {
        text.append(row("10.0.0.5:" + (50000 + i), "10.0.0.9:1433", "BOGUS", 1));
      }

      Analysis analysis = TestInputs.analyze(file("bogus.txt", text.toString()));

      assertThat(analysis.snapshots().get(0).count(TcpState.UNKNOWN)).isEqualTo(500);
      List<Diagnostic> warnings = warnings(analysis);
      assertThat(warnings).hasSize(51);
      assertThat(warnings.get(50).message()).startsWith("450 more of this kind not listed");
    }

    @Test
    void missingFileIsAnErrorOfThatInputOnly() {
      Path good = TestInputs.fixture("netstat/en-anoq-bound.txt");

      Analysis analysis = TestInputs.analyze(dir.resolve("missing.txt"), good);

      assertThat(analysis.inputs().get(0).hasErrors()).isTrue();
      assertThat(analysis.snapshots()).hasSize(1);
    }
  }

  @Nested
  class DayMonthOrder {

    /**
     * A loop of one-row tables, each after a cmd {@code %date% %time%} stamp as en-GB writes it.
     */
    private String loop(String... stamps) {
      StringBuilder out = new StringBuilder();
      int port = 50000;
      for (String stamp : stamps) {
        out.append(stamp).append("\n\n").append(HEADER);
        out.append(row("10.0.0.5:" + port++, "10.0.0.9:1433", "ESTABLISHED", 4711));
        out.append("\n");
      }
      return out.toString();
    }

    private List<Diagnostic> diagnostics(Analysis analysis) {
      return analysis.inputs().get(0).diagnostics();
    }

    @Test
    void aLaterDayAbove12ReadsTheOpenDatesBeforeItDayFirst() {
      Analysis analysis =
          TestInputs.analyze(
              file(
                  "loop.txt",
                  loop(
                      "12/03/2026 23:50:00.12",
                      "12/03/2026 23:55:00.12",
                      "13/03/2026  0:00:00.15",
                      "13/03/2026  0:05:00.15")));

      assertThat(analysis.snapshots())
          .extracting(Snapshot::time)
          .containsExactly(
              Instant.parse("2026-03-12T23:50:00.12Z"),
              Instant.parse("2026-03-12T23:55:00.12Z"),
              Instant.parse("2026-03-13T00:00:00.15Z"),
              Instant.parse("2026-03-13T00:05:00.15Z"));
      assertThat(diagnostics(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .contains(org.assertj.core.groups.Tuple.tuple("netstat.date-order", 1L));
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void openDatesAfterTheDecidingOneFollowIt() {
      Analysis analysis =
          TestInputs.analyze(file("loop.txt", loop("13/03/2026 23:55:00", "01/04/2026 00:00:00")));

      assertThat(analysis.snapshots())
          .extracting(Snapshot::time)
          .containsExactly(
              Instant.parse("2026-03-13T23:55:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
    }

    @Test
    void datesThatNeverShowTheOrderAreReadMonthFirstWithAWarning() {
      // 1 February or 2 January: both before the file was written (2026-03-11T12:00Z)
      Analysis analysis =
          TestInputs.analyze(file("loop.txt", loop("02/01/2026 10:00:00", "02/01/2026 10:05:00")));

      assertThat(analysis.snapshots())
          .extracting(Snapshot::time)
          .containsExactly(
              Instant.parse("2026-02-01T10:00:00Z"), Instant.parse("2026-02-01T10:05:00Z"));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("netstat.ambiguous-date", 1L));
    }

    @Test
    void theFileTimeRulesOutAReadingAfterIt() {
      // an en-GB %date% on 11 March, the file written that day: 3 November lies after it
      Analysis analysis =
          TestInputs.analyze(
              file("loop.txt", loop("11/03/2026  9:05:03.12", "11/03/2026  9:10:03.12")));

      assertThat(analysis.snapshots())
          .extracting(Snapshot::time)
          .containsExactly(
              Instant.parse("2026-03-11T09:05:03.12Z"), Instant.parse("2026-03-11T09:10:03.12Z"));
      assertThat(warnings(analysis)).isEmpty();
      assertThat(analysis.inputs().get(0).diagnostics())
          .extracting(Diagnostic::code)
          .contains("netstat.date-order");
      // and an en-US %date% of 3 November in a file written in March: month first is ruled out
      // the other way round only when it lies after; 03/11 read as 3 November would: month first
      Analysis us =
          TestInputs.analyze(file("us.txt", loop("03/11/2026 10:00:00", "03/11/2026 10:05:00")));
      assertThat(us.snapshots())
          .extracting(Snapshot::time)
          .containsExactly(
              Instant.parse("2026-03-11T10:00:00Z"), Instant.parse("2026-03-11T10:05:00Z"));
      assertThat(warnings(us)).isEmpty();
    }

    @Test
    void anEnUsWeekdayDecidesMonthFirst() {
      Analysis analysis =
          TestInputs.analyze(
              file("loop.txt", loop("03/11/2026 10:00:00", "Wed 03/11/2026 10:05:00")));

      assertThat(analysis.snapshots())
          .extracting(Snapshot::time)
          .containsExactly(
              Instant.parse("2026-03-11T10:00:00Z"), Instant.parse("2026-03-11T10:05:00Z"));
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void stampsThatContradictEachOtherAreWarnedOf() {
      Analysis analysis =
          TestInputs.analyze(file("loop.txt", loop("13/03/2026 10:00:00", "03/14/2026 10:05:00")));

      assertThat(warnings(analysis))
          .extracting(Diagnostic::code)
          .containsExactly("netstat.mixed-date-order");
    }
  }
}
