package io.portex.bench;

import io.portex.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.infra.IterationParams;

/**
 * {@code portex analyze FILE --json OUT} end to end, through {@link Main#run} in a warmed-up JVM:
 * command-line parsing, reading, the verdict and writing the JSON file, on a generated capture of
 * about a million lines. JVM start-up is not included; the {@code compare-mawk.sh} script measures
 * it with.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class AnalyzeJsonBenchmark {

  private static final String LABEL = "analyze --json";

  /** Lines of the generated capture. */
  @Param("1000000")
  public long lines;

  private final RateMeter meter = new RateMeter(System.out);
  private final PrintWriter out = new PrintWriter(Writer.nullWriter());
  private GeneratedInput input;
  private String[] args;
  private Path json;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    input = GeneratedInput.create(lines);
    json = input.directory().resolve("result.json");
    args = new String[] {"analyze", input.file().toString(), "--json", json.toString()};
    run();
    if (Files.size(json) == 0) {
      throw new IllegalStateException("empty JSON result");
    }
  }

  @Benchmark
  public int analyzeJson() {
    long started = System.nanoTime();
    int exit = run();
    meter.add(System.nanoTime() - started, input.stats().bytes(), input.stats().rows());
    return exit;
  }

  private int run() {
    StringWriter errors = new StringWriter();
    int exit = Main.run(args, out, new PrintWriter(errors));
    if (exit != 0) {
      throw new IllegalStateException("portex exited with " + exit + ": " + errors);
    }
    return exit;
  }

  @TearDown(Level.Iteration)
  public void endIteration(IterationParams iteration) {
    meter.endIteration(LABEL, iteration.getType());
  }

  @TearDown(Level.Trial)
  public void delete() {
    meter.printSummary(LABEL);
    input.delete();
  }
}
