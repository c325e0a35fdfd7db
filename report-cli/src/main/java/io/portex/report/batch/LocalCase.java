package io.portex.report.batch;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A case on the local disk: a folder or a {@code .zip}. */
record LocalCase(Path path) implements CaseSource {

  @Override
  public String name() {
    return path.getFileName().toString();
  }

  @Override
  public List<StampedFile> files() throws IOException {
    List<StampedFile> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          files.add(stamped(path.relativize(file).toString(), file));
        }
      }
    } else {
      files.add(stamped(name(), path));
    }
    return files;
  }

  private static StampedFile stamped(String name, Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return new StampedFile(name, attributes.size(), attributes.lastModifiedTime().toMillis());
  }

  @Override
  public Analysis analyze(Analyzer analyzer) {
    return analyzer.analyze(List.of(path));
  }
}
