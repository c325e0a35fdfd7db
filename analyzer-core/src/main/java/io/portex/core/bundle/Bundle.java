package io.portex.core.bundle;

import io.portex.core.source.InputFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of one ticket: every file found in the paths given, folders walked and archives
 * opened, sorted by name; and what could not be read.
 *
 * <p>Archives stay open while their entries are read: close the bundle when done.
 */
public final class Bundle implements AutoCloseable {

  private final List<InputFile> files;
  private final List<Skipped> skipped;
  private final List<AutoCloseable> resources;

  Bundle(List<InputFile> files, List<Skipped> skipped, List<AutoCloseable> resources) {
    this.files = List.copyOf(files);
    this.skipped = List.copyOf(skipped);
    this.resources = new ArrayList<>(resources);
  }

  /** The inputs, each path's sorted by name. */
  public List<InputFile> files() {
    return files;
  }

  /** What was passed over, in the order met. */
  public List<Skipped> skipped() {
    return skipped;
  }

  /** Closes the archives; an error closing one does not keep the others open. */
  @Override
  public void close() {
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        // nothing was written; a failed close loses nothing
      }
    }
    resources.clear();
  }
}
