package io.portex.bench;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.InputReport;
import io.portex.core.format.ReadContext;
import io.portex.core.source.LineReader;
import java.io.IOException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Single-threaded throughput of the netstat reader on a generated capture of about a million lines
 * (about 77 MB), through the public API: {@link Analyzer#analyze} of that one file, which sniffs
 * its first 64 KiB and then reads it all. {@code lineReader} is the floor under it: decoding and
 * splitting lines the way the reader gets them, without parsing.
 *
 * <p>JMH reports milliseconds per file; MB/s and records/s are printed after each iteration and at
 * the end ({@code [reader] mean of 5 measurement iterations: ... MB/s}).
 */
public class NetstatReaderBenchmark extends ReaderBenchmark {

  /** Lines of the generated capture. */
  @Param("1000000")
  public long lines;

  private final Analyzer analyzer = Analyzer.builder().build();
  private GeneratedInput input;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    input = GeneratedInput.create(lines);
    InputReport report = analyzer.analyze(List.of(input.file())).inputs().get(0);
    if (report.records() != input.stats().rows()) {
      throw new IllegalStateException(
          "read " + report.records() + " rows of " + input.stats().rows() + ": " + report);
    }
  }

  /** The reader through the analyzer: sniffing, reading, aggregating into snapshots. */
  @Benchmark
  public Analysis analyze() {
    return analyzeTimed(analyzer, input.file(), input.stats().bytes());
  }

  /** Decoding and line splitting only, as the reader is given lines: the floor under it. */
  @Benchmark
  public long lineReader() throws IOException {
    long started = System.nanoTime();
    ReadContext context = ReadContexts.of(input.file());
    long chars = 0;
    long count = 0;
    try (LineReader reader = context.openLines()) {
      String line;
      while ((line = reader.next()) != null) {
        chars += line.length();
        count++;
      }
    }
    meter.add(System.nanoTime() - started, input.stats().bytes(), count);
    return chars;
  }

  @Override
  protected String label() {
    return "reader";
  }

  @Override
  protected void deleteInput() {
    input.delete();
  }
}
