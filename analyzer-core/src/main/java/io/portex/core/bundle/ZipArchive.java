package io.portex.core.bundle;

import io.portex.core.diag.Severity;
import io.portex.core.source.InputFile;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Lists the entries of a zip archive as inputs, in place. An archive on disk is read with {@link
 * ZipFile} (random access, kept open until the bundle is closed); an archive inside an archive is
 * streamed from its parent each time one of its entries is opened. Entry names are labels only.
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

  /** Lists an archive on disk. */
  void expand(Path path, String name, List<InputFile> found, List<Skipped> skipped) {
    ZipFile zip;
    try {
      zip = new ZipFile(path.toFile(), Archives.ENTRY_NAMES);
    } catch (ZipException e) {
      skipped.add(corrupt(name, e));
      return;
    } catch (IOException e) {
      skipped.add(new Skipped(name, Severity.ERROR, "bundle.unreadable", BundleReader.describe(e)));
      return;
    }
    resources.add(zip);
    List<? extends ZipEntry> entries = Collections.list(zip.entries());
    if (entries.isEmpty()) {
      skipped.add(
          new Skipped(name, Severity.INFO, "bundle.empty-archive", "archive has no entries"));
    }
    for (ZipEntry entry : entries) {
      if (entry.isDirectory()) {
        continue;
      }
      String entryName = name + "!/" + entry.getName();
      if (!budget.takeEntry()) {
        skipped.add(tooManyEntries(entryName));
        return;
      }
      if (declaredBomb(entry)) {
        skipped.add(
            new Skipped(
                entryName,
                Severity.ERROR,
                "bundle.zip-bomb",
                "declares "
                    + entry.getSize()
                    + " bytes from "
                    + entry.getCompressedSize()
                    + " compressed, more than "
                    + limits.maxRatio()
                    + " times; not read"));
        continue;
      }
      InputFile.Opener opener =
          () ->
              new LimitedStream(
                  zip.getInputStream(entry), budget, entry::getCompressedSize, entryName);
      add(entry, entryName, opener, 1, found, skipped);
    }
  }

  /** An entry becomes an input or, when it is an archive itself, the inputs it holds. */
  private void add(
      ZipEntry entry,
      String entryName,
      InputFile.Opener opener,
      int depth,
      List<InputFile> found,
      List<Skipped> skipped) {
    if (Archives.isZipName(entry.getName())) {
      nested(opener, entryName, depth, found, skipped);
    } else {
      found.add(InputFile.of(entryName, entry.getSize(), time(entry), opener));
    }
  }

  /** Lists an archive inside an archive by streaming it once from its parent. */
  private void nested(
      InputFile.Opener parent,
      String name,
      int depth,
      List<InputFile> found,
      List<Skipped> skipped) {
    if (depth > limits.maxDepth()) {
      skipped.add(
          new Skipped(
              name,
              Severity.ERROR,
              "bundle.too-deep",
              "archive nested more than " + limits.maxDepth() + " deep; not read"));
      return;
    }
    List<ZipEntry> entries = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(parent.open(), Archives.ENTRY_NAMES)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        entries.add(entry);
      }
    } catch (ArchiveLimitException e) {
      skipped.add(new Skipped(name, Severity.ERROR, "bundle.zip-limit", e.getMessage()));
    } catch (ZipException e) {
      skipped.add(corrupt(name, e));
    } catch (IOException e) {
      skipped.add(new Skipped(name, Severity.ERROR, "bundle.unreadable", BundleReader.describe(e)));
    }
    if (entries.isEmpty()) {
      skipped.add(
          new Skipped(name, Severity.WARNING, "bundle.empty-archive", "no entries (not a zip?)"));
    }
    for (int index = 0; index < entries.size(); index++) {
      ZipEntry entry = entries.get(index);
      if (entry.isDirectory()) {
        continue;
      }
      String entryName = name + "!/" + entry.getName();
      if (!budget.takeEntry()) {
        skipped.add(tooManyEntries(entryName));
        return;
      }
      int position = index;
      add(
          entry,
          entryName,
          () -> openNested(parent, position, entryName),
          depth + 1,
          found,
          skipped);
    }
  }

  /** Streams the parent archive up to entry {@code position} and hands out that entry's bytes. */
  private InputStream openNested(InputFile.Opener parent, int position, String name)
      throws IOException {
    CountingStream raw = new CountingStream(parent.open());
    ZipInputStream zip = new ZipInputStream(raw, Archives.ENTRY_NAMES);
    try {
      for (int i = 0; i <= position; i++) {
        if (zip.getNextEntry() == null) {
          throw new ZipException("entry " + name + " is gone from its archive");
        }
      }
      long start = raw.count();
      return new LimitedStream(zip, budget, () -> raw.count() - start, name);
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  private boolean declaredBomb(ZipEntry entry) {
    long size = entry.getSize();
    long compressed = Math.max(1, entry.getCompressedSize());
    return size > BundleLimits.RATIO_SLACK && size > compressed * limits.maxRatio();
  }

  private Skipped tooManyEntries(String name) {
    return new Skipped(
        name,
        Severity.ERROR,
        "bundle.too-many-entries",
        "more than " + limits.maxEntries() + " archive entries; this and the rest not read");
  }

  private static Skipped corrupt(String name, ZipException e) {
    return new Skipped(
        name, Severity.ERROR, "bundle.corrupt-archive", "not a readable zip: " + e.getMessage());
  }

  private static Instant time(ZipEntry entry) {
    FileTime modified = entry.getLastModifiedTime();
    return modified == null ? null : modified.toInstant();
  }

  /** Counts the bytes read through it: the compressed bytes behind a nested entry. */
  private static final class CountingStream extends FilterInputStream {
    private long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    long count() {
      return count;
    }
  }
}
