package io.portex.report.batch;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.InputReport;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.model.PortEvents;
import io.portex.report.html.Formats;
import io.portex.report.html.HtmlReport;
import io.portex.report.json.JsonReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One case of a batch: analyze its folder or archive, write its report and JSON, say how it went.
 */
final class BatchCase {

  static final String REPORT = "report.html";
  static final String RESULT = "result.json";

  /** Where a case records what its inputs were, to be skipped when they have not changed. */
  static final String STAMP = ".portex-inputs";

  /** How the reason of a case with nothing readable starts: its input's fault, not portex's. */
  static final String NOTHING_READABLE = "nothing readable: ";

  private final Path input;
  private final Path out;
  private final Analyzer analyzer;
  private final HtmlReport report;

  BatchCase(Path input, Path out, Analyzer analyzer, HtmlReport report) {
    this.input = input;
    this.out = out;
    this.analyzer = analyzer;
    this.report = report;
  }

  String name() {
    return input.getFileName().toString();
  }

  CaseResult run(boolean incremental) {
    long started = System.nanoTime();
    try {
      String stamp = InputStamp.of(input, analyzer, report);
      Path stampFile = out.resolve(STAMP);
      if (incremental
          && Files.exists(out.resolve(RESULT))
          && Files.exists(stampFile)
          && Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp)) {
        Optional<CaseResult> previous = CaseRow.read(out);
        if (previous.isPresent()) {
          return previous.get().skipped(millisSince(started));
        }
      }
      Analysis analysis = analyzer.analyze(List.of(input));
      Files.createDirectories(out);
      try (OutputStream json = Files.newOutputStream(out.resolve(RESULT))) {
        JsonReport.write(analysis, json);
      }
      try (Writer html = Files.newBufferedWriter(out.resolve(REPORT), StandardCharsets.UTF_8)) {
        report.write(analysis, null, html);
      }
      if (!analysis.readAnything()) {
        return result("failed", NOTHING_READABLE + whyNothingRead(analysis), analysis, started);
      }
      // only a case that succeeded is stamped: a failed one is tried again next time
      CaseResult done = result("done", "", analysis, started);
      CaseRow.write(done, out);
      Files.writeString(stampFile, stamp, StandardCharsets.UTF_8);
      return done;
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return result("failed", e.getClass().getSimpleName() + ": " + message, null, started);
    }
  }

  /** The first error an input met, else what the case held. */
  private String whyNothingRead(Analysis analysis) {
    List<InputReport> inputs = analysis.inputs();
    if (inputs.isEmpty()) {
      return "the case holds no file";
    }
    for (InputReport report : inputs) {
      for (Diagnostic diagnostic : report.diagnostics()) {
        if (diagnostic.severity() == Severity.ERROR) {
          return report.path() + ": " + diagnostic.message();
        }
      }
    }
    return inputs.size() + " file(s), none in a format portex reads (portex formats CASE says why)";
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }

  private CaseResult result(String status, String reason, Analysis analysis, long started) {
    long millis = millisSince(started);
    if (analysis == null) {
      return new CaseResult(name(), status, reason, "", "", "", false, -1, 0, 0, "", millis);
    }
    var verdict = analysis.verdict();
    int peak = analysis.peak().map(analysis::ephemeralInUse).orElse(-1);
    long events = PortEvents.exhaustionCount(analysis.events());
    var timeline = analysis.timeline();
    String window =
        timeline.from() == null ? "" : Formats.utcWindow(timeline.from(), timeline.to());
    return new CaseResult(
        name(),
        status,
        reason,
        verdict.primary(),
        String.join("+", verdict.subtypes()),
        String.join(", ", analysis.hosts()),
        verdict.exhausted(),
        peak,
        analysis.capacity().effective(),
        events,
        window,
        millis);
  }
}
