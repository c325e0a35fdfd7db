package io.portex.bench;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.report.html.HtmlReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The HTML post-mortem of a long capture: {@code snapshots} netstat snapshots (a generated loop,
 * analyzed once per trial), rendered with the packaged templates and charts into a writer that only
 * counts. Prints the report's size; the target is under 2 MB and well under a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HtmlReportBenchmark {

  @Param("1000")
  public int snapshots;

  @Param("500")
  public int rowsPerSnapshot;

  private Analysis analysis;
  private final HtmlReport report = HtmlReport.packaged();

  @Setup(Level.Trial)
  public void analyze() throws IOException {
    Path file = Files.createTempFile("portex-report-bench", ".txt");
    try {
      NetstatDumpGenerator.builder()
          .snapshots(snapshots)
          .rowsPerSnapshot(rowsPerSnapshot)
          .build()
          .write(file);
      analysis = Analyzer.builder().build().analyze(List.of(file));
    } finally {
      Files.deleteIfExists(file);
    }
    CountingWriter size = new CountingWriter();
    report.write(analysis, null, size);
    System.out.printf(
        "%n[report] %d snapshots: %,d characters of HTML%n",
        analysis.snapshots().size(), size.count);
  }

  @Benchmark
  public long render() throws IOException {
    CountingWriter out = new CountingWriter();
    report.write(analysis, null, out);
    return out.count;
  }

  @TearDown(Level.Trial)
  public void done() {
    analysis = null;
  }

  /** Counts what is written, keeps nothing. */
  private static final class CountingWriter extends Writer {
    private long count;

    @Override
    public void write(char[] buffer, int offset, int length) {
      count += length;
    }

    @Override
    public void write(String text, int offset, int length) {
      count += length;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
