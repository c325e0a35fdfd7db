package io.portex.cli;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.classify.Thresholds;
import io.portex.report.json.JsonReport;
import io.portex.report.text.TextSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
      names = "--tz",
      paramLabel = "ZONE",
      defaultValue = "UTC",
      converter = ZoneConverter.class,
      description = "Zone of times written without one (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  @Option(
      names = "--fail-on",
      paramLabel = "CONDITION",
      split = ",",
      description =
          "Exit with 4 when the verdict matches: 'exhausted', or a sub-type such as"
              + " TIME_WAIT_ACCUMULATION (comma-separated).")
  List<String> failOn = List.of();

  @Option(
      names = "--threshold",
      paramLabel = "NAME=VALUE",
      description =
          "Change a rule's threshold, e.g. timeWaitMin=3000 (repeatable). Names: timeWaitMin, closeWaitMin, closeWaitGrowthPoints, establishedMin,"
              + " smallRangeUsageShare, destinationUsageShare, destinationCapacityShare,"
              + " exhaustedShare.")
  Map<String, Double> thresholdOverrides = new LinkedHashMap<>();

  @Override
  public Integer call() throws IOException {
    Thresholds thresholds = Thresholds.DEFAULT;
    try {
      for (Map.Entry<String, Double> entry : thresholdOverrides.entrySet()) {
        thresholds = thresholds.with(entry.getKey(), entry.getValue());
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Analysis analysis = Analyzer.builder().zone(zone).thresholds(thresholds).build().analyze(paths);
    PrintWriter out = spec.commandLine().getOut();
    if (json != null) {
      writeJson(analysis, out);
    }
    if (text || json == null || (json.equals("-") && text)) {
      TextSummary.write(analysis, out);
    }
    if (!analysis.readAnything()) {
      spec.commandLine().getErr().println("portex: nothing readable among the inputs");
      return ExitCode.NOTHING_READABLE;
    }
    return failOnMatches(analysis) ? ExitCode.FAIL_ON_MATCHED : ExitCode.DONE;
  }

  private void writeJson(Analysis analysis, PrintWriter out) throws IOException {
    if (json.equals("-")) {
      out.flush();
      OutputStream stdout = new NonClosingStream(out);
      JsonReport.write(analysis, stdout);
      stdout.flush();
      return;
    }
    Path target = Path.of(json);
    try (OutputStream file = Files.newOutputStream(target)) {
      JsonReport.write(analysis, file);
    }
  }

  private boolean failOnMatches(Analysis analysis) {
    for (String condition : failOn) {
      String wanted = condition.strip().toUpperCase(Locale.ROOT);
      if (wanted.equals("EXHAUSTED") && analysis.verdict().exhausted()) {
        return true;
      }
      if (analysis.verdict().subtypes().contains(wanted)
          || analysis.verdict().primary().equals(wanted)) {
        return true;
      }
    }
    return false;
  }
}
