package io.portex.core.model;

/** Where the time of a snapshot came from, strongest first. */
public enum TimeSource {
  /** A timestamp written in the file, next to the data. */
  CONTENT,
  /** A timestamp in the file or archive entry name. */
  FILE_NAME,
  /** The file's modification time: weak, it may be the time of a copy. */
  FILE_MTIME,
  /** No time could be found; the snapshot keeps its place in the input order. */
  NONE
}
