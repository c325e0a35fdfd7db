package io.portex.report.batch;

import io.portex.core.Analyzer;
import io.portex.core.bundle.FolderWalk;
import io.portex.core.bundle.Skipped;
import io.portex.report.PortexVersion;
import io.portex.report.html.HtmlReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * What a case's result came from: the portex version and the analyzer's settings, then every input
 * file's relative path, size and modification time. Equal stamps mean the case need not be analyzed
 * again; new thresholds, another zone or another version of portex all analyze it anew.
 */
final class InputStamp {

  private InputStamp() {}

  static String of(Path input, Analyzer analyzer, HtmlReport report) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("portex " + PortexVersion.build());
    lines.add(analyzer.toString());
    lines.add(report.toString());
    if (Files.isDirectory(input)) {
      // the files the analysis reads, walked as it walks them: links named with their targets
      FolderWalk walk = FolderWalk.of(input);
      for (Path file : walk.files().stream().sorted().toList()) {
        lines.add(line(input.relativize(file).toString(), file));
      }
      for (Skipped skipped : walk.skipped()) {
        lines.add(skipped.name() + "\t" + skipped.code() + "\t" + skipped.message());
      }
    } else {
      lines.add(line(input.getFileName().toString(), input));
    }
    return String.join("\n", lines) + "\n";
  }

  private static String line(String name, Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return name + "\t" + attributes.size() + "\t" + attributes.lastModifiedTime().toMillis();
    } catch (IOException e) {
      return name + "\tunreadable";
    }
  }
}
