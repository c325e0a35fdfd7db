package io.portex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portex.report.json.ResultSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, outputs, and the same bytes every run. */
class CliTest {

  private static final Path SAMPLE =
      Path.of("..", "samples", "de-netstat-loop-timewait", "netstat_schleife.txt");

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String text, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, charset);
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-03-11T12:00:00Z")));
    return file;
  }

  @Test
  void analyzeWritesTheJsonOfTheContract() throws IOException {
    Run run = run("analyze", SAMPLE.toString(), "--tz", "Europe/Berlin", "--json", "-");

    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(ResultSchema.violations(json)).isEmpty();
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(2);
    assertThat(json.get("zone").asText()).isEqualTo("Europe/Berlin");
    JsonNode input = json.get("inputs").get(0);
    assertThat(input.get("format").asText()).isEqualTo("netstat");
    assertThat(input.get("charset").asText()).isEqualTo("cp850");
    assertThat(input.get("records").asLong()).isEqualTo(21_642);
    JsonNode snapshots = json.get("snapshots");
    assertThat(snapshots).hasSize(4);
    assertThat(snapshots.get(0).get("time").asText()).isEqualTo("2026-03-11T08:00:01.180Z");
    assertThat(snapshots.get(0).get("timeSource").asText()).isEqualTo("content");
    assertThat(snapshots.get(3).get("states").get("TIME_WAIT").asInt()).isEqualTo(9_600);
    assertThat(snapshots.get(3).get("states").get("ESTABLISHED").asInt()).isEqualTo(451);
    assertThat(snapshots.get(3).get("ephemeralInUse").asInt()).isEqualTo(10_060);
    assertThat(json.get("capacity").get("effective").asInt()).isEqualTo(16_384);
    assertThat(json.get("verdict").get("primary").asText()).isEqualTo("TIME_WAIT_ACCUMULATION");
    assertThat(json.get("verdict").get("exhausted").asBoolean()).isFalse();
    assertThat(json.get("top").get("remoteEndpoints").get(0).get("endpoint").asText())
        .isEqualTo("10.1.9.40:1433");
    assertThat(json.get("top").get("processes").get(0).get("pid").asInt()).isZero();
    assertThat(json.get("events").get("4231").get("count").asInt()).isZero();
  }

  @Test
  void sameInputsGiveTheSameBytes() throws IOException {
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");

    run("analyze", SAMPLE.toString(), "--json", first.toString());
    run("analyze", SAMPLE.toString(), "--json", second.toString());

    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
  }

  @Test
  void textSummaryNamesPeakStatesAndTopTalkers() {
    Run run = run("analyze", SAMPLE.toString(), "--tz", "Europe/Berlin", "--text", "--verbose");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("netstat (cp850), 21,642 record(s)")
        .contains("Peak: 10,060 of 16,384 ephemeral ports in use (61 % of the range)")
        .contains("2026-03-11 09:15:01 Europe/Berlin (2026-03-11T08:15:01Z)")
        .contains("TIME_WAIT 9,600")
        .contains("10.1.9.40:1433");
  }

  @Test
  void htmlGoesWhereAskedOrBesideTheJson() throws IOException {
    Path named = dir.resolve("named.html");
    Path json = dir.resolve("out").resolve("result.json");
    Files.createDirectories(json.getParent());

    Run explicit = run("analyze", SAMPLE.toString(), "--html", named.toString(), "--text");
    Run beside =
        run(
            "analyze",
            SAMPLE.toString(),
            "--json",
            json.toString(),
            "--html",
            "--generated-at",
            "2026-03-12T08:00:00Z");

    assertThat(explicit.exitCode()).isZero();
    assertThat(explicit.out()).contains("Report: " + named);
    assertThat(Files.readString(named))
        .contains("TIME_WAIT accumulation")
        .doesNotContain("generated ");
    Path besideJson = json.getParent().resolve("netstat_schleife-portex.html");
    assertThat(beside.exitCode()).isZero();
    assertThat(Files.readString(besideJson)).contains("generated 2026-03-12T08:00:00Z");
    assertThat(
            run(
                    "analyze",
                    SAMPLE.toString(),
                    "--html",
                    named.toString(),
                    "--generated-at",
                    "yesterday")
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void failOnExhaustedExitsWithFour() throws IOException {
    StringBuilder text = new StringBuilder("  Proto  Local Address  Foreign Address  State  PID\n");
    for (int port = 49152; port < 49152 + 15_000; port++) {
      text.append("  TCP    10.0.0.5:").append(port).append("  10.0.0.9:443  TIME_WAIT  0\n");
    }
    Path file = write("full.txt", text.toString(), StandardCharsets.UTF_8);

    assertThat(
            run(
                    "analyze",
                    file.toString(),
                    "--json",
                    dir.resolve("o.json").toString(),
                    "--fail-on",
                    "exhausted")
                .exitCode())
        .isEqualTo(4);
    assertThat(
            run(
                    "analyze",
                    SAMPLE.toString(),
                    "--json",
                    dir.resolve("p.json").toString(),
                    "--fail-on",
                    "exhausted,CLOSE_WAIT_LEAK")
                .exitCode())
        .isZero();
  }

  @Test
  void nothingReadableExitsWithThree() throws IOException {
    Path empty = write("empty.txt", "", StandardCharsets.UTF_8);
    Path prose = write("notes.txt", "The server was slow on Monday.\n", StandardCharsets.UTF_8);

    Run run = run("analyze", empty.toString(), prose.toString(), "--text");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("nothing readable");
    assertThat(run.out()).contains("empty.txt: unknown").contains("notes.txt: unknown");
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhy() {
    assertThat(run().exitCode()).isEqualTo(2);
    assertThat(run("analyze").exitCode()).isEqualTo(2);
    Run badZone = run("analyze", SAMPLE.toString(), "--tz", "Mars/Olympus");
    assertThat(badZone.exitCode()).isEqualTo(2);
    assertThat(badZone.err()).contains("no time zone");
    assertThat(run("analyze", SAMPLE.toString(), "--no-such-option").exitCode()).isEqualTo(2);
    Run badThreshold = run("analyze", SAMPLE.toString(), "--threshold", "timeWaitMax=1");
    assertThat(badThreshold.exitCode()).isEqualTo(2);
    assertThat(badThreshold.err()).contains("timeWaitMax");
    Run noTemplates =
        run("analyze", SAMPLE.toString(), "--html", "x.html", "--templates", "no/such/folder");
    assertThat(noTemplates.exitCode()).isEqualTo(2);
    assertThat(noTemplates.err()).contains("--templates is no folder: no/such/folder");
  }

  @Test
  void errorsSayWhatIsWrongWithoutTheUsage() throws IOException {
    Run missing = run("analyze", dir.resolve("no-such-file.txt").toString(), "--text");
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err()).contains("no-such-file.txt: not found");
    Run oneMissing =
        run("analyze", SAMPLE.toString(), dir.resolve("gone.txt").toString(), "--text");
    assertThat(oneMissing.exitCode()).isZero();
    assertThat(oneMissing.err()).contains("gone.txt: not found");
    assertThat(oneMissing.out()).contains("Verdict: TIME_WAIT accumulation");

    Run failOn = run("analyze", SAMPLE.toString(), "--fail-on", "exhaustd");
    assertThat(failOn.exitCode()).isEqualTo(2);
    assertThat(failOn.err())
        .contains("unknown condition 'exhaustd'")
        .contains("exhausted, TIME_WAIT_ACCUMULATION")
        .contains("--help")
        .doesNotContain("Usage:");

    Path nowhere = dir.resolve("missing-folder").resolve("report.html");
    Run html = run("analyze", SAMPLE.toString(), "--html", nowhere.toString());
    assertThat(html.err()).contains("not found (or its folder does not exist)");
    assertThat(html.err()).doesNotContain("internal error");

    Run number = run("analyze", SAMPLE.toString(), "--threshold", "timeWaitMin=lots");
    assertThat(number.exitCode()).isEqualTo(2);
    assertThat(number.err()).contains("'lots' must be a number").doesNotContain("Usage:");

    Run unknownOption = run("analyze", SAMPLE.toString(), "--no-such-option");
    assertThat(unknownOption.err()).contains("--no-such-option").contains("--help");
    assertThat(unknownOption.err().lines().count()).isLessThanOrEqualTo(3);
  }

  @Test
  void aThresholdChangesTheVerdict() {
    Run defaults = run("analyze", SAMPLE.toString(), "--text");
    Run raised = run("analyze", SAMPLE.toString(), "--text", "--threshold", "timeWaitMin=20000");

    assertThat(defaults.out()).contains("Verdict: TIME_WAIT accumulation");
    assertThat(raised.exitCode()).isZero();
    assertThat(raised.out()).doesNotContain("TIME_WAIT accumulation");
  }

  @Test
  void formatsSaysWhatEachFileIsAndWhy() throws IOException {
    Path prose = write("notes.txt", "nothing to see\n", StandardCharsets.UTF_8);

    Run run = run("formats", SAMPLE.toString(), prose.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("netstat_schleife.txt: netstat (confidence 0.95, charset cp850)")
        .contains("lines are netstat connection rows")
        .contains("notes.txt: unknown");
    assertThat(run("formats").out()).contains("netstat");
  }

  @Test
  void formatsSaysWhatEachFileYieldsInTheZoneGiven() throws IOException {
    Path named =
        write(
            "capture.txt",
            "C:\\>hostname\r\nweb05.contoso.local\r\n\r\nActive Connections\r\n\r\n"
                + "  Proto  Local Address          Foreign Address        State           PID\r\n"
                + "  TCP    10.0.0.5:49152         10.0.0.9:1433          ESTABLISHED     4711\r\n",
            StandardCharsets.US_ASCII);

    Run berlin = run("formats", "--tz", "Europe/Berlin", SAMPLE.toString());
    Run host = run("formats", named.toString());

    assertThat(berlin.exitCode()).isZero();
    assertThat(berlin.out())
        .containsPattern(
            "yields: 4 snapshot\\(s\\) from 2026-03-11 09:00:01 to 2026-03-11 \\d\\d:\\d\\d:\\d\\d"
                + " Europe/Berlin; 21,642 record\\(s\\); host unknown");
    assertThat(host.out()).contains("yields: 1 snapshot(s)", "; 1 record(s); host WEB05");
  }

  @Test
  void utf16PowerShellCaptureReadsLikeTheOriginal() throws IOException {
    String text = Files.readString(SAMPLE, Charset.forName("IBM850"));
    Path utf16 = write("netstat_schleife.txt", "\uFEFF" + text, StandardCharsets.UTF_16LE);

    Run original = run("analyze", SAMPLE.toString(), "--text", "--verbose");
    Run converted = run("analyze", utf16.toString(), "--text", "--verbose");

    assertThat(converted.out()).contains("netstat (UTF-16LE), 21,642 record(s)");
    assertThat(original.out()).contains("netstat (cp850), 21,642 record(s)");
    // the same lines but the inventory's line of the input, which names its charset
    assertThat(converted.out().lines().filter(l -> !l.contains("record(s)")).toList())
        .isEqualTo(
            original
                .out()
                .lines()
                .filter(l -> !l.contains("record(s)"))
                .map(l -> l.replace(SAMPLE.toString(), utf16.toString()))
                .toList());
  }
}
