package io.portex.core.bundle;

import io.portex.core.diag.Severity;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one case folder, walked without leaving it: symbolic links are never followed (a
 * link to a place inside the case is read there; one that leads out, or back up, is named and
 * passed over), special files (FIFOs, devices, sockets) are named and never opened, and a
 * sub-folder that cannot be read costs that sub-folder only. The folder given may itself be a link:
 * the user chose it.
 *
 * @param files the regular files, in the order walked
 * @param skipped what was passed over, and why
 */
public record FolderWalk(List<Path> files, List<Skipped> skipped) {

  public FolderWalk {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }

  /** Walks {@code root}, a folder. */
  public static FolderWalk of(Path root) {
    List<Path> files = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      skipped.add(new Skipped(root.toString(), Severity.ERROR, "bundle.unreadable", e.toString()));
      return new FolderWalk(files, skipped);
    }
    try {
      Files.walkFileTree(
          realRoot,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path real, BasicFileAttributes attributes) {
              Path file = root.resolve(realRoot.relativize(real));
              if (attributes.isRegularFile()) {
                files.add(file);
              } else if (attributes.isSymbolicLink()) {
                skipped.add(link(file, real, realRoot));
              } else if (!attributes.isDirectory()) {
                skipped.add(special(file.toString()));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path real, IOException e) {
              Path file = root.resolve(realRoot.relativize(real));
              skipped.add(
                  new Skipped(
                      file.toString(),
                      Severity.ERROR,
                      "bundle.unreadable",
                      BundleReader.describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      skipped.add(
          new Skipped(
              root.toString(), Severity.ERROR, "bundle.unreadable", BundleReader.describe(e)));
    }
    return new FolderWalk(files, skipped);
  }

  /** A FIFO, device or socket: opening one may block for ever, so it never is. */
  static Skipped special(String name) {
    return new Skipped(
        name,
        Severity.WARNING,
        "bundle.special-file",
        "not a regular file (a FIFO, device or socket); not opened");
  }

  private static Skipped link(Path file, Path real, Path realRoot) {
    Path target;
    try {
      target = real.toRealPath();
    } catch (IOException e) {
      return new Skipped(
          file.toString(),
          Severity.INFO,
          "bundle.link-dangling",
          "symbolic link to nothing readable (" + linkText(real) + "); passed over");
    }
    if (!target.startsWith(realRoot)) {
      return new Skipped(
          file.toString(),
          Severity.WARNING,
          "bundle.link-outside",
          "symbolic link to " + linkText(real) + ", outside the case; not followed");
    }
    if (real.startsWith(target) && Files.isDirectory(target)) {
      return new Skipped(
          file.toString(),
          Severity.WARNING,
          "bundle.directory-loop",
          "symbolic link back to a folder already walked; not followed");
    }
    return new Skipped(
        file.toString(),
        Severity.INFO,
        "bundle.link-inside",
        "symbolic link to "
            + realRoot.relativize(target)
            + " in the case, which is read at its own place; not followed");
  }

  private static String linkText(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "?";
    }
  }

  static boolean isSpecial(Path path) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      return !attributes.isRegularFile() && !attributes.isDirectory();
    } catch (IOException e) {
      return false;
    }
  }
}
