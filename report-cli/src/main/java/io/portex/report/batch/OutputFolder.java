package io.portex.report.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Where a batch writes: a folder on disk for {@code portex batch}, a prefix in a distributed file
 * system or an object store for the Spark job. Names are relative and use {@code /}.
 */
public interface OutputFolder {

  /** A folder inside this one (created when something is written into it). */
  OutputFolder folder(String name);

  /** Creates or replaces a file, creating the folders it needs. */
  OutputStream create(String name) throws IOException;

  /** Whether there is such a file. */
  boolean exists(String name) throws IOException;

  /** The content of a file, or empty when there is no such file. */
  Optional<InputStream> open(String name) throws IOException;
}
