package io.portex.spark;

import io.portex.report.batch.LocalFolder;
import io.portex.report.batch.OutputFolder;
import java.io.IOException;
import java.nio.file.Paths;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/** How the job names and opens places in Hadoop's file systems. */
final class Locations {

  private Locations() {}

  /**
   * The file system of a path. On the local disk, the raw one: Hadoop's default local file system
   * would write a {@code .crc} file beside every output and hide such files among the inputs.
   */
  static FileSystem fileSystem(Path path, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
  }

  /**
   * Where outputs under a path go. On the local disk through the JDK: Hadoop's local file system,
   * without its native library, starts a {@code chmod} process for every file and folder it creates
   * (four or more per case).
   */
  static OutputFolder outputFolder(Path path, Configuration conf) throws IOException {
    if (isLocal(path)) {
      return new LocalFolder(Paths.get(path.toUri()));
    }
    return new HadoopFolder(fileSystem(path, conf), path);
  }

  /** A path with its file system's scheme (a relative one made absolute). */
  static Path qualified(Path path, Configuration conf) throws IOException {
    return fileSystem(path, conf).makeQualified(path);
  }

  static boolean isLocal(Path path) {
    return "file".equals(path.toUri().getScheme());
  }

  /**
   * A path as the outputs name it: a local one as {@code portex analyze} would name the same file
   * ({@code /cases/web01/netstat.txt}), any other with its scheme ({@code s3a://tickets/web01/…}).
   */
  static String display(Path path) {
    return isLocal(path) ? path.toUri().getPath() : path.toString();
  }
}
