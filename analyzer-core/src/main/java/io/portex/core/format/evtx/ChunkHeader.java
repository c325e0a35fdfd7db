package io.portex.core.format.evtx;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The 512-byte header of a 64 KiB chunk.
 *
 * <pre>
 *   0  8  "ElfChnk\0"                    48  4  free space offset (end of the records)
 *   8  8  first event record number      52  4  CRC32 of the records (512 to free space)
 *  16  8  last event record number       56 64  unused
 *  24  8  first event record id         120  4  flags
 *  32  8  last event record id          124  4  CRC32 of bytes 0-119 and 128-511
 *  40  4  header size (128)             128 256  common string offsets (64 x 4)
 *  44  4  last event record offset      384 128  template offsets (32 x 4)
 * </pre>
 *
 * Offsets are from the start of the chunk. The string and template tables only speed up writing:
 * every name and template is also reachable by the offset the records give, so they are not read.
 */
record ChunkHeader(
    long firstRecordNumber,
    long lastRecordNumber,
    long firstRecordId,
    long lastRecordId,
    long lastRecordOffset,
    long freeSpaceOffset,
    long storedRecordsCrc,
    long flags,
    long storedHeaderCrc) {

  /** Bytes of a chunk. */
  static final int SIZE = 64 * 1024;

  /** Bytes of the chunk header; the first record starts right after it. */
  static final int HEADER_SIZE = 512;

  static final byte[] MAGIC = "ElfChnk\0".getBytes(StandardCharsets.US_ASCII);

  /** Reads the header out of a chunk of at least {@link #HEADER_SIZE} bytes. */
  static ChunkHeader parse(byte[] chunk) {
    return new ChunkHeader(
        LittleEndian.i64(chunk, 8),
        LittleEndian.i64(chunk, 16),
        LittleEndian.i64(chunk, 24),
        LittleEndian.i64(chunk, 32),
        LittleEndian.u32(chunk, 44),
        LittleEndian.u32(chunk, 48),
        LittleEndian.u32(chunk, 52),
        LittleEndian.u32(chunk, 120),
        LittleEndian.u32(chunk, 124));
  }

  /** The CRC32 of bytes 0-119 and 128-511, as the header stores it. */
  static long headerCrc(byte[] chunk) {
    CRC32 crc = new CRC32();
    crc.update(chunk, 0, 120);
    crc.update(chunk, 128, HEADER_SIZE - 128);
    return crc.getValue();
  }

  /** The CRC32 of the records, bytes 512 up to {@code end}. */
  static long recordsCrc(byte[] chunk, int end) {
    CRC32 crc = new CRC32();
    crc.update(chunk, HEADER_SIZE, end - HEADER_SIZE);
    return crc.getValue();
  }

  /** True when the free space offset lies where records can end. */
  boolean freeSpaceOffsetValid() {
    return freeSpaceOffset >= HEADER_SIZE && freeSpaceOffset <= SIZE;
  }

  /** How many records the header says the chunk holds, or -1 when its numbers make no sense. */
  long recordCount() {
    long count = lastRecordNumber - firstRecordNumber + 1;
    return count > 0 && count <= SIZE ? count : -1;
  }
}
