package io.portex.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.portex.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a {@code local[2]} session over the samples, as folders and zipped, beside hostile
 * cases: its outputs are those of {@code portex batch}, and each result is {@code analyze --json}.
 */
class PortexJobTest {

  @TempDir static Path dir;

  private static Path root;
  private static Path out;
  private static Run job;

  private record Run(int exitCode, String out, String err) {}

  private static Run job(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    SparkSession spark = LocalSpark.session();
    int code = PortexJob.run(spark, args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private static Run portex(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void runTheJobOverTheSamples() throws IOException {
    root = Files.createDirectories(dir.resolve("tickets"));
    for (String sample : Cases.samples()) {
      Cases.copy(Cases.SAMPLES.resolve(sample), root.resolve(sample));
      Cases.zipFolder(Cases.SAMPLES.resolve(sample), root.resolve(sample + ".zip"));
    }
    Cases.hostile(root);
    Files.writeString(root.resolve("notes.txt"), "not a case");
    out = dir.resolve("results");

    job = job("--cases", root + "/*", "--out", out.toString(), "--html", "--partitions", "4");
  }

  private static List<String> goodCases() throws IOException {
    return Cases.samples().stream()
        .flatMap(sample -> Stream.of(sample, sample + ".zip"))
        .sorted()
        .toList();
  }

  @Test
  void brokenCasesAreFailureRowsAndTheOthersFinish() throws IOException {
    assertThat(job.exitCode()).as(job.err()).isEqualTo(1);
    assertThat(job.out())
        .contains(
            (goodCases().size() + 3)
                + " case(s): "
                + goodCases().size()
                + " done, 0 skipped, 3 failed")
        .contains("failed: bomb.zip: nothing readable: ")
        .contains("more than 250 times; not read")
        .contains("failed: corrupt.zip: nothing readable: ")
        .contains("not a readable zip")
        .contains("failed: empty-case: nothing readable: the case holds no file");
    assertThat(job.err()).contains("not a case: " + root.resolve("notes.txt"));
    for (String name : goodCases()) {
      assertThat(out.resolve(name).resolve("result.json")).exists();
      assertThat(out.resolve(name).resolve("report.html")).exists();
    }
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".result.json.crc"));
    }
  }

  @Test
  void everyResultIsTheJsonOfAnalyze() throws IOException {
    for (String name : goodCases()) {
      Path alone = dir.resolve("analyze-" + name + ".json");
      portex("analyze", root.resolve(name).toString(), "--json", alone.toString());
      assertThat(out.resolve(name).resolve("result.json"))
          .as(name)
          .hasSameTextualContentAs(alone)
          .hasSameBinaryContentAs(alone);
    }
  }

  @Test
  void theOutputsAreThoseOfBatch() throws IOException {
    Path batch = dir.resolve("batch");
    Run run = portex("batch", root.toString(), "--out", batch.toString(), "--jobs", "2");
    assertThat(run.exitCode()).isEqualTo(1);

    for (String name : goodCases()) {
      for (String file : List.of("result.json", "report.html")) {
        assertThat(out.resolve(name).resolve(file))
            .as(name + "/" + file)
            .hasSameBinaryContentAs(batch.resolve(name).resolve(file));
      }
    }
    for (String file : List.of("summary.csv", "summary.json", "index.html")) {
      assertThat(out.resolve(file)).as(file).hasSameBinaryContentAs(batch.resolve(file));
    }
  }

  @Test
  void theParquetSummaryReadsBackWithSparkSql() throws IOException {
    SparkSession spark = LocalSpark.session();
    spark
        .read()
        .parquet(out.resolve("summary.parquet").toString())
        .createOrReplaceTempView("summary");

    assertThat(spark.sql("SELECT count(*) FROM summary").first().getLong(0))
        .isEqualTo(goodCases().size() + 3);
    assertThat(spark.sql("SELECT count(*) FROM summary WHERE status = 'failed'").first().getLong(0))
        .isEqualTo(3);

    ObjectMapper json = new ObjectMapper();
    Map<String, String> verdicts = new HashMap<>();
    for (String name : goodCases()) {
      verdicts.put(
          name,
          json.readTree(out.resolve(name).resolve("result.json").toFile())
              .path("verdict")
              .path("primary")
              .asText());
    }
    List<Row> rows =
        spark
            .sql("SELECT `case`, `primary`, exhausted FROM summary WHERE status = 'done'")
            .collectAsList();
    assertThat(rows).hasSize(goodCases().size());
    for (Row row : rows) {
      assertThat(row.getString(1)).as(row.getString(0)).isEqualTo(verdicts.get(row.getString(0)));
    }
    assertThat(verdicts.get("healthy-web03")).isEqualTo("NONE");
    assertThat(verdicts.get("closewait-leak-app02.zip")).isEqualTo("CLOSE_WAIT_LEAK");
    assertThat(
            spark
                .sql("SELECT exhausted FROM summary WHERE `case` = 'small-range-fr-db01.zip'")
                .first()
                .getBoolean(0))
        .isTrue();
  }

  @Test
  void incrementalSkipsUnchangedCases() throws IOException {
    Path tickets = Files.createDirectories(dir.resolve("incremental"));
    Cases.copy(Cases.SAMPLES.resolve("healthy-web03"), tickets.resolve("healthy-web03"));
    Cases.zipFolder(
        Cases.SAMPLES.resolve("closewait-leak-app02"), tickets.resolve("closewait.zip"));
    Cases.hostile(tickets);
    Path results = dir.resolve("incremental-out");
    String[] args = {"--cases", tickets + "/*", "--out", results.toString(), "--incremental"};

    Run first = job(args);
    Run second = job(args);
    Path changed;
    try (Stream<Path> files = Files.list(tickets.resolve("healthy-web03"))) {
      changed =
          files
              .filter(f -> !f.getFileName().toString().equals("README.md"))
              .findFirst()
              .orElseThrow();
    }
    Files.setLastModifiedTime(
        changed, FileTime.fromMillis(Files.getLastModifiedTime(changed).toMillis() + 60_000));
    Run third = job(args);

    assertThat(first.out()).contains("5 case(s): 2 done, 0 skipped, 3 failed");
    assertThat(second.out()).contains("5 case(s): 0 done, 2 skipped, 3 failed");
    assertThat(third.out()).contains("5 case(s): 1 done, 1 skipped, 3 failed");
    assertThat(Files.readString(results.resolve("summary.csv")))
        .contains("closewait.zip,skipped,inputs and settings unchanged")
        .contains("healthy-web03,done,,NONE");
    assertThat(results.resolve("healthy-web03").resolve("report.html")).doesNotExist();
  }

  @Test
  void casesOfOneNameFromTwoPlacesAreNotMixedUp() throws IOException {
    Path one = dir.resolve("clash/2025");
    Path two = dir.resolve("clash/2026");
    String name = "web01 50% \"odd\" name";
    Cases.copy(Cases.SAMPLES.resolve("healthy-web03"), one.resolve(name));
    Cases.copy(Cases.SAMPLES.resolve("closewait-leak-app02"), two.resolve(name));
    Path results = dir.resolve("clash-out");

    Run run = job("--cases", dir.resolve("clash") + "/*/*", "--out", results.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("2 case(s): 1 done, 0 skipped, 1 failed")
        .contains(
            "failed: " + name + ": " + two.resolve(name) + " has the name of " + one.resolve(name));
    Path alone = dir.resolve("clash.json");
    portex("analyze", one.resolve(name).toString(), "--json", alone.toString());
    assertThat(results.resolve(name).resolve("result.json")).hasSameBinaryContentAs(alone);
    assertThat(Files.readString(results.resolve("index.html")))
        .contains(name.replace("\"", "&quot;"));
  }

  @Test
  void usageErrorsSayWhatIsWrong() {
    Run nothing =
        job("--cases", dir.resolve("nowhere") + "/*", "--out", dir.resolve("x").toString());
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.err()).contains("matches nothing").contains("no case matches --cases");

    Run threshold =
        job("--cases", root + "/*", "--out", dir.resolve("y").toString(), "--threshold", "nope=1");
    assertThat(threshold.exitCode()).isEqualTo(2);
    assertThat(threshold.err()).contains("nope");
  }
}
