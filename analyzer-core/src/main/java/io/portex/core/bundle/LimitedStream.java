package io.portex.core.bundle;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * The uncompressed bytes of one archive entry, stopped with an {@link ArchiveLimitException} once
 * they expand more than {@link BundleLimits#maxRatio()} times the compressed bytes read (past a
 * slack for small files), past the size the entry declares, past what its archive on disk may
 * expand to in all, or once the ticket has read more than it may.
 */
final class LimitedStream extends FilterInputStream {

  private final ArchiveBudget budget;
  private final ArchiveBudget.Allowance allowance;
  private final LongSupplier compressedBytes;
  private final long declaredSize;
  private final String name;
  private long read;

  /**
   * @param allowance what the archive on disk this entry comes from may still expand to
   * @param compressedBytes the compressed bytes behind what was read so far; null for a stored
   *     entry (as many as were read)
   * @param declaredSize the size the archive declares for the entry
   * @param name the entry, for the message
   */
  LimitedStream(
      InputStream in,
      ArchiveBudget budget,
      ArchiveBudget.Allowance allowance,
      LongSupplier compressedBytes,
      long declaredSize,
      String name) {
    super(in);
    this.budget = budget;
    this.allowance = allowance;
    this.compressedBytes = compressedBytes;
    this.declaredSize = declaredSize;
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
    // skipped bytes are inflated all the same: read them through the counting path
    byte[] discard = new byte[(int) Math.min(8192, Math.max(1, n))];
    long skipped = 0;
    while (skipped < n) {
      int r = read(discard, 0, (int) Math.min(discard.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
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
    if (read > declaredSize) {
      throw new ArchiveLimitException(
          name
              + " expands past the "
              + declaredSize
              + " bytes its archive declares (zip bomb?); stopped there");
    }
    if (!allowance.take(n)) {
      throw new ArchiveLimitException(
          allowance.archive()
              + " expands past "
              + allowance.bound()
              + " bytes, more than "
              + limits.maxRatio()
              + " times its size (zip bomb?); "
              + name
              + " stopped there");
    }
    long compressed = compressedBytes == null ? read : Math.max(1, compressedBytes.getAsLong());
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
