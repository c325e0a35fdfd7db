package io.portex.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.InputReport;
import io.portex.core.bundle.BundleLimits;
import io.portex.core.classify.Conclusion;
import io.portex.core.classify.Finding;
import io.portex.core.classify.Recommendation;
import io.portex.core.classify.Thresholds;
import io.portex.core.classify.Verdict;
import io.portex.core.diag.Diagnostic;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import io.portex.core.source.InputFile;
import io.portex.report.html.HtmlReport;
import io.portex.report.json.JsonReport;
import io.portex.report.text.TextSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's embedding example, compiled and run: public API only, from another package. */
class EmbeddingExampleTest {

  @Test
  void theReadmeExampleWorks() throws IOException {
    Path ticket = Path.of("..", "samples", "closewait-leak-app02");
    byte[] netstat =
        Files.readAllBytes(
            Path.of("..", "samples", "healthy-web03", "netstat_20260311_093000.txt"));

    // --- README: embedding ---
    Analyzer analyzer =
        Analyzer.builder()
            .zone(ZoneId.of("Europe/Berlin"))
            .thresholds(Thresholds.DEFAULT.with(Thresholds.CLOSE_WAIT_MIN, 500))
            .timeWaitSeconds(120)
            .bundleLimits(new BundleLimits(4L << 30, 10_000, 250, 3))
            .build(); // immutable and thread-safe: share one

    // files, folders or zip archives on disk ...
    Analysis analysis = analyzer.analyze(List.of(ticket));
    // ... or named streams, e.g. from object storage (a zip among them is read as on disk)
    Analysis fromStream =
        analyzer.analyzeInputs(
            List.of(
                InputFile.of(
                    "netstat_20260311_093000.txt",
                    netstat.length,
                    null,
                    () -> new ByteArrayInputStream(netstat))));

    Verdict verdict = analysis.verdict(); // the worst host's: primary, subtypes, exhausted, basis
    for (Finding finding : analysis.findings()) {
      String summary = finding.summary();
      List<Recommendation> fixes = finding.recommendations();
    }
    for (Snapshot snapshot : analysis.snapshots()) {
      int timeWait = snapshot.count(TcpState.TIME_WAIT);
      int inUse = analysis.ephemeralInUse(snapshot);
    }
    for (InputReport input : analysis.inputs()) {
      List<Diagnostic> problems = input.diagnostics(); // file, line, code, message
    }

    ByteArrayOutputStream json = new ByteArrayOutputStream();
    JsonReport.write(analysis, json);
    StringWriter html = new StringWriter();
    HtmlReport.packaged().write(analysis, null, html);
    StringWriter text = new StringWriter();
    TextSummary.write(analysis, new PrintWriter(text), true); // true: with the inventory
    // --- end of README example ---

    assertThat(verdict.primary()).isEqualTo(Conclusion.CLOSE_WAIT_LEAK);
    assertThat(analysis.findings().get(0).recommendations()).isNotEmpty();
    assertThat(fromStream.verdict().primary()).isEqualTo(Conclusion.NONE);
    assertThat(fromStream.inputs().get(0).format()).isEqualTo("netstat");
    assertThat(json.toString()).contains("\"schemaVersion\" : 2").contains("\"value\" : 120");
    assertThat(html.toString()).contains("CLOSE_WAIT leak");
    assertThat(text.toString()).contains("TIME_WAIT delay: 120 s (set by the caller)");
  }
}
