package io.portex.core.model;

/** Where the time of a snapshot came from, strongest first. */
public enum TimeSource {
  /** A timestamp written in the file, next to the data. */
  CONTENT,
  /** A timestamp in the file or archive entry name. */
  FILE_NAME,
  /**
   * A time of day in the file name, its date borrowed from other dated evidence of the same host.
   */
  FILE_NAME_BORROWED_DATE,
  /**
   * A time of day in the file name, its date guessed from the file's modification time: no other
   * evidence of the host gives one.
   */
  FILE_NAME_GUESSED_DATE,
  /** The file's modification time: weak, it may be the time of a copy. */
  FILE_MTIME,
  /** No time could be found; the snapshot keeps its place in the input order. */
  NONE
}
