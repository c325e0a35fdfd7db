package io.portex.core.bundle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Where a deflated entry ends when no directory says so: found by inflating it (what is inflated is
 * taken from the ticket's budget and held to the ratio limit, like any read).
 */
final class DeflatedLength {

  private static final int DESCRIPTOR = 0x08074b50;

  private DeflatedLength() {}

  /** The compressed length of the deflate stream at {@code data}, or -1 when it cannot be found. */
  static long of(ArchiveSource source, long data, ArchiveBudget budget) throws IOException {
    Inflater inflater = new Inflater(true);
    try {
      byte[] in = new byte[1 << 14];
      byte[] out = new byte[1 << 16];
      long position = data;
      long inflated = 0;
      BundleLimits limits = budget.limits();
      while (!inflater.finished()) {
        if (inflater.needsInput()) {
          int n = (int) Math.min(in.length, source.size() - position);
          if (n <= 0) {
            return -1;
          }
          source.readFully(position, in, 0, n);
          position += n;
          inflater.setInput(in, 0, n);
        }
        int n = inflater.inflate(out);
        inflated += n;
        if (!budget.takeBytes(n)
            || (inflated > BundleLimits.RATIO_SLACK
                && inflated > Math.max(1, inflater.getBytesRead()) * limits.maxRatio())) {
          return -1;
        }
        if (n == 0 && (inflater.needsDictionary() || !inflater.needsInput())) {
          if (!inflater.finished()) {
            return -1;
          }
        }
      }
      return inflater.getBytesRead();
    } catch (DataFormatException e) {
      return -1;
    } finally {
      inflater.end();
    }
  }

  /** The position after the data descriptor that follows an entry's data at {@code position}. */
  static long afterDescriptor(ArchiveSource source, long position) throws IOException {
    if (position + 16 > source.size()) {
      return position;
    }
    byte[] bytes = new byte[4];
    source.readFully(position, bytes, 0, 4);
    boolean signed = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt() == DESCRIPTOR;
    // signature (optional), crc, compressed and uncompressed size (4 bytes each; zip64 is not
    // followed here: the next local header is looked for at both places)
    long plain = position + (signed ? 16 : 12);
    if (plain + 4 <= source.size()) {
      source.readFully(plain, bytes, 0, 4);
      if (ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt() == 0x04034b50) {
        return plain;
      }
    }
    return position + (signed ? 24 : 20);
  }
}
