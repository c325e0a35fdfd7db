package io.portex.cli;

import io.portex.report.VerdictWords;
import io.portex.report.batch.CaseResult;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Batch progress on standard error: a bar redrawn in place on a terminal (cases done, rate, time
 * left), one plain line per case otherwise. Called from the worker threads.
 */
final class Progress {

  private final PrintWriter err;
  private final int total;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private int done;

  Progress(PrintWriter err, int total, boolean terminal) {
    this.err = err;
    this.total = total;
    this.terminal = terminal;
  }

  synchronized void done(CaseResult result) {
    done++;
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    double rate = done / seconds;
    long left = Math.round((total - done) / Math.max(rate, 1e-9));
    if (terminal) {
      int width = 30;
      int filled = total == 0 ? width : (int) ((long) width * done / total);
      err.printf(
          Locale.ROOT,
          "\r[%s%s] %d/%d cases, %.1f/s, %ds left   ",
          "#".repeat(filled),
          " ".repeat(width - filled),
          done,
          total,
          rate,
          left);
    } else {
      err.printf(
          Locale.ROOT,
          "%d/%d %s %s%s%n",
          done,
          total,
          result.status(),
          result.name(),
          result.primary().isEmpty() ? "" : " " + VerdictWords.label(result.primary()));
    }
    err.flush();
  }

  synchronized void finish() {
    if (terminal) {
      err.println();
      err.flush();
    }
  }
}
