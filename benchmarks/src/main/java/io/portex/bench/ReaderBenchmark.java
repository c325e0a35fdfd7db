package io.portex.bench;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * What the single-threaded reader benchmarks share: JMH settings (milliseconds per file, one fork,
 * 3 warm-up and 5 measurement iterations of 5 s), a {@link RateMeter} that prints MB/s and
 * records/s after each iteration and at the end, timing the analyzer over one file, and deleting
 * the generated input after the trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public abstract class ReaderBenchmark {

  protected final RateMeter meter = new RateMeter(System.out);

  /** The word before the method name in the printed rates: {@code [evtx analyze] ...}. */
  protected abstract String label();

  /** Deletes what the trial generated. */
  protected abstract void deleteInput();

  /** Analyzes one file of {@code bytes} bytes, timing it and counting its records. */
  protected Analysis analyzeTimed(Analyzer analyzer, Path file, long bytes) {
    long started = System.nanoTime();
    Analysis analysis = analyzer.analyze(List.of(file));
    meter.add(System.nanoTime() - started, bytes, analysis.inputs().get(0).records());
    return analysis;
  }

  @TearDown(Level.Iteration)
  public void endIteration(BenchmarkParams benchmark, IterationParams iteration) {
    meter.endIteration(name(benchmark), iteration.getType());
  }

  @TearDown(Level.Trial)
  public void endTrial(BenchmarkParams benchmark) {
    meter.printSummary(name(benchmark));
    deleteInput();
  }

  private String name(BenchmarkParams benchmark) {
    String method = benchmark.getBenchmark();
    return label() + " " + method.substring(method.lastIndexOf('.') + 1);
  }
}
