package io.portex.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlReportTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  @TempDir Path dir;

  static Stream<String> samples() throws IOException {
    try (Stream<Path> folders = Files.list(SAMPLES)) {
      return folders
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  private static Analysis analyze(Path... paths) {
    return Analyzer.builder().zone(ZoneId.of("Europe/Berlin")).build().analyze(List.of(paths));
  }

  private static String render(Analysis analysis, Instant generatedAt) throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.packaged().write(analysis, generatedAt, out);
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everySampleRendersSelfContained(String sample) throws IOException {
    String html = render(analyze(SAMPLES.resolve(sample)), null);

    assertThat(html).startsWith("<!DOCTYPE html>").contains("</html>");
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link ");
    Matcher urls = Pattern.compile("(?i)(?:src|href)\\s*=\\s*\"[a-z]+:").matcher(html);
    assertThat(urls.find()).as("no external reference").isFalse();
    Matcher http = Pattern.compile("https?://[^\"'\\s<]+").matcher(html);
    while (http.find()) {
      assertThat(http.group())
          .as("only XML namespaces may name a URL")
          .startsWith("http://www.w3.org/");
    }
    assertThat(html).contains("Ephemeral-port post-mortem");
  }

  @Test
  void aPeakSnapshotWithoutATimeRendersAndIsSaidSo() throws IOException {
    // two timed tables, then the largest one without a time line: the timeline chart once failed
    StringBuilder text = new StringBuilder();
    String header = "  Proto  Local Address  Foreign Address  State  PID\r\n";
    for (int t = 0; t < 3; t++) {
      if (t < 2) {
        text.append("==== 2026-03-11 10:0").append(t).append(":00 ====\r\n");
      }
      text.append(header);
      for (int i = 0; i < 10 + 40 * t; i++) {
        text.append("  TCP    10.0.0.5:")
            .append(50000 + i)
            .append("  10.0.0.9:1433  TIME_WAIT  0\r\n");
      }
      text.append("\r\n");
    }
    Path file = dir.resolve("netstat.txt");
    Files.writeString(file, text, StandardCharsets.US_ASCII);

    String html = render(analyze(file), null);

    assertThat(html)
        .contains("in a snapshot without a time")
        .contains(
            "The snapshot with most ports in use (90) has no time, so it is not on this chart.");
  }

  @Test
  void customerStringsAreEscapedAndKeptIntact() throws IOException {
    String evil = "<script>alert(\"x\")</script>";
    String netstat =
        "Active Connections\r\n\r\n  Proto  Local Address  Foreign Address  State  PID\r\n"
            + "  TCP    10.0.0.5:50000  10.0.0.9:443  ESTABLISHED  4242\r\n"
            + " ["
            + evil
            + "ümlaut東京.exe]\r\n"
            + "  TCP    10.0.0.5:50001  10.0.0.9:443  GEHEIM"
            + evil
            + "  4242\r\n";
    // a folder inside the ticket: the ticket's own location is not shown
    Path folder =
        Files.createDirectories(dir.resolve("ticket").resolve("ticket 'quoted' \"&\" <b>"));
    Path file =
        Files.writeString(
            folder.resolve("netstat_20260311_101500.txt"), netstat, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-03-11T12:00:00Z")));

    String html = render(analyze(folder.getParent()), null);

    assertThat(html).doesNotContain(evil).doesNotContain("\"&\" <b>");
    assertThat(html).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;ümlaut東京.exe");
    assertThat(html).contains("ticket &#39;quoted&#39; &quot;&amp;&quot; &lt;b&gt;");
  }

  @Test
  void sameInputsGiveTheSameBytesAndTimeOnlyWhenAsked() throws IOException {
    Analysis analysis = analyze(SAMPLES.resolve("mixed-ticket-web01"));

    String first = render(analysis, null);
    String second = render(analyze(SAMPLES.resolve("mixed-ticket-web01")), null);
    String stamped = render(analysis, Instant.parse("2026-03-12T08:00:00Z"));

    assertThat(first).isEqualTo(second);
    assertThat(first).doesNotContain("generated ");
    assertThat(stamped).contains("generated 2026-03-12T08:00:00Z");
  }

  @Test
  void theMonitoringScriptsRankingsNearestItsPeakAreShown() throws IOException {
    String html =
        render(
            analyze(
                SAMPLES.resolve("mixed-ticket-web01").resolve("TimeWaitMonitor_2026-03-11.log")),
            null);

    assertThat(html)
        .contains("What the monitoring script ranked")
        .contains("Remote addresses <span class=\"muted\">(2026-03-11 10:30:00")
        .contains("<td class=\"mono\">10.20.9.40</td><td class=\"num\">8,100</td>")
        .contains("the top remote address of its list nearest that peak is 10.20.9.40, with 8,100");
  }

  @Test
  void templatesCanBeOverridden() throws IOException {
    Files.writeString(
        dir.resolve(HtmlReport.TEMPLATE),
        "<p>${verdict.primary} (${verdict.confidence})</p>",
        StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();

    HtmlReport.withTemplates(dir).write(analyze(SAMPLES.resolve("healthy-web03")), null, out);

    assertThat(out.toString()).isEqualTo("<p>No exhaustion pattern (80 %)</p>");
  }
}
