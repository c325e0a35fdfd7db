package io.portex.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Roots of cases made at test time from the project's samples. */
final class Cases {

  static final Path SAMPLES = Path.of("..", "samples");

  private Cases() {}

  /** The names of the samples, sorted. */
  static List<String> samples() throws IOException {
    try (Stream<Path> entries = Files.list(SAMPLES)) {
      return entries
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.sorted().toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  /** Zips a folder: its files, by their paths relative to it. */
  static void zipFolder(Path folder, Path zip) throws IOException {
    try (Stream<Path> files = Files.walk(folder);
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        ZipEntry entry = new ZipEntry(folder.relativize(file).toString().replace('\\', '/'));
        entry.setTime(Files.getLastModifiedTime(file).toMillis());
        out.putNextEntry(entry);
        Files.copy(file, out);
        out.closeEntry();
      }
    }
  }

  /** A zip of one entry. */
  static void zip(Path zip, String entry, byte[] content) throws IOException {
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry(entry));
      out.write(content);
      out.closeEntry();
    }
  }

  /** Three cases that fail: a corrupt zip, an empty folder and a zip bomb. */
  static void hostile(Path root) throws IOException {
    Files.write(
        root.resolve("corrupt.zip"), "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1));
    Files.createDirectories(root.resolve("empty-case"));
    zip(root.resolve("bomb.zip"), "zeros.txt", new byte[50 << 20]);
  }
}
