package io.portex.cli;

import io.portex.core.Analyzer;
import io.portex.core.format.FormatRegistry;
import io.portex.core.format.InputFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "formats",
    mixinStandardHelpOptions = true,
    description =
        "Says what each file would be read as, and why; without a PATH, lists the formats.")
final class FormatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files to recognise.")
  List<Path> paths = List.of();

  @Option(names = "--all", description = "Show every format's confidence, not only the best.")
  boolean all;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Analyzer analyzer = Analyzer.builder().build();
    if (paths.isEmpty()) {
      for (InputFormat format : analyzer.formats().formats()) {
        out.printf(Locale.ROOT, "%-20s %s%n", format.id(), format.description());
      }
      return ExitCode.DONE;
    }
    boolean anyKnown = false;
    for (Analyzer.Recognition recognition : analyzer.recognize(paths)) {
      if (recognition.charset() == null) {
        out.printf(Locale.ROOT, "%s: cannot be read%n", recognition.path());
        continue;
      }
      List<FormatRegistry.Candidate> candidates = recognition.candidates();
      FormatRegistry.Candidate best = candidates.isEmpty() ? null : candidates.get(0);
      boolean known = best != null && best.sniff().confidence() >= FormatRegistry.MIN_CONFIDENCE;
      anyKnown |= known;
      out.printf(
          Locale.ROOT,
          "%s: %s (confidence %.2f, charset %s) - %s%n",
          recognition.path(),
          known ? best.format().id() : "unknown",
          known ? best.sniff().confidence() : 0.0,
          recognition.charset().label(),
          known ? best.sniff().reason() : "no format is confident enough");
      out.printf(Locale.ROOT, "    charset: %s%n", recognition.charset().reason());
      if (all) {
        for (FormatRegistry.Candidate candidate : candidates) {
          out.printf(
              Locale.ROOT,
              "    %-18s %.2f  %s%n",
              candidate.format().id(),
              candidate.sniff().confidence(),
              candidate.sniff().reason());
        }
      }
    }
    return anyKnown ? ExitCode.DONE : ExitCode.NOTHING_READABLE;
  }
}
