package io.portex.core.bundle;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of one zip archive with random access: a file on disk, or an archive nested in another
 * copied once to a temporary file (deleted when closed) so that its entries are reached without
 * inflating the ones before them. Positional reads only: safe to share between threads.
 */
final class ArchiveSource implements AutoCloseable {

  private static final int COPY_BUFFER = 1 << 16;

  private final FileChannel channel;
  private final long size;

  private ArchiveSource(FileChannel channel) throws IOException {
    this.channel = channel;
    this.size = channel.size();
  }

  /** An archive on disk, opened for reading. */
  static ArchiveSource open(Path file) throws IOException {
    return new ArchiveSource(FileChannel.open(file, StandardOpenOption.READ));
  }

  /**
   * Copies an archive's bytes to a temporary file that goes away when the source is closed (or the
   * process ends). What is copied is read through {@code content}, which counts it.
   */
  static ArchiveSource copyOf(InputStream content) throws IOException {
    Path temp = Files.createTempFile("portex-nested-", ".zip");
    FileChannel channel;
    try {
      channel =
          FileChannel.open(
              temp,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              StandardOpenOption.DELETE_ON_CLOSE);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    try {
      byte[] buffer = new byte[COPY_BUFFER];
      int n;
      while ((n = content.read(buffer)) > 0) {
        ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
        while (chunk.hasRemaining()) {
          channel.write(chunk);
        }
      }
      return new ArchiveSource(channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  long size() {
    return size;
  }

  /** Reads exactly {@code length} bytes at {@code position}. */
  void readFully(long position, byte[] into, int offset, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(into, offset, length);
    long at = position;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, at);
      if (n < 0) {
        throw new EOFException("archive ends at byte " + at);
      }
      at += n;
    }
  }

  /**
   * Up to {@code length} bytes from {@code position}, as a stream; shorter at the archive's end.
   */
  InputStream stream(long position, long length) {
    return new Slice(position, Math.max(0, Math.min(length, size - position)));
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** A stretch of the archive, read with positional reads. */
  private final class Slice extends InputStream {
    private long position;
    private long remaining;

    Slice(long position, long length) {
      this.position = position;
      this.remaining = length;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int want = (int) Math.min(length, remaining);
      int n = channel.read(ByteBuffer.wrap(into, offset, want), position);
      if (n <= 0) {
        remaining = 0;
        return -1;
      }
      position += n;
      remaining -= n;
      return n;
    }

    @Override
    public long skip(long n) {
      long skipped = Math.max(0, Math.min(n, remaining));
      position += skipped;
      remaining -= skipped;
      return skipped;
    }

    @Override
    public int available() {
      return (int) Math.min(Integer.MAX_VALUE, remaining);
    }
  }
}
