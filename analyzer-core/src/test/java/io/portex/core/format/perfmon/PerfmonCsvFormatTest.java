package io.portex.core.format.perfmon;

import static io.portex.core.TestInputs.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import io.portex.core.Analysis;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerfmonCsvFormatTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @TempDir Path dir;

  static Analysis analyze(ZoneId zone, Path... files) {
    return TestInputs.analyzer(zone).analyze(List.of(files));
  }

  static Analysis analyze(Path... files) {
    return analyze(ZoneOffset.UTC, files);
  }

  private Path write(String name, String text) {
    return TestInputs.write(dir, name, text, StandardCharsets.UTF_8, false, "\r\n");
  }

  private static Series series(Analysis analysis, String name) {
    return analysis.series().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no series " + name + " in " + analysis.series()));
  }

  private static List<Double> values(Series series) {
    return series.points().stream().map(SeriesPoint::value).toList();
  }

  private static List<Diagnostic> infos(Analysis analysis) {
    return TestInputs.diagnostics(analysis, Severity.INFO);
  }

  @Nested
  class RelogWithZoneAndBias {

    private final Analysis analysis =
        analyze(BERLIN, TestInputs.fixture("perfmon/relog-WEB01-tcp.csv"));

    @Test
    void everyTcpCounterIsASeriesOfItsHost() {
      assertThat(analysis.inputs().get(0).format()).isEqualTo("perfmon-csv");
      assertThat(analysis.series())
          .extracting(Series::name, Series::unit, Series::host, s -> s.points().size())
          .containsExactly(
              tuple("\\TCPv4\\Connections Established", "connections", "WEB01", 11),
              tuple("\\TCPv4\\Connections Active (rate)", "per second", "WEB01", 11),
              tuple("\\TCPv4\\Connections Passive (rate)", "per second", "WEB01", 11),
              tuple("\\TCPv4\\Connection Failures (rate)", "per second", "WEB01", 11),
              tuple("\\TCPv4\\Connections Reset (rate)", "per second", "WEB01", 11),
              tuple("\\TCPv4\\Segments/sec", "per second", "WEB01", 11),
              tuple("\\TCPv6\\Connections Established", "connections", "WEB01", 12),
              tuple("\\TCPv6\\Connections Active (rate)", "per second", "WEB01", 11));
      // records are the samples (rows), not the points of the series made from them
      assertThat(analysis.inputs().get(0).records()).isEqualTo(12);
    }

    @Test
    void theHeadersBiasGivesUtcWhateverTheZone() {
      Series established = series(analysis, "\\TCPv4\\Connections Established");

      assertThat(established.points().get(0))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-11T14:00:00.512Z"), 410));
      assertThat(established.points().get(5))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-11T14:01:15.512Z"), 700));
      assertThat(established.points().get(6))
          .as("the blank value of 14:01:30.512 is left out")
          .isEqualTo(
              new SeriesPoint(Instant.parse("2026-03-11T14:01:30.512Z").plusSeconds(15), 810));
      assertThat(established.points().get(10))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-11T14:02:45.512Z"), 1033));
    }

    @Test
    void countersSinceBootBecomeRatesBetweenSamples() {
      Series active = series(analysis, "\\TCPv4\\Connections Active (rate)");

      assertThat(active.points().get(0))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-11T14:00:15.512Z"), 120));
      assertThat(values(active))
          .containsExactly(
              120.0, 200.0, 300.0, 400.0, 500.0, 600.0, 600.0, 600.0, 600.0, 600.0, 600.0);
      assertThat(values(series(analysis, "\\TCPv4\\Connection Failures (rate)")))
          .containsExactly(1.0, 2.0, 0.0, 1.0, 2.0, 0.0, 1.0, 2.0, 0.0, 1.0, 2.0);
      assertThat(values(series(analysis, "\\TCPv4\\Connections Passive (rate)")))
          .containsOnly(20.0);
      assertThat(values(series(analysis, "\\TCPv4\\Connections Reset (rate)"))).containsOnly(2.0);
      assertThat(values(series(analysis, "\\TCPv6\\Connections Active (rate)"))).containsOnly(1.0);
    }

    @Test
    void ratesPerfmonComputedAreKeptAsTheyAre() {
      Series segments = series(analysis, "\\TCPv4\\Segments/sec");

      assertThat(segments.points().get(0))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-11T14:00:15.512Z"), 1037.5));
      assertThat(segments.source().firstLine()).isEqualTo(3);
    }

    @Test
    void otherObjectsAndBlankValuesAreRemarksNotWarnings() {
      assertThat(warnings(analysis)).isEmpty();
      assertThat(infos(analysis))
          .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::message)
          .containsExactly(
              tuple(
                  "perfmon-csv.zone",
                  1L,
                  "times read with the header's bias: UTC = local time + 300 minutes (Eastern"
                      + " Standard Time)"),
              tuple(
                  "perfmon-csv.other-objects",
                  0L,
                  "2 column(s) of other objects not read (Memory, Processor) in 12 sample(s)"),
              tuple("perfmon-csv.blank-value", 2L, "3 blank value(s) skipped (first at line 2)"));
    }
  }

  @Nested
  class TypeperfConsole {

    private final Analysis analysis =
        analyze(BERLIN, TestInputs.fixture("perfmon/typeperf-APP02-tcp-console.txt"));

    @Test
    void aBareHeaderReadsTimesInTheGivenZone() {
      Series established = series(analysis, "\\TCPv4\\Connections Established");

      assertThat(established.host()).isEqualTo("APP02");
      assertThat(established.points()).hasSize(10);
      assertThat(established.points().get(0))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-11T09:00:00.123Z"), 1500));
      assertThat(established.points().get(9))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-11T09:00:09.132Z"), 1527));
      assertThat(series(analysis, "\\TCPv6\\Connections Established").points()).hasSize(10);
    }

    @Test
    void ratesUseTheTimeBetweenSamplesToTheMillisecond() {
      Series active = series(analysis, "\\TCPv4\\Connections Active (rate)");

      assertThat(active.points()).hasSize(9);
      assertThat(active.points().get(0).time())
          .isEqualTo(Instant.parse("2026-03-11T09:00:01.124Z"));
      assertThat(active.points().get(0).value()).isCloseTo(45 / 1.001, offset(1e-9));
      assertThat(active.points().get(8).value()).isCloseTo(85 / 1.001, offset(1e-9));
      assertThat(values(series(analysis, "\\TCPv4\\Connection Failures (rate)")))
          .filteredOn(v -> v > 0)
          .hasSize(2);
    }

    @Test
    void trailerLinesAreNoProblemAndTheCommandIsCountedAsOtherText() {
      assertThat(warnings(analysis)).isEmpty();
      assertThat(infos(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("perfmon-csv.other-lines", 1L));
      assertThat(infos(analysis).get(0).message()).startsWith("2 line(s)");
    }
  }

  @Nested
  class Corpus {

    @Test
    void counterLogDocumentationExampleWithTruncatedValue() {
      Analysis analysis = analyze(TestInputs.corpus("perfmon/pdhcsv-doc-eastern-daylight.txt"));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("perfmon-csv");
      assertThat(analysis.series()).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, Severity.ERROR)).isEmpty();
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::excerpt)
          .containsExactly(tuple("perfmon-csv.bad-value", 2L, "7.0625001143654654e"));
      assertThat(infos(analysis))
          .extracting(Diagnostic::code, Diagnostic::message)
          .contains(
              tuple(
                  "perfmon-csv.other-objects",
                  "2 column(s) of other objects not read (Memory, PhysicalDisk) in 3 sample(s)"));
    }

    @Test
    void typeperfRunFourTimesIntoOneConsole() {
      Analysis analysis =
          analyze(TestInputs.corpus("perfmon/typeperf-en-ceballos-2019-console.txt"));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("perfmon-csv");
      assertThat(analysis.series()).isEmpty();
      assertThat(warnings(analysis)).isEmpty();
      assertThat(infos(analysis))
          .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::message)
          .containsExactly(
              tuple(
                  "perfmon-csv.other-objects",
                  0L,
                  "4 column(s) of other objects not read (Process) in 4 sample(s)"),
              tuple(
                  "perfmon-csv.other-lines",
                  1L,
                  "4 line(s) that are no PDH-CSV header or sample were not read (first at line 1)"));
    }

    @Test
    void typeperfOverWinRmWithTrailerAndPythonList() {
      Analysis analysis =
          analyze(TestInputs.corpus("perfmon/typeperf-en-txwinrm-amazona-2013.txt"));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("perfmon-csv");
      assertThat(analysis.series()).isEmpty();
      assertThat(warnings(analysis)).isEmpty();
      assertThat(infos(analysis))
          .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::message)
          .containsExactly(
              tuple(
                  "perfmon-csv.other-objects",
                  0L,
                  "3 column(s) of other objects not read (Memory, PhysicalDisk, Processor) in 2"
                      + " sample(s)"),
              tuple(
                  "perfmon-csv.other-lines",
                  3L,
                  "1 line(s) that are no PDH-CSV header or sample were not read (first at line 3)"));
    }

    @Test
    void theDocumentationLayoutWithATcpCounterGivesUtcByTheBias() {
      String text =
          TestInputs.read(TestInputs.corpus("perfmon/pdhcsv-doc-eastern-daylight.txt"))
              .replace("\\Memory\\Pages/sec", "\\TCPv4\\Connections Established");
      Analysis analysis = analyze(BERLIN, write("counterlog.csv", text));

      Series established = series(analysis, "\\TCPv4\\Connections Established");
      assertThat(established.host()).isEqualTo("SQL01");
      assertThat(established.points())
          .containsExactly(
              new SeriesPoint(Instant.parse("2002-09-08T16:35:45.166Z"), 11.296813511113458),
              new SeriesPoint(Instant.parse("2002-09-08T16:36:00.167Z"), 0.26679653905997197),
              new SeriesPoint(Instant.parse("2002-09-08T16:36:15.169Z"), 0.13331924737007395));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("perfmon-csv.bad-value", 2L));
    }

    @Test
    void theWinRmLayoutWithATcpCounterReadsBothParts() {
      String text =
          TestInputs.read(TestInputs.corpus("perfmon/typeperf-en-txwinrm-amazona-2013.txt"))
              .replace("Processor(_Total)", "TCPv4")
              .replace("% Processor Time", "Connections Established");
      Analysis analysis = analyze(write("winrm.txt", text));

      Series established = series(analysis, "\\TCPv4\\Connections Established");
      assertThat(established.host()).isEqualTo("AMAZONA-SDFU7B1");
      assertThat(established.points())
          .containsExactly(
              new SeriesPoint(Instant.parse("2013-04-19T21:43:10.603Z"), 18.462005),
              new SeriesPoint(Instant.parse("2013-04-19T21:43:48.823Z"), 0.00566));
      assertThat(warnings(analysis)).isEmpty();
    }
  }

  @Nested
  class Hostile {

    private static final String HEADER =
        "\"(PDH-CSV 4.0)\",\"\\\\H1\\TCPv4\\Connections Established\","
            + "\"\\\\H1\\TCPv4\\Connections Active\",\"\\\\H1\\TCPv6\\Connections Established\"\n";

    @Test
    void aHeaderWithoutSamples() {
      Analysis analysis = analyze(write("h.csv", HEADER));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("perfmon-csv");
      assertThat(analysis.series()).isEmpty();
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("perfmon-csv.no-samples", 1L));
    }

    @Test
    void aRowWithFewerCellsKeepsTheValuesItHas() {
      Analysis analysis =
          analyze(
              write(
                  "short.csv",
                  HEADER
                      + "\"03/11/2026 10:00:00.000\",\"10\",\"100\",\"1\"\n"
                      + "\"03/11/2026 10:00:01.000\",\"11\"\n"
                      + "\"03/11/2026 10:00:02.000\",\"12\",\"300\",\"3\"\n"));

      assertThat(values(series(analysis, "\\TCPv4\\Connections Established")))
          .containsExactly(10.0, 11.0, 12.0);
      assertThat(values(series(analysis, "\\TCPv4\\Connections Active (rate)")))
          .containsExactly(100.0);
      assertThat(values(series(analysis, "\\TCPv6\\Connections Established")))
          .containsExactly(1.0, 3.0);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::message)
          .containsExactly(
              tuple(
                  "perfmon-csv.short-row",
                  3L,
                  "sample has 1 of 3 values; the counters left out have none at this time"));
    }

    @Test
    void aValueThatIsNoNumberIsReportedWithLineAndCounter() {
      Analysis analysis =
          analyze(
              write(
                  "bad.csv",
                  HEADER
                      + "\"03/11/2026 10:00:00.000\",\"10\",\"100\",\"1\"\n"
                      + "\"03/11/2026 10:00:01.000\",\"abc\",\"150\",\"1\"\n"));

      assertThat(values(series(analysis, "\\TCPv4\\Connections Established")))
          .containsExactly(10.0);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::message)
          .containsExactly(
              tuple(
                  "perfmon-csv.bad-value",
                  3L,
                  "'abc' is no number (\\TCPv4\\Connections Established); value not read"));
    }

    @Test
    void aFallingCumulativeCounterIsAResetNotANegativeRate() {
      Analysis analysis =
          analyze(
              write(
                  "reset.csv",
                  HEADER
                      + "\"03/11/2026 10:00:00.000\",\"1\",\"100\",\"1\"\n"
                      + "\"03/11/2026 10:00:01.000\",\"1\",\"200\",\"1\"\n"
                      + "\"03/11/2026 10:00:02.000\",\"1\",\"50\",\"1\"\n"
                      + "\"03/11/2026 10:00:04.000\",\"1\",\"110\",\"1\"\n"));

      Series active = series(analysis, "\\TCPv4\\Connections Active (rate)");
      assertThat(active.points())
          .containsExactly(
              new SeriesPoint(Instant.parse("2026-03-11T10:00:01Z"), 100),
              new SeriesPoint(Instant.parse("2026-03-11T10:00:04Z"), 30));
      assertThat(warnings(analysis)).isEmpty();
      assertThat(infos(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("perfmon-csv.counter-reset", 4L));
    }

    @Test
    void aColumnWithoutAnyValueIsReported() {
      Analysis analysis =
          analyze(
              write(
                  "blank.csv",
                  HEADER
                      + "\"03/11/2026 10:00:00.000\",\"1\",\" \",\"1\"\n"
                      + "\"03/11/2026 10:00:01.000\",\"2\",\"\",\"1\"\n"));

      assertThat(analysis.series())
          .extracting(Series::name)
          .containsExactly("\\TCPv4\\Connections Established", "\\TCPv6\\Connections Established");
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("perfmon-csv.blank-column", 1L));
    }

    @Test
    void aBiasNoZoneHasIsReportedAndTheGivenZoneUsed() {
      Analysis analysis =
          analyze(
              BERLIN,
              write(
                  "bias.csv",
                  "\"(PDH-CSV 4.0) (Nowhere)(9999)\",\"\\\\H1\\TCPv4\\Connections Established\"\n"
                      + "\"03/11/2026 10:00:00.000\",\"1\"\n"));

      assertThat(series(analysis, "\\TCPv4\\Connections Established").points())
          .containsExactly(new SeriesPoint(Instant.parse("2026-03-11T09:00:00Z"), 1));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("perfmon-csv.bad-bias", 1L));
    }

    @Test
    void aRowWhoseTimeIsNoTime() {
      Analysis analysis =
          analyze(
              write(
                  "time.csv",
                  HEADER
                      + "\"03/11/2026 10:00:00.000\",\"1\",\"1\",\"1\"\n"
                      + "\"yesterday\",\"2\",\"2\",\"2\"\n"));

      assertThat(values(series(analysis, "\\TCPv4\\Connections Established"))).containsExactly(1.0);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("perfmon-csv.bad-time", 3L));
    }
  }

  @Nested
  class Cultures {

    @Test
    void datesOfOtherCulturesAreReadWhereTheLayoutIsClear() {
      Analysis analysis =
          analyze(
              write(
                  "cultures.csv",
                  "\"(PDH-CSV 4.0)\",\"\\\\H1\\TCPv4\\Connections Established\"\n"
                      + "\"11.03.2026 10:00:00.250\",\"1\"\n"
                      + "\"2026/03/11 10:00:01.250\",\"2\"\n"
                      + "\"2026-03-11T10:00:02\",\"3\"\n"));

      assertThat(series(analysis, "\\TCPv4\\Connections Established").points())
          .extracting(SeriesPoint::time)
          .containsExactly(
              Instant.parse("2026-03-11T10:00:00.250Z"),
              Instant.parse("2026-03-11T10:00:01.250Z"),
              Instant.parse("2026-03-11T10:00:02Z"));
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void aDayFirstSlashedDateTurnsTheSectionDayFirstAndSaysSo() {
      Analysis analysis =
          analyze(
              write(
                  "daymonth.csv",
                  "\"(PDH-CSV 4.0)\",\"\\\\H1\\TCPv4\\Connections Established\"\n"
                      + "\"12/03/2026 23:59:59.000\",\"1\"\n"
                      + "\"13/03/2026 00:00:00.000\",\"2\"\n"
                      + "\"13/03/2026 00:00:01.000\",\"3\"\n"));

      assertThat(series(analysis, "\\TCPv4\\Connections Established").points())
          .extracting(SeriesPoint::time)
          .containsExactly(
              Instant.parse("2026-03-13T00:00:00Z"),
              Instant.parse("2026-03-13T00:00:01Z"),
              Instant.parse("2026-12-03T23:59:59Z"));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("perfmon-csv.day-first", 3L));
    }
  }
}
