package io.portex.core.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line with line numbers, for LF, CRLF and CR line ends. A line longer than the
 * cap is cut to the cap and the rest of it is skipped without being held in memory; {@link
 * #wasCut()} tells. Not thread-safe.
 */
public final class LineReader implements Closeable {

  private static final int BUFFER = 1 << 16;

  private final Reader in;
  private final int maxLineLength;
  private final char[] buffer = new char[BUFFER];
  private int position;
  private int limit;
  private boolean eof;
  private long lineNumber;
  private boolean cut;
  private boolean terminated;
  private boolean skipLineFeed;

  /**
   * @param in the text, with any byte-order mark already skipped
   * @param maxLineLength longest line kept, in characters
   */
  public LineReader(Reader in, int maxLineLength) {
    this.in = in;
    this.maxLineLength = maxLineLength;
  }

  /** The next line without its line end, or null at the end of the text. */
  public String next() throws IOException {
    cut = false;
    StringBuilder longLine = null;
    while (true) {
      if (position >= limit && !fill()) {
        terminated = false;
        if (longLine == null) {
          return null;
        }
        lineNumber++;
        return longLine.toString();
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      int start = position;
      int end = start;
      while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
        end++;
      }
      if (end < limit) {
        position = end + 1;
        skipLineFeed = buffer[end] == '\r';
        terminated = true;
        lineNumber++;
        if (longLine == null) {
          return end - start <= maxLineLength
              ? new String(buffer, start, end - start)
              : cutAt(start);
        }
        append(longLine, start, end);
        return longLine.toString();
      }
      if (longLine == null) {
        longLine = new StringBuilder(Math.min(maxLineLength, 256 + end - start));
      }
      append(longLine, start, end);
      position = limit;
    }
  }

  private String cutAt(int start) {
    cut = true;
    return new String(buffer, start, maxLineLength);
  }

  private void append(StringBuilder line, int start, int end) {
    int room = maxLineLength - line.length();
    if (end - start > room) {
      cut = true;
    }
    line.append(buffer, start, Math.min(end - start, Math.max(0, room)));
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int read = in.read(buffer, 0, buffer.length);
    while (read == 0) {
      read = in.read(buffer, 0, buffer.length);
    }
    if (read < 0) {
      eof = true;
      position = limit = 0;
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }

  /** The number of the line {@link #next()} returned last, 1-based. */
  public long lineNumber() {
    return lineNumber;
  }

  /** True when the last line returned was longer than the cap and was cut. */
  public boolean wasCut() {
    return cut;
  }

  /** False when the last line returned ended with the text instead of a line end. */
  public boolean wasTerminated() {
    return terminated;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
