package io.portex.core.format;

import io.portex.core.source.OrderedWork;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One big text cut into blocks of whole lines (each ends after a line feed), scanned in their raw
 * bytes on several threads and handed back in file order ({@link OrderedWork}): what lets one file
 * use every core. For charsets in which the byte 0x0A is only ever a line feed and the ASCII bytes
 * are themselves, and for UTF-16 (cut after a line feed's two bytes, at an even offset), whose
 * blocks the scanner decodes itself. A few buffers circulate; a block's bytes are not kept past its
 * scan.
 *
 * <p>A line that does not fit a block makes the block larger, up to a few times the line cap; a
 * line longer still (or text without line feeds) is read from there on one line at a time on the
 * reading thread, as {@link ReadContext#forEachLine} reads it.
 */
public final class LineBlocks {

  /** What a block's scan gives: the lines it held, in a form of the format's own. */
  public interface Scanned {
    /** Lines in the block, the last one counted even when it ends with the text. */
    int lines();
  }

  private final int blockSize;
  private final int threads;
  private final int maxLineLength;

  /**
   * The most threads one text is scanned on. A scanned block is held as objects until the reading
   * thread takes it (two per thread may wait), up to ~30 times its bytes for a block of one-letter
   * lines or fields; and the reading thread, which merges the blocks in order, keeps up with about
   * as many scanners. So the memory a text takes stays bounded on any number of cores.
   */
  static final int MAX_THREADS = 4;

  /** Where the 0x0A of a line feed sits in its two UTF-16 bytes; -1 when it is one byte. */
  private final int lineFeedAt;

  private final ConcurrentLinkedQueue<byte[]> spare = new ConcurrentLinkedQueue<>();

  LineBlocks(int blockSize, int threads, int maxLineLength, Charset charset) {
    if (!cutsAtLineFeeds(charset)) {
      throw new IllegalArgumentException("no line feed to cut " + charset + " at");
    }
    this.blockSize = Math.max(2, blockSize & ~1); // even: a UTF-16 block ends between characters
    this.threads = Math.min(threads, MAX_THREADS);
    this.maxLineLength = maxLineLength;
    this.lineFeedAt =
        charset.equals(StandardCharsets.UTF_16LE)
            ? 0
            : charset.equals(StandardCharsets.UTF_16BE) ? 1 : -1;
  }

  /**
   * True when a text in {@code charset} can be cut into blocks of whole lines: one that {@link
   * #readsInBytes}, or UTF-16 of either byte order.
   */
  static boolean cutsAtLineFeeds(Charset charset) {
    return isUtf16(charset) || readsInBytes(charset);
  }

  /** UTF-16 in a known byte order: the bytes of a block have to be decoded before they are read. */
  public static boolean isUtf16(Charset charset) {
    return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
  }

  /**
   * True when {@code charset} can be cut into lines and rows found in its raw bytes: every ASCII
   * byte decodes to its own character.
   */
  static boolean readsInBytes(Charset charset) {
    String name = charset.name();
    if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
      return false;
    }
    byte[] ascii = new byte[0x80];
    for (int i = 0; i < ascii.length; i++) {
      ascii[i] = (byte) i;
    }
    try {
      return new String(ascii, charset).equals(new String(ascii, StandardCharsets.ISO_8859_1));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Reads {@code in} to its end.
   *
   * @param scanner what a worker makes of the bytes {@code from..to} of a block (valid only during
   *     the call; {@code last} for the block that ends with the text)
   * @param handler what receives each scan, in order, on this thread, with the number of the
   *     block's first line
   * @param rest what reads the text from {@code firstLine} on, line by line, when a line is too
   *     long for a block
   */
  <R extends Scanned> void read(InputStream in, Scanner<R> scanner, Handler<R> handler, Rest rest)
      throws IOException {
    long[] nextLine = {1};
    try (OrderedWork<R> work =
        new OrderedWork<>(
            threads,
            "portex-lines",
            scanned -> {
              handler.block(scanned, nextLine[0]);
              nextLine[0] += scanned.lines();
            })) {
      byte[] buffer = buffer();
      int length = 0;
      int cap = Math.max(blockSize, 4 * maxLineLength + 4);
      while (true) {
        int read = in.readNBytes(buffer, length, buffer.length - length);
        length += read;
        if (length < buffer.length) {
          if (length > 0) {
            submit(work, scanner, buffer, length, true);
          }
          work.finish();
          return;
        }
        int cut = lastLineEnd(buffer, length);
        if (cut == 0) {
          if (buffer.length >= cap) {
            work.finish();
            rest.read(
                new SequenceInputStream(new ByteArrayInputStream(buffer, 0, length), in),
                nextLine[0]);
            return;
          }
          buffer = Arrays.copyOf(buffer, Math.min(cap, buffer.length * 2));
          continue;
        }
        byte[] next = buffer();
        int carried = length - cut;
        if (carried > next.length) {
          next = new byte[Math.max(blockSize, Integer.highestOneBit(carried) * 2)];
        }
        System.arraycopy(buffer, cut, next, 0, carried);
        submit(work, scanner, buffer, cut, false);
        buffer = next;
        length = carried;
      }
    }
  }

  /** Where the last line feed of {@code buffer[0..length]} ends, 0 when there is none. */
  private int lastLineEnd(byte[] buffer, int length) {
    if (lineFeedAt < 0) {
      int cut = length;
      while (cut > 0 && buffer[cut - 1] != '\n') {
        cut--;
      }
      return cut;
    }
    for (int at = (length & ~1) - 2; at >= 0; at -= 2) {
      if (buffer[at + lineFeedAt] == '\n' && buffer[at + 1 - lineFeedAt] == 0) {
        return at + 2;
      }
    }
    return 0;
  }

  private <R extends Scanned> void submit(
      OrderedWork<R> work, Scanner<R> scanner, byte[] bytes, int length, boolean last)
      throws IOException {
    work.submit(
        () -> {
          R scanned = scanner.scan(bytes, 0, length, last);
          if (bytes.length == blockSize) {
            spare.offer(bytes);
          }
          return scanned;
        });
  }

  private byte[] buffer() {
    byte[] buffer = spare.poll();
    return buffer != null ? buffer : new byte[blockSize];
  }

  /** Scans one block on a worker. */
  @FunctionalInterface
  public interface Scanner<R> {
    R scan(byte[] bytes, int from, int to, boolean last);
  }

  /** Receives a block's scan on the reading thread. */
  @FunctionalInterface
  public interface Handler<R> {
    void block(R scanned, long firstLine) throws IOException;
  }

  /** Reads the rest of the text line by line. */
  @FunctionalInterface
  interface Rest {
    void read(InputStream rest, long firstLine) throws IOException;
  }
}
