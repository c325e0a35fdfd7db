package io.portex.report.batch;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import java.io.IOException;
import java.util.List;

/**
 * Where one case's inputs are: a folder or {@code .zip} on disk for {@code portex batch}, a folder
 * or archive in a distributed file system for the Spark job.
 */
public interface CaseSource {

  /** The case's name: its folder or archive name, which names its output folder too. */
  String name();

  /**
   * Every file of the case, for its input stamp: a folder's files (path relative to the folder,
   * sorted), or the archive alone.
   */
  List<StampedFile> files() throws IOException;

  /** Reads the case as one ticket. */
  Analysis analyze(Analyzer analyzer) throws IOException;

  /**
   * One file of a case as its stamp records it.
   *
   * @param name the path relative to the case, or the archive's name
   * @param size bytes
   * @param modifiedMillis modification time, milliseconds since the epoch
   */
  record StampedFile(String name, long size, long modifiedMillis) {}
}
