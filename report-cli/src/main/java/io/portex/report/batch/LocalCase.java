package io.portex.report.batch;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.bundle.FolderWalk;
import io.portex.core.bundle.Skipped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** A case on the local disk: a folder or a {@code .zip}. */
record LocalCase(Path path) implements CaseSource {

  @Override
  public String name() {
    return path.getFileName().toString();
  }

  /**
   * The files the analysis reads, walked as it walks them ({@link FolderWalk}: links named with
   * their targets, never followed out of the case), and what the walk passed over, so that a change
   * behind a link or a new unreadable folder analyzes the case again.
   */
  @Override
  public List<StampedFile> files() {
    List<StampedFile> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      FolderWalk walk = FolderWalk.of(path);
      for (Path file : walk.files().stream().sorted().toList()) {
        files.add(stamped(path.relativize(file).toString(), file));
      }
      for (Skipped skipped : walk.skipped()) {
        files.add(
            new StampedFile(
                skipped.name() + "\t" + skipped.code() + "\t" + skipped.message(), -1, -1));
      }
    } else {
      files.add(stamped(name(), path));
    }
    return files;
  }

  private static StampedFile stamped(String name, Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return new StampedFile(name, attributes.size(), attributes.lastModifiedTime().toMillis());
    } catch (IOException e) {
      return new StampedFile(name + "\tunreadable", -1, -1);
    }
  }

  @Override
  public Analysis analyze(Analyzer analyzer) {
    return analyzer.analyze(List.of(path));
  }
}
