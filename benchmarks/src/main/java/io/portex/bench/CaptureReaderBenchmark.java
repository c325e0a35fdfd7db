package io.portex.bench;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.InputReport;
import io.portex.core.diag.Severity;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.FormatRegistry;
import io.portex.core.format.ReadContext;
import io.portex.core.format.netstat.NetstatFormat;
import io.portex.core.format.pcap.PcapFormat;
import io.portex.core.format.pcap.PcapngFormat;
import io.portex.core.model.EventRecord;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.fact.Fact;
import io.portex.core.model.fact.PacketCapture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Single-threaded throughput of the packet capture readers on a generated capture of short
 * connections ({@link CaptureGenerator}: 500 connections a second, 8 packets each, 1 GiB by
 * default).
 *
 * <ul>
 *   <li>{@code analyze}: through the analyzer (sniffing, reading, connection tracking, the fact);
 *   <li>{@code reader}: the format's {@code read} alone into a sink that keeps the fact.
 * </ul>
 *
 * <p>{@code -p format=pcapng} reads the same traffic as pcapng, {@code -p format=pktmon} as pktmon
 * writes it (every packet twice, with comments). MB/s and packets/s are printed after each
 * iteration and at the end.
 */
public class CaptureReaderBenchmark extends ReaderBenchmark {

  @Param("1g")
  public String size;

  @Param({"pcap"})
  public String format;

  private final Analyzer analyzer =
      Analyzer.builder()
          .formats(
              new FormatRegistry(
                  List.of(new PcapFormat(), new PcapngFormat(), new NetstatFormat())))
          .build();

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private long cpuNanos;
  private long cpuBytes;
  private Path folder;
  private Path file;
  private long bytes;
  private long packets;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    folder = Files.createTempDirectory("portex-capture-bench");
    file = folder.resolve(format.equals("pcap") ? "short.pcap" : "short.pcapng");
    bytes =
        new CaptureGenerator(
                ByteSize.parse(size),
                Long.MAX_VALUE,
                500,
                !format.equals("pcap"),
                format.equals("pktmon"),
                1_773_219_600L,
                1)
            .write(file);
    InputReport report = analyzer.analyze(List.of(file)).inputs().get(0);
    boolean problems = report.diagnostics().stream().anyMatch(d -> d.severity() != Severity.INFO);
    if (problems) {
      throw new IllegalStateException("the capture does not read cleanly: " + report);
    }
    packets = report.records();
    System.out.printf("%n[capture] %s: %,d bytes, %,d packets%n", file, bytes, packets);
  }

  /** The reader through the analyzer. */
  @Benchmark
  public Analysis analyze() {
    long cpu = THREADS.getCurrentThreadCpuTime();
    Analysis analysis = analyzeTimed(analyzer, file, bytes);
    cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
    cpuBytes += bytes;
    return analysis;
  }

  /** The reader alone. */
  @Benchmark
  public PacketCapture reader() throws IOException {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    ReadContext context = ReadContexts.of(file);
    FactSink sink = new FactSink();
    (format.equals("pcap") ? new PcapFormat() : new PcapngFormat()).read(context, sink);
    meter.add(System.nanoTime() - started, bytes, sink.capture.packets().read());
    cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
    cpuBytes += bytes;
    return sink.capture;
  }

  /**
   * MB per second of the benchmark thread's own CPU time: on a machine shared with other work the
   * wall-clock rate says how much CPU the thread got, this one what reading costs.
   */
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
    return "capture " + format;
  }

  @Override
  protected void deleteInput() {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps the one fact a capture gives. */
  private static final class FactSink implements EvidenceSink {
    private PacketCapture capture;

    @Override
    public void snapshot(Snapshot snapshot) {}

    @Override
    public void series(Series series) {}

    @Override
    public void fact(Fact fact) {
      capture = (PacketCapture) fact;
    }

    @Override
    public void event(EventRecord event) {}
  }
}
