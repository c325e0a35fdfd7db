package io.portex.core.bundle;

import java.time.Instant;

/**
 * One entry of a zip archive as its directory (or, when that is damaged, its local header)
 * describes it.
 *
 * @param name the entry name, decoded (UTF-8 when flagged and valid, else the OEM code page)
 * @param flags the general-purpose bit flags
 * @param method the compression method (0 stored, 8 deflated; others are not read)
 * @param compressedSize bytes of the entry's data in the archive
 * @param size bytes the data expands to, as declared
 * @param headerOffset where the entry's local header starts
 * @param modified the modification time, or null when none is given
 */
record ZipRecord(
    String name,
    int flags,
    int method,
    long compressedSize,
    long size,
    long headerOffset,
    Instant modified) {

  static final int STORED = 0;
  static final int DEFLATED = 8;

  boolean isDirectory() {
    return name.endsWith("/") || name.endsWith("\\");
  }

  boolean encrypted() {
    return (flags & 1) != 0;
  }

  /** What the method is called, for a message. */
  String methodName() {
    return switch (method) {
      case 1 -> "Shrink";
      case 6 -> "Implode";
      case 9 -> "Deflate64";
      case 12 -> "BZIP2";
      case 14 -> "LZMA";
      case 93 -> "Zstandard";
      case 95 -> "XZ";
      case 98 -> "PPMd";
      case 99 -> "AES";
      default -> "method " + method;
    };
  }
}
