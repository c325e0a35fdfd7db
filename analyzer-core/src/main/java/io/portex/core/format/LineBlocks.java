package io.portex.core.format;

import io.portex.core.source.LineReader;
import io.portex.core.source.OrderedWork;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The lines of one big text read on several threads: the bytes are cut into blocks that end at a
 * line feed, each block is split into lines and each line mapped (a row parsed, say) on a worker
 * thread, and the lines are handed over in order with their numbers, as {@link
 * ReadContext#forEachLine} would hand them over. Only for charsets in which the byte 0x0A only ever
 * means a line feed, where a block that ends after one starts a line in any reading. A line that
 * does not end within a block (a single line of megabytes) ends the parallel reading: from that
 * line on, the rest is read on the calling thread, so the lines stay the same.
 *
 * @param <T> what a line is mapped to
 */
final class LineBlocks<T> {

  /** Bytes per block. */
  static final int BLOCK = 1 << 20;

  private final Charset charset;
  private final int maxLineLength;
  private final Supplier<Function<String, T>> mappers;
  private final ThreadLocal<Function<String, T>> mapper;

  /** One line of a block, mapped; {@code mapped} is null for a cut line. */
  private record Line<T>(String text, boolean terminated, boolean cut, T mapped) {}

  LineBlocks(Charset charset, int maxLineLength, Supplier<Function<String, T>> mappers) {
    this.charset = charset;
    this.maxLineLength = maxLineLength;
    this.mappers = mappers;
    this.mapper = ThreadLocal.withInitial(mappers);
  }

  /** Whether the lines of a text in this charset can be split in blocks of bytes. */
  static boolean canSplit(Charset charset) {
    String name = charset.name();
    return !name.startsWith("UTF-16") && !name.startsWith("UTF-32");
  }

  /**
   * Reads {@code in} to its end, handing each line over in order.
   *
   * @param longLine told of a line longer than the cap, with its number and its cut text
   */
  void read(
      InputStream in,
      int threads,
      ReadContext.MappedLineHandler<T> handler,
      ReadContext.LongLineHandler longLine)
      throws IOException {
    long[] lines = {0};
    try (OrderedWork<List<Line<T>>> work =
        new OrderedWork<>(
            threads,
            "portex-lines",
            block -> {
              for (Line<T> line : block) {
                long number = ++lines[0];
                if (line.cut()) {
                  longLine.line(line.text(), number);
                } else {
                  handler.line(line.text(), number, line.terminated(), line.mapped());
                }
              }
            })) {
      byte[] carry = new byte[0];
      while (true) {
        byte[] block = new byte[BLOCK];
        System.arraycopy(carry, 0, block, 0, carry.length);
        int filled = carry.length + in.readNBytes(block, carry.length, BLOCK - carry.length);
        if (filled < BLOCK) {
          work.submit(split(block, filled));
          break;
        }
        int end = lastLineFeed(block, filled);
        if (end < 0) {
          // a line longer than a block: the rest is read from here on this thread
          work.finish();
          InputStream rest =
              new SequenceInputStream(new ByteArrayInputStream(block, 0, filled), in);
          rest(LineReader.of(rest, charset, maxLineLength), lines[0], handler, longLine);
          return;
        }
        carry = new byte[filled - end];
        System.arraycopy(block, end, carry, 0, carry.length);
        work.submit(split(block, end));
      }
      work.finish();
    } finally {
      mapper.remove();
    }
  }

  private Callable<List<Line<T>>> split(byte[] block, int length) {
    return () -> {
      Function<String, T> map = mapper.get();
      List<Line<T>> lines = new ArrayList<>(length / 64);
      try (LineReader reader =
          LineReader.of(new ByteArrayInputStream(block, 0, length), charset, maxLineLength)) {
        String text;
        while ((text = reader.next()) != null) {
          boolean cut = reader.wasCut();
          lines.add(new Line<>(text, reader.wasTerminated(), cut, cut ? null : map.apply(text)));
        }
      }
      return lines;
    };
  }

  private void rest(
      LineReader reader,
      long before,
      ReadContext.MappedLineHandler<T> handler,
      ReadContext.LongLineHandler longLine)
      throws IOException {
    Function<String, T> map = mappers.get();
    try (reader) {
      String text;
      while ((text = reader.next()) != null) {
        long number = before + reader.lineNumber();
        if (reader.wasCut()) {
          longLine.line(text, number);
        } else {
          handler.line(text, number, reader.wasTerminated(), map.apply(text));
        }
      }
    }
  }

  /** The offset just after the last line feed, or -1 when there is none. */
  private static int lastLineFeed(byte[] bytes, int length) {
    for (int i = length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i + 1;
      }
    }
    return -1;
  }
}
