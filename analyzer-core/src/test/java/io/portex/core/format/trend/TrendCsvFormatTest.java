package io.portex.core.format.trend;

import static io.portex.core.TestInputs.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import io.portex.core.source.InputFile;
import java.io.ByteArrayInputStream;
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

class TrendCsvFormatTest {

  @TempDir Path dir;

  static Analyzer analyzer(ZoneId zone) {
    return TestInputs.analyzer(zone);
  }

  static Analysis analyze(ZoneId zone, Path... files) {
    return analyzer(zone).analyze(List.of(files));
  }

  static Analysis analyze(Path... files) {
    return analyze(ZoneOffset.UTC, files);
  }

  private Path write(String name, String text) {
    return TestInputs.write(dir, name, text, StandardCharsets.UTF_8, true, "\r\n");
  }

  private static Series onlySeries(Analysis analysis) {
    assertThat(analysis.series()).hasSize(1);
    return analysis.series().get(0);
  }

  @Nested
  class Fixtures {

    @Test
    void aMorningOfCountsTakesTheDateFromTheFileName() {
      Analysis analysis = analyze(TestInputs.fixture("trend/TimeWaitTrend_2026-03-11.csv"));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("trend-csv");
      assertThat(analysis.inputs().get(0).charset()).isEqualTo("UTF-8");
      Series series = onlySeries(analysis);
      assertThat(series.name()).isEqualTo("TIME_WAIT");
      assertThat(series.unit()).isEqualTo("connections");
      assertThat(series.host()).isNull();
      assertThat(series.points()).hasSize(60);
      assertThat(series.points().get(0))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-11T09:00:00Z"), 1180));
      assertThat(series.points().get(43))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-11T09:43:00Z"), 16089));
      assertThat(series.points().get(59))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-11T09:59:00Z"), 16057));
      assertThat(series.points().stream().mapToDouble(SeriesPoint::value).max()).hasValue(16089);
      assertThat(series.source().firstLine()).isEqualTo(2);
      assertThat(series.source().lastLine()).isEqualTo(61);
      assertThat(analysis.inputs().get(0).records()).isEqualTo(60);
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO)).isEmpty();
    }

    @Test
    void timesAreLocalToTheGivenZone() {
      Analysis analysis =
          analyze(
              ZoneId.of("Europe/Berlin"), TestInputs.fixture("trend/TimeWaitTrend_2026-03-11.csv"));

      assertThat(onlySeries(analysis).points().get(0).time())
          .isEqualTo(Instant.parse("2026-03-11T08:00:00Z"));
    }

    @Test
    void rowsPastMidnightMoveToTheNextDay() {
      Analysis analysis =
          analyze(TestInputs.fixture("trend/past-midnight/TimeWaitTrend_2026-03-14.csv"));

      List<SeriesPoint> points = onlySeries(analysis).points();
      assertThat(points).hasSize(31);
      assertThat(points.get(0))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-14T23:45:00Z"), 3000));
      assertThat(points.get(14))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-14T23:59:00Z"), 4680));
      assertThat(points.get(15))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-15T00:00:00Z"), 4800));
      assertThat(points.get(30))
          .isEqualTo(new SeriesPoint(Instant.parse("2026-03-15T00:15:00Z"), 6600));
      assertThat(warnings(analysis)).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("trend-csv.next-day", 17L));
    }
  }

  @Nested
  class Times {

    @Test
    void aFullDateAndTimeIsTakenAsWritten() {
      Path file =
          write(
              "TimeWaitTrend_2026-03-11.csv",
              "Time,Count\n2026-03-11 10:00:00,5\n2026-03-11 10:05:00,7\n2026-03-12 00:00:30,9\n");

      assertThat(onlySeries(analyze(file)).points())
          .containsExactly(
              new SeriesPoint(Instant.parse("2026-03-11T10:00:00Z"), 5),
              new SeriesPoint(Instant.parse("2026-03-11T10:05:00Z"), 7),
              new SeriesPoint(Instant.parse("2026-03-12T00:00:30Z"), 9));
    }

    @Test
    void timesOfDayFollowOnFromAFullDateWrittenBefore() {
      Path file = write("trend.csv", "Time,Count\n2026-03-20 23:59:00,5\n00:01:00,6\n");

      Analysis analysis = analyze(file);

      assertThat(onlySeries(analysis).points())
          .extracting(SeriesPoint::time)
          .containsExactly(
              Instant.parse("2026-03-20T23:59:00Z"), Instant.parse("2026-03-21T00:01:00Z"));
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void withoutADateInTheNameTheModificationDateIsUsedAndSaid() {
      Path file = write("trend.csv", "Time,Count\n10:00:00,5\n10:01:00,6\n");

      Analysis analysis = analyze(file);

      assertThat(onlySeries(analysis).points())
          .extracting(SeriesPoint::time)
          .containsExactly(
              Instant.parse("2026-03-11T10:00:00Z"), Instant.parse("2026-03-11T10:01:00Z"));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("trend-csv.date-from-mtime", 2L));
      assertThat(warnings(analysis).get(0).message()).contains("2026-03-11");
    }

    @Test
    void withoutAnyDateTimesOfDayCannotBePlaced() {
      byte[] text = "Time,Count\n10:00:00,5\n10:01:00,6\n".getBytes(StandardCharsets.UTF_8);
      InputFile stream =
          InputFile.of("trend.csv", text.length, null, () -> new ByteArrayInputStream(text));

      Analysis analysis = analyzer(ZoneOffset.UTC).analyzeInputs(List.of(stream));

      assertThat(analysis.series()).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, Severity.ERROR))
          .extracting(Diagnostic::code, Diagnostic::message)
          .containsExactly(
              tuple(
                  "trend-csv.no-date",
                  "2 times of day not read: neither the file name nor the modification time gives"
                      + " a date"));
    }

    @Test
    void theClockSetBackAtTheEndOfDaylightSavingTimeIsNoNewDay() {
      Path file =
          write(
              "TimeWaitTrend_2026-11-01.csv",
              "Time,Count\n01:30:00,10\n01:45:00,11\n01:00:00,12\n01:15:00,13\n02:00:00,14\n");

      Analysis analysis = analyze(ZoneId.of("America/New_York"), file);

      assertThat(onlySeries(analysis).points())
          .extracting(SeriesPoint::time)
          .containsExactly(
              Instant.parse("2026-11-01T05:30:00Z"),
              Instant.parse("2026-11-01T05:45:00Z"),
              Instant.parse("2026-11-01T06:00:00Z"),
              Instant.parse("2026-11-01T06:15:00Z"),
              Instant.parse("2026-11-01T07:00:00Z"));
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("trend-csv.clock-set-back", 4L));
    }
  }

  @Nested
  class Encodings {

    @Test
    void withAndWithoutByteOrderMarkReadTheSame() throws Exception {
      Path fixture = TestInputs.fixture("trend/TimeWaitTrend_2026-03-11.csv");
      String text = TestInputs.read(fixture).replace("\uFEFF", "");
      Path plain =
          TestInputs.write(
              Files.createDirectories(dir.resolve("plain")),
              "TimeWaitTrend_2026-03-11.csv",
              text,
              StandardCharsets.UTF_8,
              false,
              "\n");

      Analysis withBom = analyze(fixture);
      Analysis withoutBom = analyze(plain);

      assertThat(withoutBom.inputs().get(0).format()).isEqualTo("trend-csv");
      assertThat(onlySeries(withoutBom).points()).isEqualTo(onlySeries(withBom).points());
      assertThat(warnings(withoutBom)).isEmpty();
    }

    @Test
    void exportCsvQuotesAreRead() {
      Path file =
          write("TimeWaitTrend_2026-03-11.csv", "\"Time\",\"Count\"\n\"10:00:00\",\"1234\"\n");

      assertThat(onlySeries(analyze(file)).points())
          .containsExactly(new SeriesPoint(Instant.parse("2026-03-11T10:00:00Z"), 1234));
    }
  }

  @Nested
  class Hostile {

    @Test
    void aCountThatIsNoNumberIsReportedWithItsLine() {
      Path file =
          write(
              "TimeWaitTrend_2026-03-11.csv",
              "Time,Count\n10:00:00,5\n10:01:00,abc\n10:02:00,\n10:03:00,8\n");

      Analysis analysis = analyze(file);

      assertThat(onlySeries(analysis).points())
          .extracting(SeriesPoint::value)
          .containsExactly(5.0, 8.0);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("trend-csv.bad-count", 3L), tuple("trend-csv.bad-count", 4L));
      assertThat(TestInputs.diagnostics(analysis, Severity.ERROR)).isEmpty();
    }

    @Test
    void aFieldTooLongToReadEndsTheFileWithAnErrorAndKeepsTheCountsBeforeIt() {
      Path file =
          write(
              "TimeWaitTrend_2026-03-11.csv",
              "Time,Count\n10:00:00,5\n10:01:00,6\n10:02:00,\"" + "7".repeat(1000) + "\"\n");

      Analysis analysis =
          Analyzer.builder().zone(ZoneOffset.UTC).maxLineLength(256).build().analyze(List.of(file));

      assertThat(onlySeries(analysis).points())
          .extracting(SeriesPoint::value)
          .containsExactly(5.0, 6.0);
      assertThat(TestInputs.diagnostics(analysis, Severity.ERROR))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("trend-csv.csv-error", 4L));
    }

    @Test
    void aTimeThatIsNoTimeAndARowWithoutCountAreReported() {
      Path file =
          write(
              "TimeWaitTrend_2026-03-11.csv", "Time,Count\nten o'clock,5\n10:01:00\n10:02:00,7\n");

      Analysis analysis = analyze(file);

      assertThat(onlySeries(analysis).points()).hasSize(1);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("trend-csv.bad-time", 2L), tuple("trend-csv.short-row", 3L));
    }

    @Test
    void rowsWithoutHeaderAreReadWithAWarning() {
      Path file = write("TimeWaitTrend_2026-03-11.csv", "10:00:00,5\n10:01:00,6\n10:02:00,7\n");

      Analysis analysis = analyze(file);

      assertThat(analysis.inputs().get(0).format()).isEqualTo("trend-csv");
      assertThat(onlySeries(analysis).points())
          .extracting(SeriesPoint::value)
          .containsExactly(5.0, 6.0, 7.0);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("trend-csv.no-header", 1L));
    }

    @Test
    void anEmptyTrendFileIsSaidToBeEmpty() {
      Path file = write("TimeWaitTrend_2026-03-11.csv", "");

      Analysis analysis = analyze(file);

      assertThat(analysis.inputs().get(0).format()).isEqualTo("trend-csv");
      assertThat(analysis.series()).isEmpty();
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::message)
          .containsExactly(tuple("trend-csv.no-counts", "the file is empty"));
    }

    @Test
    void aHeaderAloneGivesNoSeries() {
      Path file = write("TimeWaitTrend_2026-03-11.csv", "Time,Count\n");

      Analysis analysis = analyze(file);

      assertThat(analysis.series()).isEmpty();
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code)
          .containsExactly("trend-csv.no-counts");
    }

    @Test
    void anEmptyFileWithoutTheScriptsNameIsNoTrendFile() {
      Path file = write("data.csv", "");

      assertThat(analyze(file).inputs().get(0).format()).isEqualTo("unknown");
    }

    @Test
    void anotherHeaderIsReportedAndTheColumnsReadByPosition() {
      Path file = write("TimeWaitTrend_2026-03-11.csv", "When,TimeWait\n10:00:00,5\n");

      Analysis analysis = analyze(file);

      assertThat(onlySeries(analysis).points()).hasSize(1);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("trend-csv.unexpected-header", 1L));
    }
  }

  @Nested
  class DayAndMonth {

    @Test
    void openDatesFollowTheOrderALaterDateShows() {
      Path file =
          write(
              "TimeWaitTrend.csv",
              "Time,Count\n03/11/2026 10:00:00,100\n03/11/2026 10:01:00,200\n"
                  + "13/11/2026 10:02:00,300\n");

      Analysis analysis = analyze(file);

      assertThat(onlySeries(analysis).points())
          .extracting(SeriesPoint::time)
          .containsExactly(
              Instant.parse("2026-11-03T10:00:00Z"),
              Instant.parse("2026-11-03T10:01:00Z"),
              Instant.parse("2026-11-13T10:02:00Z"));
      assertThat(warnings(analysis)).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("trend-csv.date-order", 2L));
    }

    @Test
    void datesThatNeverShowTheOrderAreReadMonthFirstWithAWarning() {
      // both readings lie before the file was written (TestInputs.FIXED_MTIME): nothing decides
      Path file =
          write(
              "TimeWaitTrend.csv",
              "Time,Count\n02/01/2026 10:00:00,100\n02/01/2026 10:01:00,200\n");

      Analysis analysis = analyze(file);

      assertThat(onlySeries(analysis).points().get(0).time())
          .isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("trend-csv.ambiguous-date", 2L));
    }

    @Test
    void timesOfDayAfterADateTakeItsDayInTheFilesOrder() {
      Path file = write("TimeWaitTrend.csv", "Time,Count\n14/11/2026 23:59:00,100\n00:01:00,200\n");

      assertThat(onlySeries(analyze(file)).points())
          .extracting(SeriesPoint::time)
          .containsExactly(
              Instant.parse("2026-11-14T23:59:00Z"), Instant.parse("2026-11-15T00:01:00Z"));
    }
  }
}
