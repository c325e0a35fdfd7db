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

  private static long count(List<CaseResult> results, String status) {
    return results.stream().filter(r -> r.status().equals(status)).count();
  }
}
