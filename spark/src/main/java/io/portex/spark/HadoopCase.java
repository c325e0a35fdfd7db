package io.portex.spark;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.source.InputFile;
import io.portex.report.batch.CaseSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A case in a Hadoop file system: a folder, listed recursively here (in the task, so that listing
 * is spread over the cluster), or a {@code .zip}. Its files are streamed from the file system
 * through {@link InputFile#of(String, long, Instant, InputFile.Opener)}; only a zip is copied, to a
 * bounded temporary file, because it needs random access (see {@link
 * Analyzer#analyzeInputs(List)}).
 */
final class HadoopCase implements CaseSource {

  private final FileSystem fs;
  private final Path root;
  private List<FileStatus> listing;

  HadoopCase(FileSystem fs, Path root) {
    this.fs = fs;
    this.root = root;
  }

  @Override
  public String name() {
    return root.getName();
  }

  @Override
  public List<StampedFile> files() throws IOException {
    List<StampedFile> files = new ArrayList<>();
    for (FileStatus status : listing()) {
      files.add(
          new StampedFile(shownName(status), status.getLen(), modified(status).toEpochMilli()));
    }
    return files;
  }

  /**
   * A file's name relative to the case, as {@link io.portex.core.bundle.InputNames} names the files
   * of a folder or a zip given to {@code portex analyze}: a folder's files by their path in it, a
   * zip by its own name.
   */
  private String shownName(FileStatus status) {
    String prefix = root.toUri().getPath() + "/";
    String path = status.getPath().toUri().getPath();
    return path.startsWith(prefix) ? path.substring(prefix.length()) : name();
  }

  @Override
  public Analysis analyze(Analyzer analyzer) throws IOException {
    List<InputFile> inputs = new ArrayList<>();
    for (FileStatus status : listing()) {
      inputs.add(
          InputFile.of(
              shownName(status),
              status.getLen(),
              modified(status),
              () -> fs.open(status.getPath())));
    }
    return analyzer.analyzeInputs(inputs);
  }

  /** The case's files, sorted by path; listed once. */
  private List<FileStatus> listing() throws IOException {
    if (listing == null) {
      List<FileStatus> found = new ArrayList<>();
      FileStatus status = fs.getFileStatus(root);
      if (status.isDirectory()) {
        walk(root, found);
        found.sort(Comparator.comparing(file -> file.getPath().toUri().getPath()));
      } else {
        found.add(status);
      }
      listing = found;
    }
    return listing;
  }

  /**
   * Lists a folder's files, its subfolders' too. Plain listings, not {@code listFiles}: its block
   * locations cost the local file system a process per file, and portex needs none.
   */
  private void walk(Path folder, List<FileStatus> found) throws IOException {
    for (FileStatus status : fs.listStatus(folder)) {
      if (status.isDirectory()) {
        walk(status.getPath(), found);
      } else if (status.isFile()) {
        found.add(status);
      }
    }
  }

  /**
   * When a file was last changed. Hadoop counts milliseconds; on the local disk the file system's
   * own time is taken, as {@code portex analyze} takes it (a snapshot timed by its file says so).
   */
  private static Instant modified(FileStatus status) throws IOException {
    if (Locations.isLocal(status.getPath())) {
      return Files.getLastModifiedTime(Paths.get(status.getPath().toUri())).toInstant();
    }
    return Instant.ofEpochMilli(status.getModificationTime());
  }
}
