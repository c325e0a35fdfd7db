package io.portex.core.format.evtx;

import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.model.EventRecord;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.fact.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A few consecutive chunks of one file, decoded apart from the others (chunks share nothing: each
 * has its own names and templates), so that batches can be decoded on several cores. The events and
 * diagnostics are kept in order and handed over by {@link Outcome#replay}, batch after batch in
 * file order, so the result is the same as reading the chunks one after the other.
 */
final class ChunkBatch implements Callable<ChunkBatch.Outcome> {

  /** Chunks per batch: 512 KiB, enough to make handing a batch to another thread cheap. */
  static final int CHUNKS = 8;

  private final String file;
  private final boolean checkCrc;
  private final boolean byTemplate;
  private final List<Chunk> chunks = new ArrayList<>(CHUNKS);

  /** A chunk's bytes and where it is. */
  private record Chunk(byte[] bytes, int available, long number, long fileOffset) {}

  ChunkBatch(String file, boolean checkCrc, boolean byTemplate) {
    this.file = file;
    this.checkCrc = checkCrc;
    this.byTemplate = byTemplate;
  }

  /** Adds a chunk that starts with its signature; the batch keeps {@code bytes}. */
  void add(byte[] bytes, int available, long number, long fileOffset) {
    chunks.add(new Chunk(bytes, available, number, fileOffset));
  }

  boolean isFull() {
    return chunks.size() >= CHUNKS;
  }

  boolean isEmpty() {
    return chunks.isEmpty();
  }

  @Override
  public Outcome call() {
    DiagnosticSink diagnostics = new DiagnosticSink(file, Integer.MAX_VALUE);
    List<EventRecord> events = new ArrayList<>();
    ChunkReader reader =
        new ChunkReader(
            new EventDecoder(file, byTemplate), diagnostics, new Collected(events), checkCrc);
    for (Chunk chunk : chunks) {
      reader.read(chunk.bytes(), chunk.available(), chunk.number(), chunk.fileOffset());
    }
    return new Outcome(events, diagnostics.diagnostics());
  }

  /** What a batch gave: its events and diagnostics, in the order they were read. */
  record Outcome(List<EventRecord> events, List<Diagnostic> diagnostics) {

    /** Hands the events and diagnostics on; returns how many events. */
    long replay(EvidenceSink sink, DiagnosticSink sinkOfDiagnostics) {
      for (Diagnostic d : diagnostics) {
        sinkOfDiagnostics.report(d.severity(), d.code(), d.line(), d.message(), d.excerpt());
      }
      for (EventRecord event : events) {
        sink.event(event);
      }
      return events.size();
    }
  }

  /** Keeps the events of a batch; a chunk holds nothing else. */
  record Collected(List<EventRecord> events) implements EvidenceSink {

    @Override
    public void snapshot(Snapshot snapshot) {
      throw new IllegalStateException("an .evtx chunk holds no snapshot");
    }

    @Override
    public void series(Series series) {
      throw new IllegalStateException("an .evtx chunk holds no series");
    }

    @Override
    public void fact(Fact fact) {
      throw new IllegalStateException("an .evtx chunk holds no fact");
    }

    @Override
    public void event(EventRecord event) {
      events.add(event);
    }
  }
}
