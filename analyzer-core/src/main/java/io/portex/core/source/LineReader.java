package io.portex.core.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads text line by line with line numbers, for LF, CRLF and CR line ends. A line longer than the
 * cap is cut to the cap and the rest of it is skipped without being held in memory; {@link
 * #wasCut()} tells. Undecodable bytes become U+FFFD. Not thread-safe.
 */
public abstract class LineReader implements Closeable {

  private long lineNumber;
  private boolean cut;
  private boolean terminated;

  /** Next unread position in the subclass's buffer, and the end of what it holds. */
  int position;

  int limit;
  boolean skipLineFeed;
  private boolean eof;

  LineReader() {}

  /**
   * Lines of a byte stream in a charset (any byte-order mark already skipped). Charsets in which
   * the byte 0x0A only ever means a line feed (all but UTF-16 and UTF-32) are split in bytes,
   * without decoding all of the text first.
   *
   * @param maxLineLength longest line kept, in characters (in bytes for byte-split charsets)
   */
  public static LineReader of(InputStream in, Charset charset, int maxLineLength) {
    String name = charset.name();
    if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
      return of(new InputStreamReader(in, Decoding.replacing(charset)), maxLineLength);
    }
    return new ByteLineReader(in, charset, maxLineLength);
  }

  /** Lines of decoded text. */
  public static LineReader of(Reader in, int maxLineLength) {
    return new CharLineReader(in, maxLineLength);
  }

  /** The next line without its line end, or null at the end of the text. */
  public abstract String next() throws IOException;

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

  /** Reads the next chunk into the subclass's buffer from 0; -1 at the end. */
  abstract int readChunk() throws IOException;

  /** Refills the buffer; false at the end of the text. */
  final boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int read = readChunk();
    while (read == 0) {
      read = readChunk();
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

  /** Records what the line about to be returned was like. */
  final void returning(boolean wasCut, boolean wasTerminated) {
    lineNumber++;
    cut = wasCut;
    terminated = wasTerminated;
  }

  /** Splits bytes on line ends and decodes each line on its own. */
  private static final class ByteLineReader extends LineReader {
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final Charset charset;
    private final boolean utf8;
    private final int maxLineLength;
    private final byte[] buffer = new byte[BUFFER];

    ByteLineReader(InputStream in, Charset charset, int maxLineLength) {
      this.in = in;
      this.charset = charset;
      this.utf8 = charset.equals(StandardCharsets.UTF_8);
      this.maxLineLength = maxLineLength;
    }

    @Override
    public String next() throws IOException {
      byte[] longLine = null;
      int longLength = 0;
      boolean cut = false;
      while (true) {
        if (position >= limit && !fill()) {
          if (longLine == null) {
            return null;
          }
          returning(cut, false);
          return decode(longLine, 0, longLength, false);
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
        int bits = 0;
        byte[] bytes = buffer;
        int stop = limit;
        while (end < stop) {
          byte b = bytes[end];
          if (b == '\n' || b == '\r') {
            break;
          }
          bits |= b;
          end++;
        }
        if (end < stop) {
          position = end + 1;
          skipLineFeed = bytes[end] == '\r';
          if (longLine == null) {
            int length = end - start;
            boolean tooLong = length > maxLineLength;
            returning(tooLong, true);
            return decode(bytes, start, tooLong ? maxLineLength : length, bits >= 0);
          }
          int room = Math.min(end - start, maxLineLength - longLength);
          cut |= end - start > room;
          System.arraycopy(bytes, start, longLine, longLength, room);
          returning(cut, true);
          return decode(longLine, 0, longLength + room, false);
        }
        if (longLine == null) {
          longLine = new byte[maxLineLength];
        }
        int room = Math.min(end - start, maxLineLength - longLength);
        cut |= end - start > room;
        System.arraycopy(bytes, start, longLine, longLength, room);
        longLength += room;
        position = limit;
      }
    }

    private String decode(byte[] bytes, int start, int length, boolean ascii) {
      if (ascii && !utf8) {
        // every charset read this way is ASCII-compatible: Latin-1 is the fastest exact copy
        return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
      }
      return new String(bytes, start, length, charset);
    }

    @Override
    int readChunk() throws IOException {
      return in.read(buffer, 0, buffer.length);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Splits decoded characters on line ends. */
  private static final class CharLineReader extends LineReader {
    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final int maxLineLength;
    private final char[] buffer = new char[BUFFER];

    CharLineReader(Reader in, int maxLineLength) {
      this.in = in;
      this.maxLineLength = maxLineLength;
    }

    @Override
    public String next() throws IOException {
      StringBuilder longLine = null;
      boolean cut = false;
      while (true) {
        if (position >= limit && !fill()) {
          if (longLine == null) {
            return null;
          }
          returning(cut, false);
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
          if (longLine == null) {
            int length = end - start;
            returning(length > maxLineLength, true);
            return new String(buffer, start, Math.min(length, maxLineLength));
          }
          cut |= append(longLine, start, end);
          returning(cut, true);
          return longLine.toString();
        }
        if (longLine == null) {
          longLine = new StringBuilder(Math.min(maxLineLength, 256 + end - start));
        }
        cut |= append(longLine, start, end);
        position = limit;
      }
    }

    /** Appends up to the cap; true when something did not fit. */
    private boolean append(StringBuilder line, int start, int end) {
      int room = maxLineLength - line.length();
      line.append(buffer, start, Math.min(end - start, Math.max(0, room)));
      return end - start > room;
    }

    @Override
    int readChunk() throws IOException {
      return in.read(buffer, 0, buffer.length);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
