package io.portex.core.format;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.model.EventRecord;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.fact.Fact;
import io.portex.core.source.CharsetDetector;
import io.portex.core.source.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;

/**
 * Read contexts for tests, made as the analyzer makes them (the first 64 KiB tell the charset), and
 * a sink that keeps the snapshots a reader hands on.
 */
public final class TestContexts {

  private TestContexts() {}

  /** A context of {@code input} on two reading threads, reporting to {@code diagnostics}. */
  public static ReadContext of(
      InputFile input, ZoneId zone, int maxLineLength, DiagnosticSink diagnostics)
      throws IOException {
    byte[] head;
    try (InputStream in = input.open()) {
      head = in.readNBytes(64 * 1024);
    }
    return new ReadContext(
        input, CharsetDetector.detect(head, head.length), zone, maxLineLength, diagnostics, 2);
  }

  /** A sink that adds every snapshot to {@code snapshots} and drops the rest. */
  public static EvidenceSink snapshotsInto(List<Snapshot> snapshots) {
    return new EvidenceSink() {
      @Override
      public void snapshot(Snapshot snapshot) {
        snapshots.add(snapshot);
      }

      @Override
      public void series(Series series) {}

      @Override
      public void fact(Fact fact) {}

      @Override
      public void event(EventRecord event) {}
    };
  }
}
