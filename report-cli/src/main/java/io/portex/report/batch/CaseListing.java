package io.portex.report.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What lies directly under a batch root: the cases (folders and {@code .zip} archives, by name) and
 * the entries that are not one, each with the reason, so that nothing is left out unsaid.
 *
 * @param cases the cases, sorted by name
 * @param ignored the other entries, sorted by name
 */
public record CaseListing(List<Path> cases, List<Ignored> ignored) {

  /** An entry of the root that is not analyzed, and why. */
  public record Ignored(Path path, String reason) {}

  public CaseListing {
    cases = List.copyOf(cases);
    ignored = List.copyOf(ignored);
  }

  /**
   * Lists {@code root}. The output folder, or a folder holding it, is never a case: otherwise a
   * second run would analyze the reports of the first.
   */
  public static CaseListing of(Path root, Path out) throws IOException {
    Path output = real(out);
    List<Path> cases = new ArrayList<>();
    List<Ignored> ignored = new ArrayList<>();
    try (Stream<Path> entries = Files.list(root)) {
      for (Path entry : entries.sorted().toList()) {
        if (output.startsWith(real(entry))) {
          ignored.add(new Ignored(entry, "it holds the output folder"));
        } else if (Files.isDirectory(entry)) {
          cases.add(entry);
        } else if (!Files.isRegularFile(entry)) {
          ignored.add(new Ignored(entry, "not a regular file (a FIFO, device or socket)"));
        } else if (isZip(entry)) {
          cases.add(entry);
        } else {
          ignored.add(new Ignored(entry, "neither a folder nor a .zip archive"));
        }
      }
    }
    return new CaseListing(cases, ignored);
  }

  /**
   * Where a path really is, links followed: for a path that does not exist yet, its nearest
   * existing folder's real path with the rest of the names after it.
   */
  public static Path real(Path path) throws IOException {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    return existing.toRealPath().resolve(existing.relativize(absolute));
  }

  private static boolean isZip(Path entry) {
    return entry.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
  }
}
