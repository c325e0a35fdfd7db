package io.portex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --case ID}: the ticket id in the HTML report, and nowhere else needed. */
class CaseOptionTest {

  private static final Path SAMPLE = Path.of("..", "samples", "healthy-web03");

  @TempDir Path dir;

  private static int run(String... args) {
    return Main.run(
        args, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
  }

  @Test
  void theCaseIdNamesTheReport() throws IOException {
    Path report = dir.resolve("report.html");

    int code =
        run("analyze", SAMPLE.toString(), "--case", "INC-2026-0311", "--html", report.toString());

    assertThat(code).isZero();
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(html).contains("<title>INC-2026-0311 · portex: ");
    assertThat(html).contains("case INC-2026-0311</span></h1>");
    assertThat(html).contains("<footer>portex ").contains("· case INC-2026-0311 ·");
  }

  @Test
  void withoutACaseTheReportNamesNone() throws IOException {
    Path report = dir.resolve("report.html");

    assertThat(run("analyze", SAMPLE.toString(), "--html", report.toString())).isZero();

    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>")
        .contains("<title>portex: ")
        .doesNotContain("· case ");
  }
}
