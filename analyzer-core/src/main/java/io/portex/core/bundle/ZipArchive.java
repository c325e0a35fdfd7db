package io.portex.core.bundle;

import io.portex.core.diag.Severity;
import io.portex.core.source.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * Lists the entries of a zip archive as inputs, in place. The archive is read with random access
 * (its own directory reader, so that one odd entry costs that entry alone); an archive inside an
 * archive is copied once to a temporary file and listed the same way, so that each of its entries
 * is reached without inflating the others. Entry names are labels only. Every byte inflated or read
 * counts against the ticket's {@link BundleLimits}, and against what the archive on disk may expand
 * to in all.
 */
final class ZipArchive {

  private final ArchiveBudget budget;
  private final BundleLimits limits;
  private final List<AutoCloseable> resources;

  ZipArchive(ArchiveBudget budget, BundleLimits limits, List<AutoCloseable> resources) {
    this.budget = budget;
    this.limits = limits;
    this.resources = resources;
  }

  /** Where the entries of one archive go. */
  private record Target(
      String name,
      int depth,
      ArchiveBudget.Allowance allowance,
      List<InputFile> found,
      List<Skipped> skipped) {

    Target nested(String entryName) {
      return new Target(entryName, depth + 1, allowance, found, skipped);
    }

    void skip(String what, Severity severity, String code, String message) {
      skipped.add(new Skipped(what, severity, code, message));
    }
  }

  /** Lists an archive on disk. */
  void expand(Path path, String name, List<InputFile> found, List<Skipped> skipped) {
    ArchiveSource source;
    try {
      source = ArchiveSource.open(path);
    } catch (IOException e) {
      skipped.add(new Skipped(name, Severity.ERROR, "bundle.unreadable", BundleReader.describe(e)));
      return;
    }
    resources.add(source);
    list(source, new Target(name, 0, budget.allowance(name, source.size()), found, skipped));
  }

  private void list(ArchiveSource source, Target target) {
    ZipDirectory.Listing listing;
    try {
      listing = ZipDirectory.read(source, limits.maxEntries(), budget);
    } catch (IOException e) {
      target.skip(target.name(), Severity.ERROR, "bundle.unreadable", BundleReader.describe(e));
      return;
    }
    List<ZipRecord> entries = listing.entries();
    if (listing.damage() != null) {
      if (entries.isEmpty()) {
        target.skip(
            target.name(),
            Severity.ERROR,
            "bundle.corrupt-archive",
            "not a readable zip: " + listing.damage());
        return;
      }
      target.skip(
          target.name(),
          Severity.WARNING,
          "bundle.damaged-archive",
          listing.damage() + "; " + entries.size() + " entries found by their local headers");
    } else if (entries.isEmpty()) {
      target.skip(target.name(), Severity.INFO, "bundle.empty-archive", "archive has no entries");
    }
    Set<ZipRecord> overlapping = overlapping(source, entries);
    for (ZipRecord entry : entries) {
      if (entry.isDirectory()) {
        continue;
      }
      String entryName = target.name() + "!/" + entry.name();
      if (!budget.takeEntry()) {
        target.skipped().add(tooManyEntries(entryName));
        return;
      }
      Skipped refused = refusal(entry, entryName, overlapping.contains(entry));
      if (refused != null) {
        target.skipped().add(refused);
        continue;
      }
      InputFile.Opener opener = () -> open(source, entry, entryName, target.allowance());
      if (Archives.isZipName(entry.name())) {
        nested(opener, target.nested(entryName));
      } else {
        target.found().add(InputFile.of(entryName, entry.size(), entry.modified(), opener));
      }
    }
    if (listing.more()) {
      target.skipped().add(tooManyEntries(target.name()));
    }
  }

  /** Why an entry is not read, or null when it is. */
  private Skipped refusal(ZipRecord entry, String name, boolean overlaps) {
    if (overlaps) {
      return new Skipped(
          name,
          Severity.ERROR,
          "bundle.overlapping-entry",
          "its data overlaps another entry's (a zip bomb's trick, or damage); not read");
    }
    if (entry.encrypted()) {
      return new Skipped(
          name,
          Severity.WARNING,
          "bundle.encrypted-entry",
          "encrypted; not read (give portex the files unencrypted)");
    }
    if (entry.method() != ZipRecord.STORED && entry.method() != ZipRecord.DEFLATED) {
      return new Skipped(
          name,
          Severity.WARNING,
          "bundle.unsupported-method",
          "compressed with "
              + entry.methodName()
              + ", which portex does not read (re-zip it with Deflate); the other entries are read");
    }
    if (declaredBomb(entry)) {
      return new Skipped(
          name,
          Severity.ERROR,
          "bundle.zip-bomb",
          "declares "
              + entry.size()
              + " bytes from "
              + entry.compressedSize()
              + " compressed, more than "
              + limits.maxRatio()
              + " times; not read");
    }
    return null;
  }

  /**
   * Entries whose bytes overlap an earlier entry's: real archives never share bytes between
   * entries; "better zip bombs" point many entries at one compressed kernel.
   */
  private static Set<ZipRecord> overlapping(ArchiveSource source, List<ZipRecord> entries) {
    List<ZipRecord> byOffset = new ArrayList<>(entries);
    byOffset.removeIf(ZipRecord::isDirectory);
    byOffset.sort(Comparator.comparingLong(ZipRecord::headerOffset));
    Set<ZipRecord> overlapping = new HashSet<>();
    long end = 0;
    for (ZipRecord entry : byOffset) {
      if (entry.headerOffset() < end) {
        overlapping.add(entry);
        continue;
      }
      long data = dataOffset(source, entry);
      end =
          data < 0
              ? entry.headerOffset() + ZipDirectory.LOCAL_SIZE
              : saturatedAdd(data, entry.compressedSize());
    }
    return overlapping;
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  /** Where an entry's data starts, after its local header; -1 when there is no local header. */
  private static long dataOffset(ArchiveSource source, ZipRecord entry) {
    long at = entry.headerOffset();
    if (at < 0 || at > source.size() - ZipDirectory.LOCAL_SIZE) {
      return -1;
    }
    byte[] header = new byte[ZipDirectory.LOCAL_SIZE];
    try {
      source.readFully(at, header, 0, header.length);
    } catch (IOException e) {
      return -1;
    }
    ByteBuffer bytes = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.getInt(0) != 0x04034b50) {
      return -1;
    }
    return at
        + ZipDirectory.LOCAL_SIZE
        + (bytes.getShort(26) & 0xFFFF)
        + (bytes.getShort(28) & 0xFFFF);
  }

  /** The entry's bytes, inflated as they are read, under every limit. */
  private InputStream open(
      ArchiveSource source, ZipRecord entry, String name, ArchiveBudget.Allowance allowance)
      throws IOException {
    long data = dataOffset(source, entry);
    if (data < 0) {
      throw new ZipException("the local header of " + name + " is missing");
    }
    InputStream raw = source.stream(data, entry.compressedSize());
    if (entry.method() == ZipRecord.STORED) {
      return new LimitedStream(raw, budget, allowance, null, entry.size(), name);
    }
    EntryInflater inflater = new EntryInflater(raw);
    return new LimitedStream(
        inflater, budget, allowance, inflater::compressedRead, entry.size(), name);
  }

  /** Lists an archive inside an archive from a copy made once. */
  private void nested(InputFile.Opener parent, Target target) {
    if (target.depth() > limits.maxDepth()) {
      target.skip(
          target.name(),
          Severity.ERROR,
          "bundle.too-deep",
          "archive nested more than " + limits.maxDepth() + " deep; not read");
      return;
    }
    ArchiveSource copy;
    try (InputStream in = parent.open()) {
      copy = ArchiveSource.copyOf(in);
    } catch (ArchiveLimitException e) {
      target.skip(target.name(), Severity.ERROR, "bundle.zip-limit", e.getMessage());
      return;
    } catch (ZipException e) {
      target.skip(
          target.name(),
          Severity.ERROR,
          "bundle.corrupt-archive",
          "not a readable zip: " + e.getMessage());
      return;
    } catch (IOException e) {
      target.skip(target.name(), Severity.ERROR, "bundle.unreadable", BundleReader.describe(e));
      return;
    }
    resources.add(copy);
    list(copy, target);
  }

  private boolean declaredBomb(ZipRecord entry) {
    long size = entry.size();
    long compressed = Math.max(1, entry.compressedSize());
    return size != Long.MAX_VALUE
        && size > BundleLimits.RATIO_SLACK
        && size / limits.maxRatio() > compressed;
  }

  private Skipped tooManyEntries(String name) {
    return new Skipped(
        name,
        Severity.ERROR,
        "bundle.too-many-entries",
        "more than " + limits.maxEntries() + " archive entries; this and the rest not read");
  }
}
