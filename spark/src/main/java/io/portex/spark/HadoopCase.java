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
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

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
    String prefix = root.toUri().getPath() + "/";
    for (FileStatus status : listing()) {
      String path = status.getPath().toUri().getPath();
      String name = path.startsWith(prefix) ? path.substring(prefix.length()) : name();
      files.add(new StampedFile(name, status.getLen(), modified(status).toEpochMilli()));
    }
    return files;
  }

  @Override
  public Analysis analyze(Analyzer analyzer) throws IOException {
    List<InputFile> inputs = new ArrayList<>();
    for (FileStatus status : listing()) {
      inputs.add(
          InputFile.of(
              Locations.display(status.getPath()),
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
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
        while (files.hasNext()) {
          found.add(files.next());
        }
        found.sort(Comparator.comparing(file -> file.getPath().toUri().getPath()));
      } else {
        found.add(status);
      }
      listing = found;
    }
    return listing;
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
