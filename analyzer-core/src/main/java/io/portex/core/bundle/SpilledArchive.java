package io.portex.core.bundle;

import io.portex.core.diag.Severity;
import io.portex.core.source.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A zip archive that arrives as a stream, read in place once its bytes are in a temporary file:
 * {@link java.util.zip.ZipFile} needs random access, and reading through the same class as an
 * archive on disk gives the same inputs and the same diagnostics. The copy is bounded by {@link
 * BundleLimits#maxTotalBytes()} and removed when the bundle closes (or at once when it fails).
 */
final class SpilledArchive {

  private final ArchiveBudget budget;
  private final BundleLimits limits;
  private final List<AutoCloseable> resources;

  SpilledArchive(ArchiveBudget budget, BundleLimits limits, List<AutoCloseable> resources) {
    this.budget = budget;
    this.limits = limits;
    this.resources = resources;
  }

  void expand(InputFile input, List<InputFile> found, List<Skipped> skipped) throws IOException {
    Path copy = Files.createTempFile("portex-", ".zip");
    try {
      if (!copy(input, copy)) {
        Files.deleteIfExists(copy);
        skipped.add(
            new Skipped(
                input.name(),
                Severity.ERROR,
                "bundle.zip-limit",
                "archive larger than " + limits.maxTotalBytes() + " bytes; not read"));
        return;
      }
      new ZipArchive(budget, limits, resources).expand(copy, input.name(), found, skipped);
      // after the ZipFile in the list: the bundle closes it first, then removes its file
      resources.add(() -> Files.deleteIfExists(copy));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(copy);
      throw e;
    }
  }

  /** Copies the archive's bytes; false when there are more than the limits allow. */
  private boolean copy(InputFile input, Path copy) throws IOException {
    long max = limits.maxTotalBytes();
    long written = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = input.open();
        OutputStream out = Files.newOutputStream(copy)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        written += n;
        if (written > max) {
          return false;
        }
        out.write(buffer, 0, n);
      }
    }
    return true;
  }
}
