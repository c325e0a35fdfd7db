package io.portex.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A capture generated into a fresh temporary directory for a benchmark trial, and deleted with it.
 */
final class GeneratedInput {

  private final Path directory;
  private final Path file;
  private final DumpStats stats;

  private GeneratedInput(Path directory, Path file, DumpStats stats) {
    this.directory = directory;
    this.file = file;
    this.stats = stats;
  }

  /** Generates a capture of about {@code lines} lines. */
  static GeneratedInput create(long lines) throws IOException {
    Path directory = Files.createTempDirectory("portex-bench-");
    Path file = directory.resolve("netstat-loop.txt");
    DumpStats stats = NetstatDumpGenerator.builder().lines(lines).build().write(file);
    return new GeneratedInput(directory, file, stats);
  }

  Path directory() {
    return directory;
  }

  Path file() {
    return file;
  }

  DumpStats stats() {
    return stats;
  }

  /** Deletes the directory and everything in it. */
  void delete() {
    try (Stream<Path> files = Files.list(directory)) {
      for (Path path : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(path);
      }
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
