package io.portex.cli;

import io.portex.report.batch.BatchRunner;
import io.portex.report.batch.BatchTotals;
import io.portex.report.batch.CaseListing;
import io.portex.report.batch.CaseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description =
        "Analyzes every folder and .zip directly under ROOT as one case, in parallel: writes"
            + " DIR/<case>/report.html and result.json, DIR/index.html, summary.csv and"
            + " summary.json.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case done",
      "1:a case failed by an internal error",
      "2:usage error",
      "3:a case held nothing readable (and none failed otherwise)"
    })
final class BatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "ROOT",
      description = "Folder holding one folder or .zip per case.")
  Path root;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where results go.")
  Path out;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Cases analyzed at once (default: one per core).")
  Integer jobs;

  @Option(
      names = "--incremental",
      description = "Skip cases whose inputs have not changed since their result was written.")
  boolean incremental;

  @Mixin TemplateOption templateOption;
  @Mixin AnalysisOptions analysisOptions;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (!Files.isDirectory(root)) {
      throw new ParameterException(spec.commandLine(), "ROOT is no folder: " + root);
    }
    int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be at least 1");
    }
    if (CaseListing.real(out).equals(CaseListing.real(root))) {
      throw new ParameterException(
          spec.commandLine(), "--out must not be ROOT: reports would land in the cases");
    }
    CaseListing cases = CaseListing.of(root, out);
    PrintWriter stderr = spec.commandLine().getErr();
    for (CaseListing.Ignored entry : cases.ignored()) {
      stderr.printf("portex: not a case: %s: %s%n", entry.path(), entry.reason());
    }
    Progress progress = new Progress(stderr, cases.cases().size(), System.console() != null);
    BatchRunner runner =
        new BatchRunner(
            analysisOptions.analyzer(),
            templateOption.report(),
            threads,
            incremental,
            analysisOptions.redact());
    List<CaseResult> results = runner.run(cases, out, progress::done);
    progress.finish();
    BatchTotals.print(results, out.resolve("index.html").toString(), spec.commandLine().getOut());
    return BatchTotals.exitCode(results);
  }
}
