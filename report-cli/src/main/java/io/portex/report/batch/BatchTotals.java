package io.portex.report.batch;

import java.io.PrintWriter;
import java.util.List;

/** How a batch went, in the words {@code portex batch} and the Spark job print at the end. */
public final class BatchTotals {

  private BatchTotals() {}

  /** Prints the counts, where the index is, and every failed case with its reason. */
  public static void print(List<CaseResult> results, String index, PrintWriter out) {
    out.printf(
        "%d case(s): %d done, %d skipped, %d failed; index: %s%n",
        results.size(),
        count(results, "done"),
        count(results, "skipped"),
        count(results, "failed"),
        index);
    for (CaseResult r : results) {
      if (r.failed()) {
        out.printf("  failed: %s: %s%n", r.name(), r.reason());
      }
    }
  }

  /**
   * The exit code of a batch: 0 when every case is done or skipped, 3 when the failed ones had
   * nothing readable (their inputs' fault), 1 when a case failed for any other reason.
   */
  public static int exitCode(List<CaseResult> results) {
    if (results.stream().anyMatch(r -> r.failed() && !r.nothingReadable())) {
      return 1;
    }
    return results.stream().anyMatch(CaseResult::failed) ? 3 : 0;
  }

  private static long count(List<CaseResult> results, String status) {
    return results.stream().filter(r -> r.status().equals(status)).count();
  }
}
