package io.portex.core.format.pcap;

import java.io.IOException;
import java.io.InputStream;

/**
 * A window over a capture file: the reader asks for the next n bytes and reads them in place from
 * one buffer, which is refilled (moving what is left to the front) as the reader goes. Memory is
 * the buffer, whatever the size of the file.
 */
final class CaptureStream {

  /** The largest run of bytes the reader may ask for at once. */
  static final int CAPACITY = 1 << 20;

  private final InputStream in;
  private final byte[] buffer = new byte[CAPACITY];
  private int position;
  private int limit;
  private long bufferOffset;
  private boolean end;

  CaptureStream(InputStream in) {
    this.in = in;
  }

  byte[] buffer() {
    return buffer;
  }

  /** Where the next byte lies in {@link #buffer()}. */
  int position() {
    return position;
  }

  /** The file offset of the next byte. */
  long offset() {
    return bufferOffset + position;
  }

  /**
   * Makes up to {@code n} bytes (at most {@link #CAPACITY}) available from {@link #position()};
   * returns how many are, fewer only at the end of the file.
   */
  int request(int n) throws IOException {
    if (limit - position >= n) {
      return n;
    }
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      bufferOffset += position;
      limit -= position;
      position = 0;
    }
    while (limit < n && !end) {
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        end = true;
      } else {
        limit += read;
      }
    }
    return Math.min(n, limit - position);
  }

  /** Bytes available now without reading. */
  int available() {
    return limit - position;
  }

  void advance(int n) {
    position += n;
  }

  /** Skips {@code n} bytes; returns how many were there. */
  long skip(long n) throws IOException {
    long inBuffer = Math.min(n, limit - position);
    position += (int) inBuffer;
    long skipped = inBuffer;
    while (skipped < n && !end) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (read < 0) {
        end = true;
        break;
      }
      bufferOffset += limit;
      position = 0;
      limit = 0;
      bufferOffset += read;
      skipped += read;
    }
    return skipped;
  }

  /** True when the file has been read to its end and at most {@code window} bytes are left. */
  boolean atEndWithin(int window) {
    return end && limit - position <= window;
  }

  /** True when no byte is left. */
  boolean atEnd() throws IOException {
    return request(1) == 0;
  }
}
