package io.portex.core.bundle;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The inflated bytes of a deflated entry. Raw deflate needs one byte past the data to finish (as
 * {@link java.util.zip.ZipFile} gives it); the inflater is released on close.
 */
final class EntryInflater extends InflaterInputStream {

  private boolean padded;
  private boolean closed;

  EntryInflater(InputStream compressed) {
    super(compressed, new Inflater(true), 1 << 14);
  }

  /** Compressed bytes consumed so far. */
  long compressedRead() {
    return inf.getBytesRead();
  }

  @Override
  protected void fill() throws IOException {
    len = in.read(buf, 0, buf.length);
    if (len < 0) {
      if (padded) {
        throw new EOFException("entry data ends before its deflate stream (archive cut short?)");
      }
      padded = true;
      buf[0] = 0;
      len = 1;
    }
    inf.setInput(buf, 0, len);
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      inf.end();
      in.close();
    }
  }
}
