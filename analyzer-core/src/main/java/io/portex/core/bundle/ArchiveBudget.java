package io.portex.core.bundle;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What the archives of one ticket have used of their {@link BundleLimits}. */
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
}
