package io.portex.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.source.LineReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Lines read in blocks on several threads are the lines {@link LineReader} reads through, with the
 * same numbers, line ends, cut lines and mappings, in the same order.
 */
class LineBlocksTest {

  private static final int MAX_LINE = 4096;

  /** A line as a reader hands it over: text, number, terminated, cut, mapped. */
  private record Seen(String text, long number, boolean terminated, boolean cut, Integer mapped) {}

  @Test
  void mixedLineEndsLongLinesAndMultibyteTextAcrossManyBlocks() throws IOException {
    byte[] text = text(new Random(11), 6 * LineBlocks.BLOCK, StandardCharsets.UTF_8, false);

    assertThat(blocks(text, StandardCharsets.UTF_8, 3))
        .isEqualTo(through(text, StandardCharsets.UTF_8));
  }

  @Test
  void aLineLongerThanABlockIsReadThroughFromThereOn() throws IOException {
    byte[] text = text(new Random(12), 5 * LineBlocks.BLOCK, StandardCharsets.UTF_8, true);

    List<Seen> expected = through(text, StandardCharsets.UTF_8);
    assertThat(expected).anyMatch(Seen::cut);
    assertThat(blocks(text, StandardCharsets.UTF_8, 2)).isEqualTo(expected);
  }

  @Test
  void singleByteCodePageOnOneThreadAndOnSeveral() throws IOException {
    Charset cp850 = Charset.forName("IBM850");
    byte[] text = text(new Random(13), 3 * LineBlocks.BLOCK + 17, cp850, false);

    List<Seen> expected = through(text, cp850);
    assertThat(blocks(text, cp850, 1)).isEqualTo(expected);
    assertThat(blocks(text, cp850, 4)).isEqualTo(expected);
  }

  @Test
  void utf16CannotBeSplitInBytes() {
    assertThat(LineBlocks.canSplit(StandardCharsets.UTF_16LE)).isFalse();
    assertThat(LineBlocks.canSplit(StandardCharsets.UTF_8)).isTrue();
  }

  private static List<Seen> blocks(byte[] text, Charset charset, int threads) throws IOException {
    List<Seen> seen = new ArrayList<>();
    Function<String, Integer> length = String::length;
    new LineBlocks<Integer>(charset, MAX_LINE, () -> length)
        .read(
            new ByteArrayInputStream(text),
            threads,
            (line, number, terminated, mapped) ->
                seen.add(new Seen(line, number, terminated, false, mapped)),
            (line, number) -> seen.add(new Seen(line, number, true, true, null)));
    return seen;
  }

  private static List<Seen> through(byte[] text, Charset charset) throws IOException {
    List<Seen> seen = new ArrayList<>();
    try (LineReader reader = LineReader.of(new ByteArrayInputStream(text), charset, MAX_LINE)) {
      String line;
      while ((line = reader.next()) != null) {
        boolean cut = reader.wasCut();
        seen.add(
            new Seen(
                line,
                reader.lineNumber(),
                cut || reader.wasTerminated(),
                cut,
                cut ? null : line.length()));
      }
    }
    return seen;
  }

  /** Lines of netstat-like rows and words, with LF, CRLF and CR ends and some long lines. */
  private static byte[] text(Random random, int size, Charset charset, boolean giantLine) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(size + 1000);
    String[] words = {"TCP", "10.0.0.5:49152", "TIME_WAIT", "Größe", "Ångström", "échec", "0"};
    String[] ends = {"\r\n", "\n", "\r", "\r\n\r\n"};
    while (out.size() < size) {
      StringBuilder line = new StringBuilder("  ");
      int count = random.nextInt(100) == 0 ? 2000 : 1 + random.nextInt(6);
      for (int i = 0; i < count; i++) {
        line.append(words[random.nextInt(words.length)]).append("    ");
      }
      if (giantLine
          && out.size() > 2 * LineBlocks.BLOCK
          && out.size() < 2 * LineBlocks.BLOCK + 500) {
        line.append("x".repeat(LineBlocks.BLOCK + 100));
      }
      out.writeBytes(line.toString().getBytes(charset));
      out.writeBytes(ends[random.nextInt(ends.length)].getBytes(charset));
    }
    out.writeBytes("last line without an end".getBytes(charset));
    return out.toByteArray();
  }
}
