package io.portex.bench;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.InputReport;
import io.portex.core.diag.Severity;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.FormatRegistry;
import io.portex.core.format.ReadContext;
import io.portex.core.format.evtx.EvtxFormat;
import io.portex.core.format.netstat.NetstatFormat;
import io.portex.core.model.EventRecord;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.fact.Fact;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Single-threaded throughput of the native .evtx reader ({@code eventlog-evtx}) on a 64 MiB log
 * made of the chunks of the shared corpus's real System logs, over and over ({@link EvtxSampleLog};
 * generated Tcpip chunks where the corpus is absent). Set {@code -Dportex.shared=DIR} when not run
 * from the project folder.
 *
 * <ul>
 *   <li>{@code analyze}: through the analyzer (sniffing, reading, the Tcpip event tally);
 *   <li>{@code reader}: {@link EvtxFormat#read} alone into a sink that counts, chunks decoded on
 *       every core;
 *   <li>{@code readerOneThread}: the same in a JVM that sees one processor ({@code
 *       -XX:ActiveProcessorCount=1}), so every chunk is decoded on the benchmark thread; it also
 *       prints MB per CPU-second of that thread, which holds still when other work shares the
 *       machine.
 * </ul>
 *
 * <p>JMH reports milliseconds per file; MB/s and records/s are printed after each iteration and at
 * the end ({@code [evtx analyze] mean of 5 measurement iterations: ... MB/s}).
 */
public class EvtxReaderBenchmark extends ReaderBenchmark {

  /** 64 KiB chunks in the log. */
  @Param("1024")
  public int chunks;

  private final Analyzer analyzer =
      Analyzer.builder()
          .formats(new FormatRegistry(List.of(new EvtxFormat(), new NetstatFormat())))
          .build();

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private EvtxSampleLog log;
  private long cpuNanos;
  private long cpuBytes;
  private long bytes;
  private long records;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    log = EvtxSampleLog.create(chunks, Path.of(System.getProperty("portex.shared", "../shared")));
    bytes = log.bytes();
    InputReport report = analyzer.analyze(List.of(log.file())).inputs().get(0);
    boolean problems = report.diagnostics().stream().anyMatch(d -> d.severity() != Severity.INFO);
    if (!report.format().equals(EvtxFormat.ID) || problems) {
      throw new IllegalStateException("the sample log does not read cleanly: " + report);
    }
    records = report.records();
    System.out.printf("%n[evtx] %s: %,d bytes, %,d records%n", log.source(), bytes, records);
  }

  /** The reader through the analyzer. */
  @Benchmark
  public Analysis analyze() {
    return analyzeTimed(analyzer, log.file(), bytes);
  }

  /** The reader alone, into a sink that only counts. */
  @Benchmark
  public long reader() throws IOException {
    long started = System.nanoTime();
    ReadContext context = ReadContexts.of(log.file());
    CountingSink sink = new CountingSink();
    new EvtxFormat().read(context, sink);
    meter.add(System.nanoTime() - started, bytes, sink.events);
    return sink.events;
  }

  /** The reader alone, every chunk decoded on this thread. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = "-XX:ActiveProcessorCount=1")
  public long readerOneThread() throws IOException {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long events = reader();
    cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
    cpuBytes += bytes;
    return events;
  }

  /** MB per second of the benchmark thread's own CPU time, after each iteration of it. */
  @TearDown(Level.Iteration)
  public void printCpuRate() {
    if (cpuNanos > 0) {
      System.out.printf(
          "%n[%s] %.1f MB per CPU-second of the reading thread%n",
          label(), cpuBytes / 1e6 / (cpuNanos / 1e9));
    }
    cpuNanos = 0;
    cpuBytes = 0;
  }

  @Override
  protected String label() {
    return "evtx";
  }

  @Override
  protected void deleteInput() {
    log.delete();
  }

  /** Counts the events handed over; a .evtx gives nothing else. */
  private static final class CountingSink implements EvidenceSink {
    private long events;

    @Override
    public void snapshot(Snapshot snapshot) {}

    @Override
    public void series(Series series) {}

    @Override
    public void fact(Fact fact) {}

    @Override
    public void event(EventRecord event) {
      events++;
    }
  }
}
