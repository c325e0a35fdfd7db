package io.portex.core.bundle;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * The uncompressed bytes of one archive entry, stopped with an {@link ArchiveLimitException} once
 * they expand more than {@link BundleLimits#maxRatio()} times the compressed bytes read (past a
 * slack for small files) or once the ticket has read more than it may.
 */
final class LimitedStream extends FilterInputStream {

  private final ArchiveBudget budget;
  private final LongSupplier compressedBytes;
  private final String name;
  private long read;

  /**
   * @param compressedBytes the compressed bytes behind what was read so far
   * @param name the entry, for the message
   */
  LimitedStream(InputStream in, ArchiveBudget budget, LongSupplier compressedBytes, String name) {
    super(in);
    this.budget = budget;
    this.compressedBytes = compressedBytes;
    this.name = name;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  private void count(long n) throws ArchiveLimitException {
    read += n;
    BundleLimits limits = budget.limits();
    if (!budget.takeBytes(n)) {
      throw new ArchiveLimitException(
          "archives of this ticket expand past "
              + limits.maxTotalBytes()
              + " bytes; "
              + name
              + " stopped there");
    }
    long compressed = Math.max(1, compressedBytes.getAsLong());
    if (read > BundleLimits.RATIO_SLACK && read > compressed * limits.maxRatio()) {
      throw new ArchiveLimitException(
          name
              + " expands more than "
              + limits.maxRatio()
              + " times (zip bomb?); stopped after "
              + read
              + " bytes");
    }
  }
}
