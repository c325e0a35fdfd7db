package io.portex.core.bundle;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the archives of one ticket have used of their {@link BundleLimits}: bytes really inflated or
 * read (to list, to copy a nested archive, to read an entry, whatever is done with them after) and
 * entries.
 */
final class ArchiveBudget {

  private final BundleLimits limits;
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicInteger entries = new AtomicInteger();

  ArchiveBudget(BundleLimits limits) {
    this.limits = limits;
  }

  /** Counts one more entry; false when that is one too many. */
  boolean takeEntry() {
    return entries.incrementAndGet() <= limits.maxEntries();
  }

  /** Counts bytes read; false once the ticket has read more than it may. */
  boolean takeBytes(long count) {
    return bytes.addAndGet(count) <= limits.maxTotalBytes();
  }

  BundleLimits limits() {
    return limits;
  }

  /**
   * What one archive on disk may expand to in all, nested archives included: {@link
   * BundleLimits#maxRatio()} times its size past {@link BundleLimits#RATIO_SLACK}. However its
   * entries are arranged (many small ones, overlapping ones, archives in archives), a small file
   * never inflates to much.
   */
  Allowance allowance(String archive, long archiveBytes) {
    long ratio = limits.maxRatio();
    long bound =
        archiveBytes > (Long.MAX_VALUE - BundleLimits.RATIO_SLACK) / ratio
            ? Long.MAX_VALUE
            : BundleLimits.RATIO_SLACK + archiveBytes * ratio;
    return new Allowance(archive, bound);
  }

  /** The bytes one archive on disk may still expand to. */
  static final class Allowance {
    private final String archive;
    private final long bound;
    private final AtomicLong used = new AtomicLong();

    private Allowance(String archive, long bound) {
      this.archive = archive;
      this.bound = bound;
    }

    /** Counts bytes inflated; false once the archive has expanded past its bound. */
    boolean take(long count) {
      return used.addAndGet(count) <= bound;
    }

    String archive() {
      return archive;
    }

    long bound() {
      return bound;
    }
  }
}
