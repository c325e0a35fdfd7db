package io.portex.fuzz;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.FormatRegistry;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.model.EventRecord;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.fact.Fact;
import io.portex.core.source.CharsetDetector;
import io.portex.core.source.DetectedCharset;
import io.portex.core.source.InputFile;
import io.portex.core.source.TextHead;
import io.portex.report.html.HtmlReport;
import io.portex.report.json.JsonReport;
import io.portex.report.text.TextSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every fuzz target does with its bytes. A finding is anything that escapes: an exception, a
 * hang (the fuzzer's timeout) or running out of memory. Readers may throw {@link IOException} only
 * for an input that cannot be read at all (their contract); nothing else may leave.
 */
final class Harness {

  static final Map<String, InputFormat> FORMATS =
      FormatRegistry.standard().formats().stream()
          .collect(Collectors.toMap(InputFormat::id, Function.identity()));

  private static final Analyzer ANALYZER = Analyzer.builder().build();
  private static final HtmlReport HTML = HtmlReport.packaged();

  private Harness() {}

  /** Runs every reader and the whole pipeline once on a small capture, loading their classes. */
  static void warmUp() {
    byte[] sample =
        ("  Proto  Local Address          Foreign Address        State           PID\r\n"
                + "  TCP    10.0.0.5:49801         10.0.0.9:1433          TIME_WAIT       0\r\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (String format : FORMATS.keySet()) {
      read(format, sample);
    }
    analyze("netstat.txt", sample);
  }

  /** Sniffs and reads the bytes as one format, whatever the sniff said. */
  static void read(String formatId, byte[] data) {
    InputFormat format = FORMATS.get(formatId);
    DetectedCharset charset = CharsetDetector.detect(data, Math.min(data.length, TextHead.SIZE));
    String text =
        charset.binary()
            ? ""
            : new String(
                data,
                charset.bomLength(),
                Math.min(data.length, TextHead.SIZE) - charset.bomLength(),
                charset.charset());
    format.sniff(new TextHead("fuzz.txt", data, charset, text));
    InputFile input =
        InputFile.of("fuzz.txt", data.length, null, () -> new ByteArrayInputStream(data));
    ReadContext context =
        new ReadContext(
            input, charset, ZoneOffset.UTC, 16 * 1024, new DiagnosticSink("fuzz.txt", 50), 2);
    try {
      format.read(context, new Counting());
    } catch (IOException | UncheckedIOException e) {
      // an input that cannot be read at all: the reader's contract allows it
    }
  }

  /** The bytes as one input of a ticket: analyzed and rendered three ways. */
  static void analyze(String name, byte[] data) {
    render(
        ANALYZER.analyzeInputs(
            List.of(InputFile.of(name, data.length, null, () -> new ByteArrayInputStream(data)))));
  }

  /** The bytes as a file on disk (a zip when they are one), analyzed and rendered. */
  static void analyzeFile(String name, byte[] data) {
    try {
      Path folder = Files.createTempDirectory("portex-fuzz");
      Path file = folder.resolve(name);
      try {
        Files.write(file, data);
        render(ANALYZER.analyze(List.of(file)));
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the harness could not write its temporary file", e);
    }
  }

  static void render(Analysis analysis) {
    try {
      JsonReport.write(analysis, OutputStream.nullOutputStream());
      HTML.write(analysis, null, Writer.nullWriter());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TextSummary.write(analysis, new PrintWriter(Writer.nullWriter()));
  }

  /** Takes everything a reader hands over, keeping nothing. */
  private static final class Counting implements EvidenceSink {
    private long count;

    @Override
    public void snapshot(Snapshot snapshot) {
      count += snapshot.rows();
    }

    @Override
    public void series(Series series) {
      count++;
    }

    @Override
    public void fact(Fact fact) {
      count++;
    }

    @Override
    public void event(EventRecord event) {
      count++;
    }
  }
}
