package io.portex.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.classify.Conclusion;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TimeSource;
import io.portex.core.source.InputFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Which machine each input belongs to, each host's own verdict, and dates borrowed between files.
 */
class HostsTest {

  private static InputFile file(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return InputFile.of(
        name, bytes.length, TestInputs.FIXED_MTIME, () -> new ByteArrayInputStream(bytes));
  }

  /** A {@code netstat -ano} table with {@code timeWait} outbound TIME_WAIT rows. */
  static String netstat(String stamp, int timeWait, int established) {
    StringBuilder out = new StringBuilder();
    if (stamp != null) {
      out.append("==== ").append(stamp).append(" ====\r\n");
    }
    out.append("\r\nActive Connections\r\n\r\n");
    out.append("  Proto  Local Address          Foreign Address        State           PID\r\n");
    out.append("  TCP    0.0.0.0:443            0.0.0.0:0              LISTENING       4\r\n");
    int port = 49152;
    for (int i = 0; i < timeWait; i++) {
      out.append(
          String.format(
              "  TCP    10.0.0.5:%d        10.0.0.9:1433          TIME_WAIT       0\r\n", port++));
    }
    for (int i = 0; i < established; i++) {
      out.append(
          String.format(
              "  TCP    10.0.0.5:%d        10.0.0.9:1433          ESTABLISHED     4711\r\n",
              port++));
    }
    return out.toString();
  }

  private static Analysis analyze(InputFile... files) {
    return TestInputs.analyzer().analyzeInputs(List.of(files));
  }

  @Nested
  class Attribution {

    @Test
    void twoHostFoldersAreTwoHostsEachWithItsOwnVerdict() {
      Analysis analysis =
          analyze(
              file("ticket/WEB01/netstat_20260311_101500.txt", netstat(null, 6000, 100)),
              file("ticket/WEB02/netstat_20260311_101500.txt", netstat(null, 300, 100)));

      assertThat(analysis.hostNames()).containsExactly("WEB01", "WEB02");
      assertThat(analysis.hosts())
          .extracting(HostAnalysis::host, h -> h.verdict().primary())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("WEB01", Conclusion.TIME_WAIT_ACCUMULATION),
              org.assertj.core.groups.Tuple.tuple("WEB02", Conclusion.NONE));
      assertThat(analysis.verdict().host()).isEqualTo("WEB01");
      assertThat(analysis.findings()).extracting(f -> f.host()).containsOnly("WEB01");
      assertThat(analysis.snapshots()).extracting(Snapshot::host).containsExactly("WEB01", "WEB02");
    }

    @Test
    void theWorstHostGivesTheTicketsVerdictWhateverTheOrder() {
      Analysis analysis =
          analyze(
              file("b/APP02_netstat_20260311_101500.txt", netstat(null, 300, 100)),
              file("b/APP01_netstat_20260311_101500.txt", netstat(null, 7000, 100)));

      assertThat(analysis.worst().host()).isEqualTo("APP01");
      assertThat(analysis.verdict().primary()).isEqualTo(Conclusion.TIME_WAIT_ACCUMULATION);
    }

    @Test
    void aHostNamedByContentMatchesItsFqdnAndTakesTheUnnamedInputs() {
      String perfmon =
          "\"(PDH-CSV 4.0) (Coordinated Universal Time)(0)\",\"\\\\web01.contoso.local\\TCPv4\\Connections Established\"\r\n"
              + "\"03/11/2026 10:00:00.000\",\"120\"\r\n"
              + "\"03/11/2026 10:01:00.000\",\"125\"\r\n";
      Analysis analysis =
          analyze(
              file("t/perfmon.csv", perfmon),
              file("t/netstat_20260311_101500.txt", netstat(null, 10, 10)));

      assertThat(analysis.hostNames()).containsExactly("WEB01");
      assertThat(analysis.hosts()).hasSize(1);
      assertThat(analysis.snapshots().get(0).host()).isEqualTo("WEB01");
    }

    @Test
    void aFolderNamedLikeTheContentsHostJoinsIt() {
      String perfmon =
          "\"(PDH-CSV 4.0) (Coordinated Universal Time)(0)\",\"\\\\WEB01\\TCPv4\\Connections Established\",\"\\\\WEB02\\TCPv4\\Connections Established\"\r\n"
              + "\"03/11/2026 10:00:00.000\",\"120\",\"80\"\r\n";
      Analysis analysis =
          analyze(
              file("t/perfmon.csv", perfmon),
              file("t/web02.contoso.local/netstat_20260311_101500.txt", netstat(null, 10, 10)));

      assertThat(analysis.hostNames()).containsExactly("WEB01", "WEB02");
      assertThat(analysis.host("WEB02").orElseThrow().timeline().snapshots()).hasSize(1);
      assertThat(analysis.host("WEB01").orElseThrow().timeline().snapshots()).isEmpty();
    }

    @Test
    void nothingNamingAHostLeavesItUnknown() {
      Analysis analysis = analyze(file("case/netstat_20260311_101500.txt", netstat(null, 10, 10)));

      assertThat(analysis.hostNames()).isEmpty();
      assertThat(analysis.worst().label()).isEqualTo("host unknown");
    }

    @Test
    void aHostnameLineInsideTheCaptureNamesItsMachine() {
      Analysis analysis =
          analyze(
              file(
                  "t/capture_20260311_101500.txt",
                  "C:\\Windows\\system32>hostname\r\nweb02.contoso.local\r\n"
                      + netstat(null, 6000, 10)),
              file("t/netstat_20260311_111500.txt", "WEB01\r\n" + netstat(null, 10, 10)));

      assertThat(analysis.hostNames()).containsExactly("WEB01", "WEB02");
      assertThat(analysis.verdict().host()).isEqualTo("WEB02");
      assertThat(analysis.inputs().get(0).diagnostics())
          .extracting(d -> d.code())
          .contains("input.host-lines");
    }

    @Test
    void aPathNamingAnotherHostThanTheContentIsSaidAndTheContentDecides() {
      Analysis analysis =
          analyze(
              file(
                  "t/WEB03/netstat_20260311_101500.txt",
                  "C:\\>hostname\r\nWEB04\r\n" + netstat(null, 10, 10)),
              file(
                  "t/WEB03/netstat_20260311_111500.txt",
                  "C:\\>hostname\r\nWEB03\r\n" + netstat(null, 20, 10)),
              file(
                  "t/relog-WEB05-tcp/netstat_20260311_101500.txt",
                  "WEB04\r\n" + netstat(null, 30, 10)));

      assertThat(analysis.hostNames()).containsExactly("WEB03", "WEB04");
      java.util.function.Function<String, List<io.portex.core.diag.Diagnostic>> of =
          path ->
              analysis.inputs().stream()
                  .filter(in -> in.path().equals(path))
                  .findFirst()
                  .orElseThrow()
                  .diagnostics();
      assertThat(of.apply("t/WEB03/netstat_20260311_101500.txt"))
          .extracting(d -> d.code(), d -> d.message())
          .contains(
              org.assertj.core.groups.Tuple.tuple(
                  "input.host-conflict",
                  "the path names WEB03 but the content names WEB04; the content decides: taken as"
                      + " WEB04"));
      assertThat(of.apply("t/relog-WEB05-tcp/netstat_20260311_101500.txt"))
          .extracting(d -> d.code())
          .doesNotContain("input.host-conflict");
    }

    @Test
    void aHostLineAgainstTheRecordsHostIsAConflict() {
      TicketEvidence evidence = new TicketEvidence(java.time.ZoneOffset.UTC);
      io.portex.core.diag.DiagnosticSink diagnostics =
          new io.portex.core.diag.DiagnosticSink("System.txt", 10);
      TicketEvidence.InputSink sink = evidence.sinkFor(file("t/System.txt", ""), diagnostics);
      sink.event(
          new io.portex.core.model.EventRecord(
              "Tcpip",
              4231,
              32768,
              3,
              Instant.parse("2026-03-11T10:00:00Z"),
              "web01.contoso.local",
              7,
              "System",
              List.of(),
              new io.portex.core.model.SourceRange("System.txt", 12, 20)));

      sink.namedByLines(List.of(new io.portex.core.format.ReadContext.NamedHost("WEB07", 3)));

      assertThat(diagnostics.diagnostics())
          .extracting(d -> d.code(), d -> d.line())
          .containsExactly(org.assertj.core.groups.Tuple.tuple("input.host-conflict", 3L));
      assertThat(sink.contentHosts()).containsExactly("WEB01", "WEB07");
    }

    @Test
    void captureWordsWithNumbersAreNoHosts() {
      assertThat(HostAssignment.looksLikeHost("WEB01")).isTrue();
      assertThat(HostAssignment.looksLikeHost("sql-02")).isTrue();
      assertThat(HostAssignment.looksLikeHost("netstat2")).isFalse();
      assertThat(HostAssignment.looksLikeHost("run3")).isFalse();
      assertThat(HostAssignment.looksLikeHost("TCPv4")).isFalse();
      assertThat(HostAssignment.looksLikeHost("20260311")).isFalse();
      assertThat(HostAssignment.looksLikeHost("logs")).isFalse();
    }
  }

  @Nested
  class Dates {

    private static String trend() {
      List<String> lines = new ArrayList<>(List.of("Time,Count"));
      lines.add("10:00:00,120");
      lines.add("10:30:00,140");
      return String.join("\r\n", lines) + "\r\n";
    }

    @Test
    void aTimeOfDayAloneBorrowsTheDateOfTheHostsOtherEvidence() {
      Analysis analysis =
          analyze(
              file("t/TimeWaitTrend_2026-03-09.csv", trend()),
              file("t/1015_netstat.txt", netstat(null, 10, 10)));

      Snapshot snapshot = analysis.snapshots().get(0);
      assertThat(snapshot.time()).isEqualTo(Instant.parse("2026-03-09T10:15:00Z"));
      assertThat(snapshot.timeSource()).isEqualTo(TimeSource.FILE_NAME_BORROWED_DATE);
      assertThat(analysis.verdict().basis()).doesNotContain("guess");
      assertThat(
              analysis.inputs().stream()
                  .filter(input -> input.path().endsWith("1015_netstat.txt"))
                  .flatMap(input -> input.diagnostics().stream())
                  .map(d -> d.code()))
          .contains("input.borrowed-date");
    }

    @Test
    void withoutOtherDatedEvidenceTheGuessIsSaidInTheVerdict() {
      Analysis analysis = analyze(file("t/1015_netstat.txt", netstat(null, 10, 10)));

      Snapshot snapshot = analysis.snapshots().get(0);
      assertThat(snapshot.timeSource()).isEqualTo(TimeSource.FILE_NAME_GUESSED_DATE);
      assertThat(snapshot.time()).isEqualTo(Instant.parse("2026-03-11T10:15:00Z"));
      assertThat(analysis.verdict().basis())
          .startsWith("the date of t/1015_netstat.txt is a guess");
    }

    @Test
    void aTruncatedNetstatMakesNoneUnsure() {
      String cut = netstat("2026-03-11 10:00:00", 40, 10) + "  ...\r\n";
      Analysis analysis = analyze(file("t/netstat_console.txt", cut));

      assertThat(analysis.verdict().primary()).isEqualTo(Conclusion.NONE);
      assertThat(analysis.verdict().confidence()).isLessThan(0.5);
      assertThat(analysis.verdict().basis()).contains("the capture looks partial");
    }

    @Test
    void snapshotsWithOtherRowsAtOneTimeAreWarnedOf() {
      Analysis analysis =
          analyze(
              file(
                  "t/loop.txt",
                  netstat("2026-03-11 10:00:00", 10, 10) + netstat("2026-03-11 10:00:00", 20, 10)));

      assertThat(TestInputs.warnings(analysis))
          .extracting(d -> d.code())
          .contains("input.shared-timestamp");
    }
  }
}
