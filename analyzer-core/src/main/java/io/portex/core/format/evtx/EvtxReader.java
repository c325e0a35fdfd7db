package io.portex.core.format.evtx;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.source.OrderedWork;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one .evtx file, streaming: the file header, then every 64 KiB chunk to the end of the file
 * (the header's chunk count lags behind in dirty files, so it is not trusted). Chunks are decoded
 * in batches on all cores ({@link OrderedWork}) and handed over in file order; memory holds a few
 * batches of chunks with their names and templates. A file that starts with a chunk instead of a
 * file header (a bare chunk) is read the same way.
 *
 * <p>Chunks without the {@code ElfChnk} signature are skipped: all zeros is unused space (one info
 * for those at the end, a warning for those between chunks with records), anything else is an error
 * naming the chunk and its offset.
 */
final class EvtxReader {

  private static final String PREFIX = "eventlog-evtx.";

  private final ReadContext context;
  private final EvidenceSink sink;
  private final DiagnosticSink diagnostics;
  private final boolean byTemplate;
  private final int threads;
  private byte[] chunk = new byte[ChunkHeader.SIZE];

  private boolean checkCrc = true;
  private FileHeader header;
  private long zeroRunStart = -1;
  private long zeroRunLength;
  private int chunksWithSignature;
  private long events;

  EvtxReader(ReadContext context, EvidenceSink sink) {
    this(context, sink, true, context.readingThreads());
  }

  /**
   * @param byTemplate whether events are decoded by template where possible ({@link
   *     TemplateFields}); false expands every record whole
   * @param threads how many threads decode chunks (1: all on the calling thread)
   */
  EvtxReader(ReadContext context, EvidenceSink sink, boolean byTemplate, int threads) {
    this.context = context;
    this.sink = sink;
    this.diagnostics = context.diagnostics();
    this.byTemplate = byTemplate;
    this.threads = threads;
  }

  /** Reads the file; returns the events handed over. */
  long read() throws IOException {
    try (InputStream in = context.file().open()) {
      int head = in.readNBytes(chunk, 0, FileHeader.BLOCK_SIZE);
      if (LittleEndian.startsWith(chunk, 0, head, FileHeader.MAGIC)) {
        if (fileHeader(head)) {
          chunks(in, 0, FileHeader.BLOCK_SIZE);
        }
      } else if (LittleEndian.startsWith(chunk, 0, head, ChunkHeader.MAGIC)) {
        diagnostics.info(
            PREFIX + "bare-chunk", 0, "a chunk without a file header; read as one", "");
        chunks(in, head, 0);
      } else {
        diagnostics.error(
            PREFIX + "not-evtx",
            0,
            "neither ElfFile nor ElfChnk at the start; not an .evtx file",
            ValueReader.hex(chunk, 0, Math.min(head, 8)));
      }
    }
    return events;
  }

  private boolean fileHeader(int head) {
    if (head < FileHeader.BLOCK_SIZE) {
      diagnostics.error(
          PREFIX + "truncated",
          0,
          "the file ends after " + head + " bytes, inside its 4096-byte header; no chunks",
          "");
      return false;
    }
    header = FileHeader.parse(chunk);
    checkCrc = !header.noCrc32();
    if (checkCrc && !header.crcMatches()) {
      warning(
          "header-crc",
          "file header CRC32 "
              + String.format("0x%08x", header.storedCrc())
              + " does not match "
              + String.format("0x%08x", header.computedCrc())
              + "; read anyway");
    }
    if (!header.knownVersion()) {
      warning("version", "format version " + header.version() + " unknown (3.1, 3.2 known)");
    }
    if (header.headerBlockSize() != FileHeader.BLOCK_SIZE) {
      warning(
          "bad-header",
          "header block size " + header.headerBlockSize() + "; chunks read from offset 4096");
    }
    if (header.dirty()) {
      diagnostics.info(
          PREFIX + "dirty",
          0,
          "the log was not closed cleanly (dirty): every chunk to the end of the file is read,"
              + " not only the "
              + header.chunkCount()
              + " its header lists",
          "");
    }
    return true;
  }

  /**
   * Reads chunk after chunk, handing batches of chunks to the pipeline to decode; whatever this
   * reader reports itself (zero runs, bad chunks) waits until the chunks before it are handed over,
   * so diagnostics keep file order.
   *
   * @param filled bytes of the first chunk already in the buffer
   * @param offset the file offset of the first chunk
   */
  private void chunks(InputStream in, int filled, long offset) throws IOException {
    String file = context.file().name();
    try (OrderedWork<ChunkBatch.Outcome> pipeline =
        new OrderedWork<>(
            threads,
            "portex-evtx-chunks",
            outcome -> events += outcome.replay(sink, diagnostics))) {
      ChunkBatch batch = new ChunkBatch(file, checkCrc, byTemplate);
      long number = 0;
      while (true) {
        int length = filled + in.readNBytes(chunk, filled, ChunkHeader.SIZE - filled);
        filled = 0;
        if (length == 0) {
          break;
        }
        if (LittleEndian.startsWith(chunk, 0, length, ChunkHeader.MAGIC)) {
          if (zeroRunLength > 0) {
            submit(pipeline, batch);
            pipeline.finish();
            batch = new ChunkBatch(file, checkCrc, byTemplate);
            endZeroRun(false);
          }
          chunksWithSignature++;
          batch.add(chunk, length, number, offset);
          chunk = new byte[ChunkHeader.SIZE];
          if (batch.isFull()) {
            submit(pipeline, batch);
            batch = new ChunkBatch(file, checkCrc, byTemplate);
          }
        } else if (zeros(length)) {
          zeroRunStart = zeroRunLength == 0 ? number : zeroRunStart;
          zeroRunLength++;
        } else {
          submit(pipeline, batch);
          pipeline.finish();
          batch = new ChunkBatch(file, checkCrc, byTemplate);
          endZeroRun(false);
          diagnostics.error(
              PREFIX + "bad-chunk",
              0,
              "chunk " + number + " (file offset " + offset + ") has no ElfChnk signature; skipped",
              ValueReader.hex(chunk, 0, Math.min(length, 8)));
        }
        if (length < ChunkHeader.SIZE) {
          break;
        }
        number++;
        offset += ChunkHeader.SIZE;
      }
      submit(pipeline, batch);
      pipeline.finish();
    }
    endZeroRun(true);
    if (header != null && header.chunkCount() != chunksWithSignature) {
      diagnostics.info(
          PREFIX + "chunk-count",
          0,
          "the header lists "
              + header.chunkCount()
              + " chunks; "
              + chunksWithSignature
              + " were found and read",
          "");
    }
  }

  private static void submit(OrderedWork<ChunkBatch.Outcome> pipeline, ChunkBatch batch)
      throws IOException {
    if (!batch.isEmpty()) {
      pipeline.submit(batch);
    }
  }

  private void endZeroRun(boolean atEnd) {
    if (zeroRunLength == 0) {
      return;
    }
    String chunks =
        zeroRunLength == 1
            ? "chunk " + zeroRunStart + " is"
            : zeroRunLength
                + " chunks ("
                + zeroRunStart
                + "-"
                + (zeroRunStart + zeroRunLength - 1)
                + ") are";
    if (atEnd) {
      diagnostics.info(
          PREFIX + "unused-chunks", 0, chunks + " all zeros at the end of the file: unused", "");
    } else {
      warning("zero-chunks", chunks + " all zeros between chunks with records; skipped");
    }
    zeroRunLength = 0;
    zeroRunStart = -1;
  }

  private boolean zeros(int length) {
    for (int i = 0; i < length; i++) {
      if (chunk[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private void warning(String code, String message) {
    diagnostics.warning(PREFIX + code, 0, message, "");
  }
}
