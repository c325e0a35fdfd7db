package io.portex.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Get-NetTCPConnection export generated into a fresh temporary directory for a benchmark trial,
 * and deleted with it.
 */
final class GeneratedNetTcpExport {

  private final Path directory;
  private final Path file;
  private final DumpStats stats;

  private GeneratedNetTcpExport(Path directory, Path file, DumpStats stats) {
    this.directory = directory;
    this.file = file;
    this.stats = stats;
  }

  /** Generates an export of {@code rows} connections. */
  static GeneratedNetTcpExport create(long rows) throws IOException {
    Path directory = Files.createTempDirectory("portex-bench-");
    Path file = directory.resolve("nettcp-export.csv");
    DumpStats stats =
        new NetTcpExportGenerator(rows, NetTcpExportGenerator.DEFAULT_SEED).write(file);
    return new GeneratedNetTcpExport(directory, file, stats);
  }

  Path file() {
    return file;
  }

  DumpStats stats() {
    return stats;
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
