package io.portex.core.bundle;

/**
 * How much an archive may expand. The defaults let a real multi-gigabyte capture through (text
 * compresses 10–30 : 1) and stop a zip bomb (thousands to one, or nesting).
 *
 * @param maxTotalBytes uncompressed bytes read from all archives of one ticket
 * @param maxEntries entries in all archives of one ticket
 * @param maxRatio uncompressed to compressed bytes of one entry (checked past {@link #RATIO_SLACK})
 * @param maxDepth archives inside archives
 */
public record BundleLimits(long maxTotalBytes, int maxEntries, int maxRatio, int maxDepth) {

  /** Bytes an entry may expand to whatever its ratio: small files compress very well. */
  public static final long RATIO_SLACK = 1L << 20;

  public static final BundleLimits DEFAULT = new BundleLimits(16L << 30, 100_000, 250, 4);

  public BundleLimits {
    if (maxTotalBytes < 1 || maxEntries < 1 || maxRatio < 1 || maxDepth < 0) {
      throw new IllegalArgumentException("bundle limits must be positive");
    }
  }
}
