package io.portex.core.format.evtx;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;

/**
 * Reads the event records of one chunk, from offset 512 to its free space offset. Each record is
 * {@code "**\0\0"}, its size (4), record id (8), FILETIME written (8), BinXml, and the size again
 * (4). Checks the chunk's CRCs (warnings only) and each record's framing:
 *
 * <ul>
 *   <li>no signature where a record should start: the rest of the chunk is not read (a warning when
 *       records the header lists are missing);
 *   <li>a size of 0 (or too small for a record) or past the chunk: error, the rest of the chunk is
 *       not read, since nothing says where the next record starts;
 *   <li>a trailing size that disagrees: error, the record is skipped, reading goes on after it;
 *   <li>a trailing size of 0 (a record whose end was never written, a torn write): the record is
 *       decoded if it can be, with a warning, as other readers do;
 *   <li>BinXml that cannot be decoded: error, the record is skipped.
 * </ul>
 *
 * Diagnostics of a record give its record id as the line.
 */
final class ChunkReader {

  private static final String PREFIX = "eventlog-evtx.";
  private static final byte[] RECORD_MAGIC = {0x2a, 0x2a, 0, 0};

  /** Smallest possible record: header, an end-of-fragment token padded, trailing size. */
  private static final int MIN_RECORD = EventDecoder.RECORD_HEADER + 4;

  private final DiagnosticSink diagnostics;
  private final EvidenceSink sink;
  private final EventDecoder decoder;
  private final boolean checkCrc;

  private byte[] chunk;
  private int length;
  private String where;
  private boolean cutByFileEnd;

  ChunkReader(
      EventDecoder decoder, DiagnosticSink diagnostics, EvidenceSink sink, boolean checkCrc) {
    this.diagnostics = diagnostics;
    this.sink = sink;
    this.decoder = decoder;
    this.checkCrc = checkCrc;
  }

  /**
   * Reads a chunk that starts with its signature.
   *
   * @param bytes the chunk
   * @param available how many of its bytes the file holds (less than 64 KiB at its end)
   * @param number its number in the file, 0 for the first after the file header
   * @param fileOffset where it starts in the file
   * @return the events handed over
   */
  int read(byte[] bytes, int available, long number, long fileOffset) {
    this.chunk = bytes;
    this.length = available;
    this.where = "chunk " + number + " (file offset " + fileOffset + ")";
    this.cutByFileEnd = false;
    if (available < ChunkHeader.HEADER_SIZE) {
      error("truncated", 0, "the file ends " + available + " bytes into " + where + "; not read");
      return 0;
    }
    ChunkHeader header = ChunkHeader.parse(bytes);
    checkHeaderCrc(header);
    int end = ChunkHeader.SIZE;
    if (header.freeSpaceOffsetValid()) {
      end = (int) header.freeSpaceOffset();
      checkRecordsCrc(header, end);
    } else {
      warning(
          "bad-free-space",
          0,
          where
              + ": free space offset "
              + header.freeSpaceOffset()
              + " is not inside the chunk;"
              + " records are read up to the first gap");
    }
    decoder.startChunk(bytes, available);
    int read = records(header, end);
    if (available < ChunkHeader.SIZE && !cutByFileEnd) {
      warning(
          "truncated",
          0,
          "the file ends " + available + " bytes into " + where + ", after its records");
    }
    return read;
  }

  /** Reads the records up to {@code end}, the free space offset; returns how many were read. */
  private int records(ChunkHeader header, int end) {
    int read = 0;
    int offset = ChunkHeader.HEADER_SIZE;
    while (offset < end) {
      if (offset + EventDecoder.RECORD_HEADER > length) {
        return reportCut(offset, -1, read);
      }
      if (!LittleEndian.startsWith(chunk, offset, length, RECORD_MAGIC)) {
        noRecordAt(header, offset, end, read);
        return read;
      }
      long size = LittleEndian.u32(chunk, offset + 4);
      long recordId = LittleEndian.i64(chunk, offset + 8);
      if (size < MIN_RECORD || offset + size > ChunkHeader.SIZE) {
        badRecord(
            recordId,
            offset,
            "size "
                + size
                + (size < MIN_RECORD ? " is too small" : " runs past the chunk")
                + "; the rest of the chunk is not read");
        return read;
      }
      if (offset + size > length) {
        return reportCut(offset, recordId, read);
      }
      long copy = LittleEndian.u32(chunk, offset + (int) size - 4);
      if (copy != size && copy != 0) {
        badRecord(recordId, offset, "size " + size + " but " + copy + " at its end; skipped");
      } else if (decode(offset, (int) size, recordId, copy == 0)) {
        read++;
      }
      offset += (int) size;
    }
    return read;
  }

  private boolean decode(int offset, int size, long recordId, boolean torn) {
    try {
      sink.event(decoder.decode(offset, size, recordId));
    } catch (BinXmlException e) {
      error(
          "bad-binxml",
          recordId,
          "record "
              + recordId
              + " at offset "
              + offset
              + " of "
              + where
              + " cannot be decoded ("
              + e.getMessage()
              + (torn ? "; its end is zeros" : "")
              + "); skipped");
      return false;
    }
    if (torn) {
      warning(
          "torn-record",
          recordId,
          "record "
              + recordId
              + " at offset "
              + offset
              + " of "
              + where
              + ": its end was never written (trailing size 0); read as far as it goes,"
              + " its last values may be missing");
    }
    return true;
  }

  private void noRecordAt(ChunkHeader header, int offset, int end, int read) {
    long listed = header.recordCount();
    boolean zeros = zeros(offset, Math.min(end, length));
    if (zeros && (listed < 0 || read >= listed)) {
      return; // zero padding after the last record
    }
    warning(
        "lost-records",
        0,
        where
            + ": no event record at offset "
            + offset
            + " before the end of its records at "
            + end
            + (zeros ? " (zeros follow)" : "")
            + "; "
            + read
            + " records read"
            + (listed > 0 ? " of the " + listed + " its header lists" : "")
            + ", the rest of the chunk is not read");
  }

  private int reportCut(int offset, long recordId, int read) {
    error(
        "truncated",
        Math.max(recordId, 0),
        "the file ends inside "
            + (recordId >= 0 ? "record " + recordId : "a record")
            + " at offset "
            + offset
            + " of "
            + where
            + "; "
            + read
            + " records of it read");
    cutByFileEnd = true;
    return read;
  }

  private void checkHeaderCrc(ChunkHeader header) {
    if (checkCrc && header.storedHeaderCrc() != ChunkHeader.headerCrc(chunk)) {
      warning(
          "chunk-crc",
          0,
          where
              + ": header CRC32 "
              + hex(header.storedHeaderCrc())
              + " does not match "
              + hex(ChunkHeader.headerCrc(chunk))
              + "; read anyway");
    }
  }

  private void checkRecordsCrc(ChunkHeader header, int end) {
    if (!checkCrc || end > length) {
      return;
    }
    long computed = ChunkHeader.recordsCrc(chunk, end);
    if (header.storedRecordsCrc() != computed) {
      warning(
          "records-crc",
          0,
          where
              + ": records CRC32 "
              + hex(header.storedRecordsCrc())
              + " does not match "
              + hex(computed)
              + "; read anyway");
    }
  }

  private boolean zeros(int from, int to) {
    for (int i = from; i < to; i++) {
      if (chunk[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private void badRecord(long recordId, int offset, String problem) {
    error(
        "bad-record",
        Math.max(recordId, 0),
        "record " + recordId + " at offset " + offset + " of " + where + ": " + problem);
  }

  private void error(String code, long recordId, String message) {
    diagnostics.error(PREFIX + code, recordId, message, "");
  }

  private void warning(String code, long recordId, String message) {
    diagnostics.warning(PREFIX + code, recordId, message, "");
  }

  private static String hex(long crc) {
    return String.format("0x%08x", crc);
  }
}
