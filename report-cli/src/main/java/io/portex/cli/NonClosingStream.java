package io.portex.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Bytes written through to a {@link PrintWriter} as UTF-8 text; closing it leaves the writer open.
 */
final class NonClosingStream extends OutputStream {

  private final PrintWriter writer;
  private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

  NonClosingStream(PrintWriter writer) {
    this.writer = writer;
  }

  @Override
  public void write(int b) {
    pending.write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    pending.write(b, off, len);
  }

  @Override
  public void flush() {
    writer.write(new String(pending.toByteArray(), StandardCharsets.UTF_8));
    pending.reset();
    writer.flush();
  }

  @Override
  public void close() {
    flush();
  }
}
