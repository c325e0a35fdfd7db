package io.portex.core.format.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.portex.core.Analysis;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import io.portex.core.model.fact.TopTalkers;
import io.portex.core.model.fact.TopTalkers.Entry;
import io.portex.core.model.fact.TopTalkers.Kind;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorLogFormatTest {

  private static final Charset GBK = Charset.forName("GBK");

  @TempDir Path dir;

  static Analysis analyze(ZoneId zone, Path... files) {
    return TestInputs.analyzer(zone).analyze(List.of(files));
  }

  static Analysis analyze(Path... files) {
    return analyze(ZoneOffset.UTC, files);
  }

  private Path write(String folder, String text, Charset charset, boolean bom) {
    try {
      return TestInputs.write(
          Files.createDirectories(dir.resolve(folder)),
          "TimeWaitMonitor_2026-03-11.log",
          text,
          charset,
          bom,
          "\r\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path write(String text) {
    return write("log", text, StandardCharsets.UTF_8, false);
  }

  private static Series onlySeries(Analysis analysis) {
    assertThat(analysis.series()).hasSize(1);
    return analysis.series().get(0);
  }

  private static List<Diagnostic> warnings(Analysis analysis) {
    return TestInputs.diagnostics(analysis, Severity.WARNING);
  }

  private static List<TopTalkers> tops(Analysis analysis) {
    return analysis.facts(TopTalkers.class);
  }

  @Nested
  class English {

    private final Analysis analysis =
        analyze(TestInputs.fixture("monitor/en/TimeWaitMonitor_2026-03-11.log"));

    @Test
    void countLinesMakeTheTimeWaitSeries() {
      assertThat(analysis.inputs().get(0).format()).isEqualTo("monitor-log");
      Series series = onlySeries(analysis);
      assertThat(series.name()).isEqualTo("TIME_WAIT");
      assertThat(series.unit()).isEqualTo("connections");
      assertThat(series.points()).hasSize(40);
      assertThat(series.points().get(0))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-11T09:00:00Z"), 2210));
      assertThat(series.points().get(14))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-11T09:14:00Z"), 7712));
      assertThat(series.points().get(39))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-11T09:39:00Z"), 14803));
      assertThat(series.source().firstLine()).isEqualTo(2);
    }

    @Test
    void eachTopBlockIsARankingAtTheTimeOfTheCountBeforeIt() {
      assertThat(tops(analysis))
          .extracting(TopTalkers::time, TopTalkers::kind, t -> t.entries().size())
          .containsExactly(
              tuple(Instant.parse("2026-03-11T09:14:00Z"), Kind.LOCAL_PORT, 10),
              tuple(Instant.parse("2026-03-11T09:14:00Z"), Kind.REMOTE_ADDRESS, 10),
              tuple(Instant.parse("2026-03-11T09:14:00Z"), Kind.PROCESS, 5),
              tuple(Instant.parse("2026-03-11T09:29:00Z"), Kind.LOCAL_PORT, 6),
              tuple(Instant.parse("2026-03-11T09:29:00Z"), Kind.REMOTE_ADDRESS, 4),
              tuple(Instant.parse("2026-03-11T09:29:00Z"), Kind.PROCESS, 3),
              tuple(Instant.parse("2026-03-11T09:39:00Z"), Kind.LOCAL_PORT, 3),
              tuple(Instant.parse("2026-03-11T09:39:00Z"), Kind.REMOTE_ADDRESS, 3),
              tuple(Instant.parse("2026-03-11T09:39:00Z"), Kind.PROCESS, 2));
      TopTalkers ports = tops(analysis).get(0);
      assertThat(ports.entries())
          .startsWith(new Entry("443", 5012), new Entry("80", 611), new Entry("8080", 233))
          .endsWith(new Entry("52001", 1));
      assertThat(ports.source().firstLine()).isEqualTo(18);
      assertThat(ports.source().lastLine()).isEqualTo(28);
      assertThat(tops(analysis).get(1).entries())
          .contains(new Entry("10.0.0.9", 4567), new Entry("fe80::1c2d:3e4f:5a6b:7c8d%12", 9));
      assertThat(tops(analysis).get(2).entries())
          .containsExactly(
              new Entry("0", 5890),
              new Entry("4242", 612),
              new Entry("5150", 201),
              new Entry("912", 44),
              new Entry("4", 12));
      assertThat(analysis.inputs().get(0).records()).isEqualTo(40 + 9);
    }

    @Test
    void logMessagesAreCountedOnceAndNothingIsWarned() {
      assertThat(warnings(analysis)).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("monitor-log.messages", 1L));
    }

    @Test
    void timesAreLocalToTheGivenZone() {
      Analysis berlin =
          analyze(
              ZoneId.of("Europe/Berlin"),
              TestInputs.fixture("monitor/en/TimeWaitMonitor_2026-03-11.log"));

      assertThat(onlySeries(berlin).points().get(0).time())
          .isEqualTo(Instant.parse("2026-03-11T08:00:00Z"));
      assertThat(tops(berlin).get(0).time()).isEqualTo(Instant.parse("2026-03-11T08:14:00Z"));
    }
  }

  @Nested
  class Chinese {

    @Test
    void gbkLogWithChineseTitles() {
      Analysis analysis =
          analyze(TestInputs.fixture("monitor/zh-gbk/TimeWaitMonitor_2026-03-12.log"));

      assertThat(analysis.inputs().get(0).charset()).isEqualTo("cp936");
      Series series = onlySeries(analysis);
      assertThat(series.points()).hasSize(35);
      assertThat(series.points().get(0))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-12T14:00:00Z"), 812));
      assertThat(series.points().get(34))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-12T14:34:00Z"), 15628));
      assertThat(tops(analysis))
          .extracting(TopTalkers::time, TopTalkers::kind)
          .containsExactly(
              tuple(Instant.parse("2026-03-12T14:09:00Z"), Kind.LOCAL_PORT),
              tuple(Instant.parse("2026-03-12T14:09:00Z"), Kind.REMOTE_ADDRESS),
              tuple(Instant.parse("2026-03-12T14:09:00Z"), Kind.PROCESS),
              tuple(Instant.parse("2026-03-12T14:34:00Z"), Kind.LOCAL_PORT),
              tuple(Instant.parse("2026-03-12T14:34:00Z"), Kind.REMOTE_ADDRESS),
              tuple(Instant.parse("2026-03-12T14:34:00Z"), Kind.PROCESS));
      assertThat(tops(analysis).get(0).entries())
          .as("ranked largest first, whatever order the script printed")
          .containsExactly(new Entry("443", 2870), new Entry("80", 950), new Entry("49152", 123));
      assertThat(tops(analysis).get(5).entries())
          .containsExactly(new Entry("0", 14233), new Entry("3360", 1890), new Entry("7788", 211));
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void anotherScriptVersionWordsItsTitlesOtherwise() {
      Analysis analysis =
          analyze(TestInputs.fixture("monitor/zh-gbk-v2/TimeWaitMonitor_2026-03-13.log"));

      assertThat(onlySeries(analysis).points()).hasSize(32);
      assertThat(tops(analysis))
          .extracting(TopTalkers::kind, TopTalkers::entries)
          .containsExactly(
              tuple(Kind.LOCAL_PORT, List.of(new Entry("443", 9120), new Entry("80", 1810))),
              tuple(
                  Kind.REMOTE_ADDRESS,
                  List.of(new Entry("10.1.1.5", 8230), new Entry("10.1.1.6", 2011))),
              tuple(Kind.PROCESS, List.of(new Entry("0", 12004), new Entry("3360", 1890))));
      assertThat(tops(analysis))
          .extracting(TopTalkers::time)
          .containsOnly(Instant.parse("2026-03-13T09:01:00Z"));
      assertThat(warnings(analysis)).isEmpty();
    }
  }

  @Nested
  class Encodings {

    private String chinese() throws IOException {
      return Files.readString(
          TestInputs.fixture("monitor/zh-gbk/TimeWaitMonitor_2026-03-12.log"), GBK);
    }

    @Test
    void gbkUtf8AndUtf16ReadTheSame() throws IOException {
      String text = chinese();
      String expected = signature(analyze(write("gbk", text, GBK, false)));

      assertThat(signature(analyze(write("utf8", text, StandardCharsets.UTF_8, false))))
          .isEqualTo(expected);
      assertThat(signature(analyze(write("utf8-bom", text, StandardCharsets.UTF_8, true))))
          .isEqualTo(expected);
      assertThat(signature(analyze(write("utf16", text, StandardCharsets.UTF_16LE, true))))
          .as("PowerShell 5's Out-File")
          .isEqualTo(expected);
      assertThat(expected).contains("LOCAL_PORT", "REMOTE_ADDRESS", "PROCESS");
    }

    @Test
    void gbkWithoutItsFirstLineIsStillFoundToBeGbk() throws IOException {
      String text = chinese().lines().skip(1).reduce("", (a, b) -> a + b + "\n");
      String expected = signature(analyze(write("utf8", text, StandardCharsets.UTF_8, false)));

      Analysis gbk = analyze(write("gbk", text, GBK, false));

      assertThat(signature(gbk)).isEqualTo(expected);
      assertThat(tops(gbk)).hasSize(6);
      assertThat(gbk.inputs().get(0).charset()).isEqualTo("cp936");
    }

    /** What must not change with the encoding: the series, the rankings, the warnings. */
    private String signature(Analysis analysis) {
      StringBuilder out = new StringBuilder();
      analysis.series().forEach(s -> out.append(s.name()).append(s.points()).append('\n'));
      tops(analysis)
          .forEach(
              t ->
                  out.append(t.time())
                      .append(' ')
                      .append(t.kind())
                      .append(' ')
                      .append(t.entries())
                      .append(' ')
                      .append(t.source().firstLine())
                      .append('\n'));
      warnings(analysis).forEach(d -> out.append(d.code()).append('@').append(d.line()));
      return out.toString();
    }
  }

  @Nested
  class ScriptVersions {

    @Test
    void entriesWithWordsAroundKeyAndCount() {
      Path file =
          write(
              """
              2026-03-11 10:00:00 - TIME_WAIT connections: 6120
              Local ports with most TIME_WAIT:
                Port 443 - 6120 connections
                Port 80 - 210 connections
              Remote IPs with most TIME_WAIT:
                IP 10.0.0.9 - 4567 connections (95%)
                1. 10.0.0.10 - 20 connections
              Processes:
                w3wp (4242) - 301 connections
                PID 5150 (java) = 12 (3.5%)
              """);

      Analysis analysis = analyze(file);

      assertThat(tops(analysis))
          .extracting(TopTalkers::kind, TopTalkers::entries)
          .containsExactly(
              tuple(Kind.LOCAL_PORT, List.of(new Entry("443", 6120), new Entry("80", 210))),
              tuple(
                  Kind.REMOTE_ADDRESS,
                  List.of(new Entry("10.0.0.9", 4567), new Entry("10.0.0.10", 20))),
              tuple(Kind.PROCESS, List.of(new Entry("4242", 301), new Entry("5150", 12))));
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void groupObjectTablesPutTheCountFirst() {
      Path file =
          write(
              """
              2026-03-11 10:01:00 - TIME_WAIT connections: 6200
              Top 10 local ports:

              Count Name
              ----- ----
               5012 443
                611 80


              Top 10 remote IPs:

              Count Name
              ----- ----
               4567 10.0.0.9
              """);

      Analysis analysis = analyze(file);

      assertThat(tops(analysis))
          .extracting(TopTalkers::kind, TopTalkers::entries)
          .containsExactly(
              tuple(Kind.LOCAL_PORT, List.of(new Entry("443", 5012), new Entry("80", 611))),
              tuple(Kind.REMOTE_ADDRESS, List.of(new Entry("10.0.0.9", 4567))));
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void aFullWidthColonAndWordsOtherThanConnectionsAreCountLines() {
      Path file =
          write(
              "2026-03-11 10:00:00 - TIME_WAIT 连接数：1500\n"
                  + "2026-03-11 10:01:00 - TIME_WAIT connections: 1600\n");

      assertThat(onlySeries(analyze(file)).points())
          .extracting(SeriesPoint::value)
          .containsExactly(1500.0, 1600.0);
    }
  }

  @Nested
  class Hostile {

    @Test
    void aGarbageLineIsReportedWithItsLine() {
      Path file =
          write(
              """
              2026-03-11 10:00:00 - TIME_WAIT connections: 10
              @@@ #%&! ~~ garbled
              2026-03-11 10:01:00 - TIME_WAIT connections: 11
              """);

      Analysis analysis = analyze(file);

      assertThat(onlySeries(analysis).points()).hasSize(2);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("monitor-log.unreadable-line", 2L));
    }

    @Test
    void aTopBlockWithoutEntriesIsReported() {
      Path file =
          write(
              """
              2026-03-11 10:00:00 - TIME_WAIT connections: 5000
              Top 10 local ports:
              Top 10 remote IPs:
                10.0.0.9 : 4567
              Top 10 PIDs:
              ====================
              2026-03-11 10:01:00 - TIME_WAIT connections: 0
              Top 10 local ports:
              2026-03-11 10:02:00 - TIME_WAIT connections: 1
              """);

      Analysis analysis = analyze(file);

      assertThat(tops(analysis)).extracting(TopTalkers::kind).containsExactly(Kind.REMOTE_ADDRESS);
      assertThat(warnings(analysis))
          .as("an empty list after a count of 0 is no problem")
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("monitor-log.empty-top", 2L), tuple("monitor-log.empty-top", 5L));
      assertThat(onlySeries(analysis).points()).hasSize(3);
    }

    @Test
    void countsAndEntriesThatCannotBeReadAreReported() {
      Path file =
          write(
              """
              2026-03-11 10:00:00 - TIME_WAIT connections: n/a
              2026-13-45 10:01:00 - TIME_WAIT connections: 12
              2026-03-11 10:02:00 - TIME_WAIT connections: 13
              Top 10 local ports:
                70000: 5
                https: 4
                8080: 1,024
                443: 3
              Top 10 remote ports:
                443: 99
              """);

      Analysis analysis = analyze(file);

      assertThat(onlySeries(analysis).points())
          .containsExactly(new SeriesPoint(Instant.parse("2026-03-11T10:02:00Z"), 13));
      assertThat(tops(analysis))
          .singleElement()
          .extracting(TopTalkers::entries)
          .isEqualTo(List.of(new Entry("443", 3)));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(
              tuple("monitor-log.bad-count", 1L),
              tuple("monitor-log.bad-time", 2L),
              tuple("monitor-log.bad-entry", 5L),
              tuple("monitor-log.bad-entry", 6L),
              tuple("monitor-log.bad-entry", 7L),
              tuple("monitor-log.unknown-top", 9L));
    }

    @Test
    void aTopBlockBeforeAnyCountHasNoTime() {
      Path file =
          write(
              """
              Top 10 local ports:
                443: 3
              2026-03-11 10:00:00 - TIME_WAIT connections: 10
              """);

      Analysis analysis = analyze(file);

      assertThat(tops(analysis)).singleElement().extracting(TopTalkers::time).isNull();
      assertThat(warnings(analysis)).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code)
          .containsExactly("monitor-log.untimed-top");
    }

    @Test
    void anEmptyLogIsSaidToBeEmpty() {
      Analysis analysis = analyze(write(""));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("monitor-log");
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::message)
          .containsExactly(tuple("monitor-log.no-counts", "the file is empty"));
    }
  }

  @Nested
  class DayAndMonth {

    @Test
    void countsAndTopListsFollowTheOrderALaterDateShows() {
      Path file =
          write(
              """
              03/11/2026 10:00:00 - TIME_WAIT connections: 6120
              Local ports with most TIME_WAIT:
                Port 443 - 6120 connections
              13/11/2026 10:05:00 - TIME_WAIT connections: 6200
              """);

      Analysis analysis = analyze(file);

      assertThat(onlySeries(analysis).points())
          .extracting(SeriesPoint::time)
          .containsExactly(
              Instant.parse("2026-11-03T10:00:00Z"), Instant.parse("2026-11-13T10:05:00Z"));
      assertThat(tops(analysis))
          .extracting(TopTalkers::time)
          .containsExactly(Instant.parse("2026-11-03T10:00:00Z"));
      assertThat(warnings(analysis)).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code)
          .contains("monitor-log.date-order");
    }

    @Test
    void datesThatNeverShowTheOrderAreReadMonthFirstWithAWarning() {
      Path file =
          write(
              """
              02/01/2026 10:00:00 - TIME_WAIT connections: 6120
              02/01/2026 10:05:00 - TIME_WAIT connections: 6200
              """);

      Analysis analysis = analyze(file);

      assertThat(onlySeries(analysis).points().get(0).time())
          .isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("monitor-log.ambiguous-date", 1L));
    }
  }
}
