package io.portex.core.format.evtx;

import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.DiagnosticSink;
import io.portex.core.diag.Severity;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.model.EventRecord;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.fact.Fact;
import io.portex.core.source.CharsetDetector;
import io.portex.core.source.InputFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link EvtxFormat#read} makes of one input, read directly (no sniffing): the events handed
 * over and every diagnostic (none capped).
 */
record EvtxReading(List<EventRecord> events, List<Diagnostic> diagnostics) {

  static EvtxReading of(Path file) {
    try {
      return of(InputFile.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EvtxReading of(String name, byte[] bytes) {
    return of(InputFile.of(name, bytes.length, null, () -> new ByteArrayInputStream(bytes)));
  }

  static EvtxReading of(InputFile input) {
    return of(input, null);
  }

  /**
   * Read as {@link EvtxFormat} reads it, or, given a reader, as that reader reads it (to compare
   * ways of decoding).
   */
  static EvtxReading of(InputFile input, Way way) {
    DiagnosticSink diagnostics = new DiagnosticSink(input.name(), Integer.MAX_VALUE);
    List<EventRecord> events = new ArrayList<>();
    EvidenceSink sink =
        new EvidenceSink() {
          @Override
          public void snapshot(Snapshot snapshot) {
            throw new AssertionError("no snapshots from an .evtx");
          }

          @Override
          public void series(Series series) {
            throw new AssertionError("no series from an .evtx");
          }

          @Override
          public void fact(Fact fact) {
            throw new AssertionError("no facts from an .evtx");
          }

          @Override
          public void event(EventRecord event) {
            events.add(event);
          }
        };
    ReadContext context =
        new ReadContext(
            input,
            CharsetDetector.detect(new byte[0], 0),
            ZoneOffset.UTC,
            16 * 1024,
            diagnostics,
            2);
    try {
      if (way == null) {
        new EvtxFormat().read(context, sink);
      } else {
        new EvtxReader(context, sink, way.byTemplate(), way.threads()).read();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new EvtxReading(List.copyOf(events), diagnostics.diagnostics());
  }

  /** A way to decode: by template or every record whole, on how many threads. */
  record Way(boolean byTemplate, int threads) {

    /** Every record expanded whole, chunk after chunk on one thread: the reference. */
    static final Way WHOLE_SEQUENTIAL = new Way(false, 1);
  }

  static EvtxReading of(String name, byte[] bytes, Way way) {
    return of(InputFile.of(name, bytes.length, null, () -> new ByteArrayInputStream(bytes)), way);
  }

  List<Diagnostic> at(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).toList();
  }

  List<Diagnostic> errors() {
    return at(Severity.ERROR);
  }

  List<Diagnostic> warnings() {
    return at(Severity.WARNING);
  }

  List<String> codes() {
    return diagnostics.stream().map(Diagnostic::code).toList();
  }

  EventRecord event(long recordId) {
    return events.stream()
        .filter(e -> e.recordId() == recordId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no record " + recordId + " among " + events.size()));
  }
}
