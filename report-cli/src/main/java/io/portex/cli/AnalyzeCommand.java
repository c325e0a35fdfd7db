package io.portex.cli;

import io.portex.core.Analysis;
import io.portex.core.HostAnalysis;
import io.portex.core.classify.Conclusion;
import io.portex.report.html.HtmlReport;
import io.portex.report.json.JsonReport;
import io.portex.report.redact.RedactedJson;
import io.portex.report.redact.RedactedText;
import io.portex.report.redact.Redaction;
import io.portex.report.text.TextSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Reads a ticket's captures and says whether, and how, ports ran out.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:internal error",
      "2:usage error",
      "3:nothing readable",
      "4:--fail-on matched"
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files to read.")
  List<Path> paths;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Write the JSON result to FILE, or to standard output with '-'.")
  String json;

  @Option(names = "--text", description = "Print a short summary (the default without --json).")
  boolean text;

  @Option(
      names = "--html",
      arity = "0..1",
      paramLabel = "FILE",
      fallbackValue = "",
      description =
          "Write the HTML post-mortem to FILE; without FILE, to <first input>-portex.html beside"
              + " the --json file, else in the current folder.")
  String html;

  @Mixin TemplateOption templateOption;

  @Option(
      names = "--case",
      paramLabel = "ID",
      description =
          "Ticket id for the HTML report: shown in its title, heading, print header and footer.")
  String caseId;

  @Option(
      names = "--generated-at",
      paramLabel = "TIME",
      description =
          "Generation time shown in the report (ISO-8601); default SOURCE_DATE_EPOCH, else none,"
              + " so the same inputs give the same bytes.")
  String generatedAt;

  @Mixin AnalysisOptions analysisOptions;

  @Option(
      names = "--verbose",
      description = "In the text summary, list the inputs, capacity, window and events too.")
  boolean verbose;

  @Option(
      names = "--fail-on",
      paramLabel = "CONDITION",
      split = ",",
      description =
          "Exit with 4 when the verdict matches: 'exhausted', or a sub-type such as"
              + " TIME_WAIT_ACCUMULATION (comma-separated).")
  List<String> failOn = List.of();

  @Override
  public Integer call() throws IOException {
    checkFailOn();
    // a missing input is said on stderr; the others are still read
    List<Path> missing =
        paths.stream().filter(p -> !Files.exists(p, LinkOption.NOFOLLOW_LINKS)).toList();
    missing.forEach(p -> spec.commandLine().getErr().println("portex: " + p + ": not found"));
    if (missing.size() == paths.size()) {
      return ExitCode.NOTHING_READABLE;
    }
    Analysis analysis = analysisOptions.analyzer().analyze(paths);
    PrintWriter out = spec.commandLine().getOut();
    // one mapping for the three outputs, learned from the unredacted result
    Redaction redaction = analysisOptions.redact() ? Redaction.of(analysis) : null;
    if (json != null) {
      writeJson(analysis, redaction, out);
    }
    if (text || json == null || (json.equals("-") && text)) {
      if (redaction == null) {
        TextSummary.write(analysis, out, verbose);
      } else {
        StringWriter summary = new StringWriter();
        TextSummary.write(analysis, new PrintWriter(summary), verbose);
        out.print(RedactedText.lines(summary.toString(), redaction));
        out.flush();
      }
    }
    if (html != null) {
      Path report = writeHtml(analysis, redaction);
      if (json == null || !json.equals("-")) {
        out.printf("Report: %s%n", report);
      }
    }
    if (!analysis.readAnything()) {
      spec.commandLine().getErr().println("portex: nothing readable among the inputs");
      return ExitCode.NOTHING_READABLE;
    }
    return failOnMatches(analysis) ? ExitCode.FAIL_ON_MATCHED : ExitCode.DONE;
  }

  private void writeJson(Analysis analysis, Redaction redaction, PrintWriter out)
      throws IOException {
    if (json.equals("-")) {
      out.flush();
      OutputStream stdout = new NonClosingStream(out);
      writeJson(analysis, redaction, stdout);
      stdout.flush();
      return;
    }
    Path target = Path.of(json);
    try (OutputStream file = Files.newOutputStream(target)) {
      writeJson(analysis, redaction, file);
    }
  }

  private static void writeJson(Analysis analysis, Redaction redaction, OutputStream out)
      throws IOException {
    if (redaction == null) {
      JsonReport.write(analysis, out);
    } else {
      RedactedJson.write(analysis, redaction, out);
    }
  }

  private Path writeHtml(Analysis analysis, Redaction redaction) throws IOException {
    Path target = html.isEmpty() ? defaultHtmlPath() : Path.of(html);
    HtmlReport report = templateOption.report();
    try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      if (redaction == null) {
        report.write(analysis, caseId, generationTime(), writer);
      } else {
        StringWriter page = new StringWriter();
        report.write(analysis, caseId, generationTime(), page);
        writer.write(RedactedText.html(page.toString(), redaction));
      }
    }
    return target;
  }

  /** {@code <first input>-portex.html}, beside the JSON file when one is written. */
  private Path defaultHtmlPath() {
    String name =
        paths.get(0).getFileName() == null ? "ticket" : paths.get(0).getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    Path folder =
        json != null && !json.equals("-") && Path.of(json).toAbsolutePath().getParent() != null
            ? Path.of(json).toAbsolutePath().getParent()
            : Path.of("");
    return folder.resolve(stem + "-portex.html");
  }

  private Instant generationTime() {
    if (generatedAt != null) {
      try {
        return Instant.parse(generatedAt);
      } catch (DateTimeParseException e) {
        throw new ParameterException(
            spec.commandLine(),
            "--generated-at takes an ISO-8601 time such as 2026-03-11T09:00:00Z");
      }
    }
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch));
    }
    return null;
  }

  /** --fail-on takes 'exhausted' and the sub-type names; anything else is a usage error. */
  private void checkFailOn() {
    List<String> valid = new ArrayList<>();
    valid.add("exhausted");
    for (Conclusion c : Conclusion.values()) {
      valid.add(c.name());
    }
    for (String condition : failOn) {
      String wanted = condition.strip();
      if (valid.stream().noneMatch(v -> v.equalsIgnoreCase(wanted))) {
        throw new ParameterException(
            spec.commandLine(),
            "--fail-on: unknown condition '" + condition + "'; valid: " + String.join(", ", valid));
      }
    }
  }

  private boolean failOnMatches(Analysis analysis) {
    for (String condition : failOn) {
      String wanted = condition.strip().toUpperCase(Locale.ROOT);
      if (wanted.equals("EXHAUSTED") && analysis.verdict().exhausted()) {
        return true;
      }
      if (analysis.verdict().primary().name().equals(wanted)) {
        return true;
      }
      for (HostAnalysis host : analysis.hosts()) {
        if (host.verdict().subtypes().stream().anyMatch(s -> s.name().equals(wanted))) {
          return true;
        }
      }
    }
    return false;
  }
}
