package io.portex.report.batch;

import io.portex.core.Analyzer;
import io.portex.report.html.HtmlReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Analyzes an archive of tickets: each folder or {@code .zip} directly under the root is one case.
 * Cases run in parallel on {@code jobs} threads (one analysis each, so memory stays bounded by
 * {@code jobs} cases; a big input of a case is read on the case's share of the cores); a failing
 * case is reported and the others go on. Writes {@code <case>/report.html}, {@code
 * <case>/result.json}, {@code index.html}, {@code summary.csv} and {@code summary.json} under the
 * output folder.
 */
public final class BatchRunner {

  private final Analyzer analyzer;
  private final HtmlReport report;
  private final int jobs;
  private final boolean incremental;
  private final boolean redact;

  public BatchRunner(Analyzer analyzer, HtmlReport report, int jobs, boolean incremental) {
    this(analyzer, report, jobs, incremental, false);
  }

  /**
   * A runner whose cases' outputs are redacted when {@code redact} ({@link
   * io.portex.report.redact.Redaction}).
   */
  public BatchRunner(
      Analyzer analyzer, HtmlReport report, int jobs, boolean incremental, boolean redact) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
    }
    // the cases share the cores: a big input of one case is read on its share of them
    this.analyzer =
        analyzer.withReadingThreads(Math.max(1, Runtime.getRuntime().availableProcessors() / jobs));
    this.report = report;
    this.jobs = jobs;
    this.incremental = incremental;
    this.redact = redact;
  }

  /**
   * Runs every case and writes the summaries.
   *
   * @param cases what {@link CaseListing#of} found under the root
   * @param progress told of each case as it finishes (from the worker threads)
   * @return the results, in case order
   */
  public List<CaseResult> run(CaseListing cases, Path out, Consumer<CaseResult> progress)
      throws IOException, InterruptedException {
    Files.createDirectories(out);
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    List<Future<CaseResult>> futures = new ArrayList<>();
    try {
      for (Path input : cases.cases()) {
        BatchCase batchCase =
            new BatchCase(
                new LocalCase(input),
                new LocalFolder(out.resolve(CaseFolder.of(input.getFileName().toString()))),
                analyzer,
                report,
                true,
                redact);
        futures.add(
            pool.submit(
                () -> {
                  CaseResult result = batchCase.run(incremental);
                  progress.accept(result);
                  return result;
                }));
      }
      List<CaseResult> results = new ArrayList<>();
      for (Future<CaseResult> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("a case escaped its own error handling", e.getCause());
        }
      }
      BatchSummary.write(results, new LocalFolder(out), report, true);
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
