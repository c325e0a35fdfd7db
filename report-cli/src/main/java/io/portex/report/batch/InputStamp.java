package io.portex.report.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a case's inputs were: every file's relative path, size and modification time. Equal stamps
 * mean the case need not be analyzed again.
 */
final class InputStamp {

  private InputStamp() {}

  static String of(Path input) throws IOException {
    List<String> lines = new ArrayList<>();
    if (Files.isDirectory(input)) {
      try (Stream<Path> files = Files.walk(input)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          lines.add(line(input.relativize(file).toString(), file));
        }
      }
    } else {
      lines.add(line(input.getFileName().toString(), input));
    }
    return String.join("\n", lines) + "\n";
  }

  private static String line(String name, Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return name + "\t" + attributes.size() + "\t" + attributes.lastModifiedTime().toMillis();
  }
}
