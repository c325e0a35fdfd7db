package io.portex.spark;

import io.portex.report.batch.OutputFolder;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** An {@link OutputFolder} in a Hadoop file system: HDFS, S3A, ABFS, the local disk. */
final class HadoopFolder implements OutputFolder {

  private final FileSystem fs;
  private final Path path;

  HadoopFolder(FileSystem fs, Path path) {
    this.fs = fs;
    this.path = path;
  }

  @Override
  public OutputFolder folder(String name) {
    return new HadoopFolder(fs, new Path(path, name));
  }

  @Override
  public OutputStream create(String name) throws IOException {
    return fs.create(new Path(path, name), true);
  }

  @Override
  public boolean exists(String name) throws IOException {
    return fs.exists(new Path(path, name));
  }

  @Override
  public Optional<InputStream> open(String name) throws IOException {
    try {
      return Optional.of(fs.open(new Path(path, name)));
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
  }
}
