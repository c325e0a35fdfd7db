package io.portex.bench;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A buffered ASCII line writer that counts what it writes. Rows are assembled in place, padded to
 * the columns of {@code netstat}, so writing a gigabyte allocates almost nothing. Not thread-safe.
 */
final class AsciiOut {

  private static final byte[] CRLF = {'\r', '\n'};

  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 16];
  private int length;
  private int lineStart;
  private long flushedBytes;
  private long lines;

  AsciiOut(OutputStream out) {
    this.out = out;
  }

  /** Appends ASCII text. */
  AsciiOut text(String text) {
    int n = text.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buffer[length++] = (byte) text.charAt(i);
    }
    return this;
  }

  /** Appends a non-negative number in decimal. */
  AsciiOut number(int value) {
    ensure(10);
    if (value == 0) {
      buffer[length++] = '0';
      return this;
    }
    int digits = 0;
    for (int v = value; v > 0; v /= 10) {
      digits++;
    }
    int end = length + digits;
    for (int i = end - 1, v = value; i >= length; i--, v /= 10) {
      buffer[i] = (byte) ('0' + v % 10);
    }
    length = end;
    return this;
  }

  /** Appends blanks until the current line is {@code column} characters long (none if it is). */
  AsciiOut padTo(int column) {
    int missing = column - (length - lineStart);
    if (missing > 0) {
      ensure(missing);
      for (int i = 0; i < missing; i++) {
        buffer[length++] = ' ';
      }
    }
    return this;
  }

  /** The length of the current line so far. */
  int column() {
    return length - lineStart;
  }

  /** Ends the current line with CRLF. */
  AsciiOut endLine() throws IOException {
    ensure(CRLF.length);
    buffer[length++] = CRLF[0];
    buffer[length++] = CRLF[1];
    lines++;
    if (length > buffer.length - 512) {
      flush();
    }
    lineStart = length;
    return this;
  }

  /** Lines ended so far. */
  long lines() {
    return lines;
  }

  /** Bytes written so far, including those still buffered. */
  long bytes() {
    return flushedBytes + length;
  }

  void flush() throws IOException {
    out.write(buffer, 0, length);
    flushedBytes += length;
    lineStart -= length;
    length = 0;
  }

  private void ensure(int room) {
    if (length + room > buffer.length) {
      throw new IllegalStateException("line too long for the buffer");
    }
  }
}
