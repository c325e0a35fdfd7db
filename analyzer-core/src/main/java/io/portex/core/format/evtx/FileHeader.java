package io.portex.core.format.evtx;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The file header of an .evtx file: the first 4096 bytes, of which 128 are used.
 *
 * <pre>
 *   0  8  "ElfFile\0"             40  2  header block size (4096)
 *   8  8  first chunk number      42  2  number of chunks
 *  16  8  last chunk number       44 76  unused
 *  24  8  next record id         120  4  flags: 0x1 dirty, 0x2 full, 0x4 no CRC32
 *  32  4  header size (128)      124  4  CRC32 of bytes 0-119
 *  36  2  minor version (1, 2)
 *  38  2  major version (3)
 * </pre>
 *
 * A dirty file was not closed cleanly: its chunk count and chunk numbers may lag behind the chunks
 * actually written, so the reader scans every chunk to the end of the file instead.
 */
record FileHeader(
    long firstChunk,
    long lastChunk,
    long nextRecordId,
    long headerSize,
    int minorVersion,
    int majorVersion,
    int headerBlockSize,
    int chunkCount,
    long flags,
    long storedCrc,
    long computedCrc) {

  /** The bytes of the header block; chunks start right after it. */
  static final int BLOCK_SIZE = 4096;

  /** Bytes of the header that are used. */
  static final int USED_SIZE = 128;

  static final byte[] MAGIC = "ElfFile\0".getBytes(StandardCharsets.US_ASCII);

  static final long DIRTY = 0x1;
  static final long FULL = 0x2;
  static final long NO_CRC32 = 0x4;

  /** Reads the header out of at least {@link #USED_SIZE} bytes that start with {@link #MAGIC}. */
  static FileHeader parse(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, 120);
    return new FileHeader(
        LittleEndian.i64(bytes, 8),
        LittleEndian.i64(bytes, 16),
        LittleEndian.i64(bytes, 24),
        LittleEndian.u32(bytes, 32),
        LittleEndian.u16(bytes, 36),
        LittleEndian.u16(bytes, 38),
        LittleEndian.u16(bytes, 40),
        LittleEndian.u16(bytes, 42),
        LittleEndian.u32(bytes, 120),
        LittleEndian.u32(bytes, 124),
        crc.getValue());
  }

  boolean dirty() {
    return (flags & DIRTY) != 0;
  }

  /** True when the writer left the CRC32 fields of the file and its chunks unset (format 3.2). */
  boolean noCrc32() {
    return (flags & NO_CRC32) != 0;
  }

  boolean crcMatches() {
    return storedCrc == computedCrc;
  }

  /** A version this reader knows: 3.1 (Vista and later) or 3.2 (Windows 10 2004 and later). */
  boolean knownVersion() {
    return majorVersion == 3 && (minorVersion == 1 || minorVersion == 2);
  }

  String version() {
    return majorVersion + "." + minorVersion;
  }
}
