package io.portex.bench;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.InputReport;
import io.portex.core.format.FormatRegistry;
import io.portex.core.format.ReadContext;
import io.portex.core.format.netstat.NetstatFormat;
import io.portex.core.format.nettcp.NetTcpCsvFormat;
import io.portex.core.format.nettcp.NetTcpTableFormat;
import io.portex.core.source.CsvReader;
import java.io.IOException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Single-threaded throughput of the {@code nettcp-csv} reader on a generated PowerShell 5.1 export
 * of every property ({@link NetTcpExportGenerator}, 500,000 rows, about 190 MB), through the
 * analyzer with the Get-NetTCPConnection formats competing with netstat. {@code csvRecords} is the
 * floor under it: the CSV records as {@link CsvReader} hands them over, not looked at.
 *
 * <p>JMH reports milliseconds per file; MB/s and records/s are printed after each iteration and at
 * the end ({@code [nettcp-csv analyze] mean of 5 measurement iterations: ... MB/s}).
 */
public class NetTcpCsvBenchmark extends ReaderBenchmark {

  /** Connections in the generated export. */
  @Param("500000")
  public long rows;

  private final Analyzer analyzer =
      Analyzer.builder()
          .formats(
              new FormatRegistry(
                  List.of(new NetTcpCsvFormat(), new NetTcpTableFormat(), new NetstatFormat())))
          .build();

  private GeneratedNetTcpExport input;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    input = GeneratedNetTcpExport.create(rows);
    InputReport report = analyzer.analyze(List.of(input.file())).inputs().get(0);
    if (!report.format().equals("nettcp-csv") || report.records() != input.stats().rows()) {
      throw new IllegalStateException(
          "read " + report.records() + " rows of " + input.stats().rows() + ": " + report);
    }
  }

  /** The reader through the analyzer: sniffing, reading, aggregating into the snapshot. */
  @Benchmark
  public Analysis analyze() {
    return analyzeTimed(analyzer, input.file(), input.stats().bytes());
  }

  /** CSV records as the reader gets them, not looked at: the floor under the reader. */
  @Benchmark
  public long csvRecords() throws IOException {
    long started = System.nanoTime();
    ReadContext context = ReadContexts.of(input.file());
    long fields = 0;
    long records = 0;
    try (CsvReader csv = context.openCsv(',')) {
      String[] record;
      while ((record = csv.next()) != null) {
        fields += record.length;
        records++;
      }
    }
    meter.add(System.nanoTime() - started, input.stats().bytes(), records);
    return fields;
  }

  @Override
  protected String label() {
    return "nettcp-csv";
  }

  @Override
  protected void deleteInput() {
    input.delete();
  }
}
