package io.portex.core.model;

/**
 * Where in an input a piece of evidence was read: the file as the user named it and a line range.
 *
 * @param file input path as given (an archive entry is {@code archive.zip!/dir/file.txt})
 * @param firstLine first line, 1-based
 * @param lastLine last line, inclusive
 */
public record SourceRange(String file, long firstLine, long lastLine) {

  @Override
  public String toString() {
    return file + ":" + firstLine + (lastLine != firstLine ? "-" + lastLine : "");
  }
}
