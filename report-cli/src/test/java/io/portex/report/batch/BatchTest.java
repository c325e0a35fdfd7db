package io.portex.report.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portex.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portex batch} over a root mixing good, broken and hostile cases. */
class BatchTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static void zip(Path zip, String entry, byte[] content) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry(entry));
      out.write(content);
      out.closeEntry();
    }
  }

  private Path root() throws IOException {
    Path root = Files.createDirectories(dir.resolve("archive"));
    copy(SAMPLES.resolve("healthy-web03"), root.resolve("healthy-web03"));
    copy(SAMPLES.resolve("closewait-leak-app02"), root.resolve("=HYPERLINK(\"x\")"));
    Files.createDirectories(root.resolve("empty-case"));
    Files.write(
        root.resolve("corrupt.zip"), "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1));
    zip(root.resolve("bomb.zip"), "zeros.txt", new byte[50 << 20]);
    ByteArrayOutputStream netstat = new ByteArrayOutputStream();
    netstat.write(
        Files.readAllBytes(
            SAMPLES.resolve("combined-timewait-one-backend/netstat_20260311_110000.txt")));
    zip(root.resolve("combined.zip"), "netstat_20260311_110000.txt", netstat.toByteArray());
    return root;
  }

  @Test
  void everyCaseGetsItsResultAndBrokenOnesDoNotStopTheOthers() throws IOException {
    Path root = root();
    Path out = dir.resolve("out");

    Run run = run("batch", root.toString(), "--out", out.toString(), "--jobs", "2");

    assertThat(run.exitCode())
        .isEqualTo(3); // input problems: nothing readable, not an internal error
    assertThat(run.out())
        .contains("6 case(s): 3 done, 0 skipped, 3 failed")
        .contains("failed: bomb.zip: nothing readable: ")
        .contains("more than 250 times; not read")
        .contains("failed: corrupt.zip: nothing readable: ")
        .contains("not a readable zip")
        .contains("failed: empty-case: nothing readable: the case holds no file");
    for (String done : List.of("healthy-web03", "=HYPERLINK(\"x\")", "combined.zip")) {
      assertThat(out.resolve(done).resolve("report.html")).exists();
      assertThat(out.resolve(done).resolve("result.json")).exists();
    }
    String index = Files.readString(out.resolve("index.html"));
    assertThat(index)
        .contains("healthy-web03", "bomb.zip", "CLOSE_WAIT leak", "TIME_WAIT accumulation")
        .doesNotContain("CLOSE_WAIT_LEAK", "TIME_WAIT_ACCUMULATION");
    assertThat(index)
        .contains("<li><b>6</b>cases</li>", "<b>3</b>failed</li>", "<b>0</b>exhausted</li>")
        .contains("<li><b>1</b>No exhaustion pattern</li>");
    assertThat(index).contains("=HYPERLINK(&quot;x&quot;)").doesNotContain("=HYPERLINK(\"x\")");
    List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
    assertThat(csv).hasSize(7);
    assertThat(csv).anyMatch(line -> line.startsWith("\"'=HYPERLINK(\"\"x\"\")\",done,"));
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"failed\" : 3");
    // a failed case has a reason and no figures: empty cells, JSON nulls, never -1
    assertThat(row(out, "bomb.zip")).startsWith("bomb.zip,failed,\"nothing readable: ");
    assertThat(row(out, "bomb.zip")).endsWith("not read\",,,,,,,,,,,");
    assertThat(csv).noneMatch(line -> line.contains(",-1,"));
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    JsonNode bomb =
        summary.get("results").findParents("case").stream()
            .filter(r -> r.get("case").asText().equals("bomb.zip"))
            .findFirst()
            .orElseThrow();
    assertThat(bomb.get("peakInUse").isNull()).isTrue();
    assertThat(bomb.get("exhausted").isNull()).isTrue();
    assertThat(bomb.get("primary").asText()).isEmpty();
    assertThat(summary.get("byVerdict").get("CLOSE_WAIT_LEAK").asInt()).isEqualTo(1);
  }

  @Test
  void caseJsonIsTheJsonOfAnalyze() throws IOException {
    Path root = root();
    Path out = dir.resolve("out");
    Path alone = dir.resolve("alone.json");

    run("batch", root.toString(), "--out", out.toString(), "--jobs", "1");
    run("analyze", root.resolve("healthy-web03").toString(), "--json", alone.toString());

    assertThat(Files.readString(out.resolve("healthy-web03").resolve("result.json")))
        .isEqualTo(Files.readString(alone));
  }

  @Test
  void incrementalSkipsUnchangedCasesAndRetriesFailedOnes() throws IOException {
    Path root = root();
    Path out = dir.resolve("out");
    run("batch", root.toString(), "--out", out.toString());

    Run again = run("batch", root.toString(), "--out", out.toString(), "--incremental");
    Files.writeString(root.resolve("healthy-web03").resolve("note.txt"), "changed");
    Run changed = run("batch", root.toString(), "--out", out.toString(), "--incremental");

    assertThat(again.out()).contains("6 case(s): 0 done, 3 skipped, 3 failed");
    assertThat(changed.out()).contains("6 case(s): 1 done, 2 skipped, 3 failed");
  }

  @Test
  void incrementalAnalyzesAgainWhenTheSettingsChange() throws IOException {
    Path root = root();
    Path out = dir.resolve("out");
    run("batch", root.toString(), "--out", out.toString());

    Run otherThreshold =
        run(
            "batch",
            root.toString(),
            "--out",
            out.toString(),
            "--incremental",
            "--threshold",
            "timeWaitMin=20000");
    Run otherZone =
        run(
            "batch",
            root.toString(),
            "--out",
            out.toString(),
            "--incremental",
            "--threshold",
            "timeWaitMin=20000",
            "--tz",
            "Europe/Berlin");

    assertThat(otherThreshold.out()).contains("6 case(s): 3 done, 0 skipped, 3 failed");
    assertThat(otherZone.out()).contains("6 case(s): 3 done, 0 skipped, 3 failed");
  }

  @Test
  void incrementalAnalyzesAgainWhenTheTemplatesChange() throws IOException {
    Path root = root();
    Path out = dir.resolve("out");
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("index.ftlh"), "cases: ${cases?size}");
    String[] args = {"batch", root.toString(), "--out", out.toString(), "--incremental"};
    String[] withTemplates =
        Stream.concat(Stream.of(args), Stream.of("--templates", templates.toString()))
            .toArray(String[]::new);
    run(args);

    Run first = run(withTemplates);
    Run unchanged = run(withTemplates);
    Files.writeString(templates.resolve("index.ftlh"), "all cases: ${cases?size}");
    Run edited = run(withTemplates);

    assertThat(first.out()).contains("6 case(s): 3 done, 0 skipped, 3 failed");
    assertThat(unchanged.out()).contains("6 case(s): 0 done, 3 skipped, 3 failed");
    assertThat(edited.out()).contains("6 case(s): 3 done, 0 skipped, 3 failed");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("all cases: 6");
  }

  @Test
  void aSkippedCaseKeepsTheFiguresOfTheRunThatAnalyzedIt() throws IOException {
    Path root = root();
    Path out = dir.resolve("out");
    run("batch", root.toString(), "--out", out.toString());
    String analyzed = row(out, "combined.zip");

    run("batch", root.toString(), "--out", out.toString(), "--incremental");
    String skipped = row(out, "combined.zip");
    Files.delete(out.resolve("healthy-web03").resolve(CaseRow.FILE));
    Run withoutRow = run("batch", root.toString(), "--out", out.toString(), "--incremental");

    assertThat(analyzed).startsWith("combined.zip,done,,TIME_WAIT_ACCUMULATION,");
    assertThat(skipped)
        .isEqualTo(
            analyzed.replace(
                ",done,,", ",skipped,inputs and settings unchanged since the result was written,"));
    assertThat(Files.readString(out.resolve("index.html"))).contains("TIME_WAIT accumulation");
    assertThat(withoutRow.out()).contains("6 case(s): 1 done, 2 skipped, 3 failed");
  }

  private static String row(Path out, String name) throws IOException {
    return Files.readAllLines(out.resolve("summary.csv")).stream()
        .filter(line -> line.startsWith(name + ","))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anOutputFolderInsideTheRootIsNoCaseAndOtherFilesAreNamed() throws IOException {
    Path root = Files.createDirectories(dir.resolve("archive"));
    copy(SAMPLES.resolve("healthy-web03"), root.resolve("healthy-web03"));
    Files.writeString(root.resolve("notes.txt"), "what the customer said");
    Path out = root.resolve("results").resolve("today");

    Run first = run("batch", root.toString(), "--out", out.toString());
    Run second = run("batch", root.toString(), "--out", out.toString());

    for (Run run : List.of(first, second)) {
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("1 case(s): 1 done, 0 skipped, 0 failed");
      assertThat(run.err())
          .contains("not a case: " + root.resolve("notes.txt") + ": neither a folder nor a .zip");
    }
    assertThat(second.err())
        .contains("not a case: " + root.resolve("results") + ": it holds the output folder");
    assertThat(out.resolve("results")).doesNotExist();
  }

  @Test
  void thresholdsAndTemplatesApplyToEveryCase() throws IOException {
    Path root = root();
    Path out = dir.resolve("out");
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(
        templates.resolve("index.ftlh"), "<#list cases as c>${c.name}=${c.primary};</#list>");

    Run run =
        run(
            "batch",
            root.toString(),
            "--out",
            out.toString(),
            "--threshold",
            "timeWaitMin=20000",
            "--templates",
            templates.toString());

    assertThat(run.exitCode()).isEqualTo(3); // the broken cases: nothing readable in them
    assertThat(Files.readString(out.resolve("index.html")))
        .contains("healthy-web03=NONE;")
        .doesNotContain("TIME_WAIT_ACCUMULATION");
    assertThat(Files.readString(out.resolve("combined.zip").resolve("report.html")))
        .contains("<html");
  }

  @Test
  void anOutputFolderReachedThroughALinkIsStillNoCase() throws IOException {
    Path root = Files.createDirectories(dir.resolve("archive"));
    copy(SAMPLES.resolve("healthy-web03"), root.resolve("healthy-web03"));
    Path linkToRoot = Files.createSymbolicLink(dir.resolve("link"), root);
    Path out = linkToRoot.resolve("results");

    run("batch", root.toString(), "--out", out.toString());
    Run second = run("batch", root.toString(), "--out", out.toString());
    Run intoTheRoot = run("batch", root.toString(), "--out", linkToRoot.toString());

    assertThat(second.out()).contains("1 case(s): 1 done, 0 skipped, 0 failed");
    assertThat(second.err()).contains("it holds the output folder");
    assertThat(intoTheRoot.exitCode()).isEqualTo(2);
  }

  @Test
  void aRedactedBatchNamesNoHostAndIsAnalyzedAnewWhenRedactionIsAsked() throws IOException {
    Path root = Files.createDirectories(dir.resolve("archive"));
    copy(SAMPLES.resolve("mixed-ticket-web01"), root.resolve("ticket-4711"));
    Path out = dir.resolve("out");

    run("batch", root.toString(), "--out", out.toString());
    Run redacted =
        run("batch", root.toString(), "--out", out.toString(), "--incremental", "--redact");

    assertThat(redacted.out()).contains("1 case(s): 1 done, 0 skipped, 0 failed");
    assertThat(row(out, "ticket-4711").split(",")[6]).isEqualTo("HOST-1");
    for (String file :
        List.of(
            "summary.csv",
            "summary.json",
            "index.html",
            "ticket-4711/report.html",
            "ticket-4711/result.json")) {
      String text = Files.readString(out.resolve(file));
      assertThat(text).as(file).doesNotContainIgnoringCase("web01").doesNotContain("10.20.9.40");
    }
    assertThat(Files.readString(out.resolve("index.html"))).contains("198.18.");
  }

  @Test
  void theSummaryNamesTheHostOfEachCase() throws IOException {
    Path root = Files.createDirectories(dir.resolve("archive"));
    copy(SAMPLES.resolve("mixed-ticket-web01"), root.resolve("ticket-4711"));
    Path out = dir.resolve("out");

    run("batch", root.toString(), "--out", out.toString());

    assertThat(row(out, "ticket-4711")).startsWith("ticket-4711,done,,TIME_WAIT_ACCUMULATION,");
    assertThat(row(out, "ticket-4711").split(",")[6]).isEqualTo("WEB01");
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"hosts\" : \"WEB01\"");
    assertThat(Files.readString(out.resolve("index.html")))
        .contains("<span class=\"small\">WEB01</span>");
  }

  @Test
  void usageErrorsExitWithTwo() {
    Run intoTheRoot = run("batch", dir.toString(), "--out", dir.toString());
    assertThat(intoTheRoot.exitCode()).isEqualTo(2);
    assertThat(intoTheRoot.err()).contains("--out must not be ROOT");
    assertThat(run("batch", dir.resolve("missing").toString(), "--out", dir.toString()).exitCode())
        .isEqualTo(2);
    assertThat(
            run("batch", dir.toString(), "--out", dir.resolve("o").toString(), "--jobs", "0")
                .exitCode())
        .isEqualTo(2);
  }
}
