package io.portex.report.batch;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.InputReport;
import io.portex.core.classify.Conclusion;
import io.portex.core.classify.Finding;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.model.PortEvents;
import io.portex.report.VerdictWords;
import io.portex.report.html.Formats;
import io.portex.report.html.HtmlReport;
import io.portex.report.json.JsonReport;
import io.portex.report.redact.RedactedJson;
import io.portex.report.redact.RedactedText;
import io.portex.report.redact.Redaction;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * One case of a batch: analyze its folder or archive, write its report and JSON, say how it went.
 * The case's inputs and its output folder may be on disk ({@code portex batch}) or in a distributed
 * file system (the Spark job); either way the outputs are the same.
 */
public final class BatchCase {

  static final String REPORT = "report.html";
  static final String RESULT = "result.json";

  /** Where a case records what its inputs were, to be skipped when they have not changed. */
  static final String STAMP = ".portex-inputs";

  /** How the reason of a case with nothing readable starts: its input's fault, not portex's. */
  static final String NOTHING_READABLE = "nothing readable: ";

  private final CaseSource input;
  private final OutputFolder out;
  private final Analyzer analyzer;
  private final HtmlReport report;
  private final boolean html;
  private final boolean redact;

  /**
   * @param out the case's own output folder
   * @param html whether to write {@code report.html} beside {@code result.json}
   */
  public BatchCase(
      CaseSource input, OutputFolder out, Analyzer analyzer, HtmlReport report, boolean html) {
    this(input, out, analyzer, report, html, false);
  }

  /**
   * @param out the case's own output folder
   * @param html whether to write {@code report.html} beside {@code result.json}
   * @param redact whether the outputs and the case's summary row are redacted ({@link Redaction})
   */
  public BatchCase(
      CaseSource input,
      OutputFolder out,
      Analyzer analyzer,
      HtmlReport report,
      boolean html,
      boolean redact) {
    this.input = input;
    this.out = out;
    this.analyzer = analyzer;
    this.report = report;
    this.html = html;
    this.redact = redact;
  }

  String name() {
    return input.name();
  }

  /**
   * Analyzes the case and writes its outputs; never throws: a case that cannot be read or written
   * is a failed result with the reason.
   *
   * @param incremental skip the case when its stamp says nothing changed since its result
   */
  public CaseResult run(boolean incremental) {
    long started = System.nanoTime();
    try {
      String stamp = InputStamp.of(input.files(), analyzer, report, html, redact);
      if (incremental && stamp.equals(read(STAMP))) {
        Optional<CaseResult> previous = CaseRow.read(out);
        if (previous.isPresent() && out.exists(RESULT)) {
          return previous.get().skipped(millisSince(started));
        }
      }
      Analysis analysis = input.analyze(analyzer);
      Redaction redaction = redact ? Redaction.of(analysis) : null;
      try (OutputStream json = out.create(RESULT)) {
        if (redaction == null) {
          JsonReport.write(analysis, json);
        } else {
          RedactedJson.write(analysis, redaction, json);
        }
      }
      if (html) {
        try (Writer writer =
            new BufferedWriter(
                new OutputStreamWriter(out.create(REPORT), StandardCharsets.UTF_8))) {
          if (redaction == null) {
            report.write(analysis, null, writer);
          } else {
            StringWriter page = new StringWriter();
            report.write(analysis, null, page);
            writer.write(RedactedText.html(page.toString(), redaction));
          }
        }
      }
      if (!analysis.readAnything()) {
        return redacted(
            result("failed", NOTHING_READABLE + whyNothingRead(analysis), analysis, started),
            redaction);
      }
      // only a case that succeeded is stamped: a failed one is tried again next time
      CaseResult done = redacted(result("done", "", analysis, started), redaction);
      CaseRow.write(done, out);
      try (OutputStream stampFile = out.create(STAMP)) {
        stampFile.write(stamp.getBytes(StandardCharsets.UTF_8));
      }
      return done;
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return result("failed", e.getClass().getSimpleName() + ": " + message, null, started);
    }
  }

  /** The texts of a result redacted (the case's name stays: it names its output folder). */
  private static CaseResult redacted(CaseResult r, Redaction redaction) {
    if (redaction == null) {
      return r;
    }
    return new CaseResult(
        r.name(),
        r.status(),
        redaction.apply(r.reason()),
        r.primary(),
        r.tone(),
        r.subtypes(),
        redaction.apply(r.hosts()),
        r.exhausted(),
        r.peakInUse(),
        r.capacity(),
        r.events(),
        r.window(),
        redaction.apply(r.basis()),
        redaction.apply(r.action()),
        r.millis());
  }

  /** A small file of the output folder as text, or null when there is none. */
  private String read(String name) throws IOException {
    Optional<InputStream> in = out.open(name);
    if (in.isEmpty()) {
      return null;
    }
    try (InputStream stream = in.get()) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
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
    if (analysis == null || status.equals("failed")) {
      return CaseResult.failed(name(), reason, millis);
    }
    var verdict = analysis.verdict();
    Integer peak = analysis.peak().map(analysis::ephemeralInUse).orElse(null);
    long events = PortEvents.exhaustionCount(analysis.events());
    var timeline = analysis.timeline();
    String window =
        timeline.from() == null ? "" : Formats.utcWindow(timeline.from(), timeline.to());
    return new CaseResult(
        name(),
        status,
        reason,
        verdict.primary().name(),
        VerdictWords.tone(verdict),
        String.join("+", verdict.subtypes().stream().map(Enum::name).toList()),
        String.join(", ", analysis.hostNames()),
        verdict.exhausted(),
        peak,
        analysis.capacity().effective(),
        events,
        window,
        verdict.basis(),
        firstAction(analysis),
        millis);
  }

  /**
   * The worst host's first recommendation; for an inconclusive verdict the first thing to collect
   * (a healthy case needs nothing done); else empty.
   */
  private static String firstAction(Analysis analysis) {
    for (Finding finding : analysis.worst().findings()) {
      if (!finding.recommendations().isEmpty()) {
        return finding.recommendations().get(0).action();
      }
    }
    return analysis.collectNext().isEmpty()
            || analysis.verdict().primary() != Conclusion.INCONCLUSIVE
        ? ""
        : "Collect: " + analysis.collectNext().get(0).message();
  }
}
