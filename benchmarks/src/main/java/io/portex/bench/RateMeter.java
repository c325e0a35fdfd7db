package io.portex.bench;

import java.io.PrintStream;
import org.openjdk.jmh.runner.IterationType;

/**
 * Turns the time a benchmark spent on whole files into MB/s (10<sup>6</sup> bytes a second) and
 * records a second, printed after each iteration and, for the measurement iterations, at the end of
 * the trial. JMH itself reports time per file; this puts it in the units of the targets. Not
 * thread-safe: one meter belongs to one benchmark thread.
 */
final class RateMeter {

  private final PrintStream out;
  private long nanos;
  private long bytes;
  private long records;
  private long operations;
  private double measuredBytesPerSecond;
  private double measuredRecordsPerSecond;
  private int measuredIterations;

  RateMeter(PrintStream out) {
    this.out = out;
  }

  /** Records one operation: reading {@code bytes} bytes holding {@code records} rows. */
  void add(long elapsedNanos, long bytes, long records) {
    this.nanos += elapsedNanos;
    this.bytes += bytes;
    this.records += records;
    this.operations++;
  }

  /** Prints the rate of the iteration that ended and starts the next one. */
  void endIteration(String label, IterationType type) {
    if (operations == 0) {
      return;
    }
    double seconds = nanos / 1e9;
    double bytesPerSecond = bytes / seconds;
    double recordsPerSecond = records / seconds;
    out.printf(
        "%n[%s] %s: %.1f MB/s, %.2f M records/s (%d files, %.3f s per file)%n",
        label,
        type == IterationType.WARMUP ? "warmup" : "measurement",
        bytesPerSecond / 1e6,
        recordsPerSecond / 1e6,
        operations,
        seconds / operations);
    if (type == IterationType.MEASUREMENT) {
      measuredBytesPerSecond += bytesPerSecond;
      measuredRecordsPerSecond += recordsPerSecond;
      measuredIterations++;
    }
    nanos = bytes = records = operations = 0;
  }

  /** Prints the mean rate of the measurement iterations. */
  void printSummary(String label) {
    if (measuredIterations == 0) {
      return;
    }
    out.printf(
        "%n[%s] mean of %d measurement iterations: %.1f MB/s, %.2f M records/s%n",
        label,
        measuredIterations,
        measuredBytesPerSecond / measuredIterations / 1e6,
        measuredRecordsPerSecond / measuredIterations / 1e6);
  }
}
