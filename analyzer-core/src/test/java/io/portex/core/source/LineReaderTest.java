package io.portex.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LineReaderTest {

  /** Every way of reading lines: decoded characters, and bytes split in several charsets. */
  static Stream<Arguments> readers() {
    return Stream.of(
        mode("chars", "Größe", (text, max) -> LineReader.of(new StringReader(text), max)),
        mode("UTF-8 bytes", "Größe", bytes(StandardCharsets.UTF_8)),
        mode("cp850 bytes", "Größe", bytes(Charset.forName("IBM850"))),
        mode("GBK bytes", "活动连接", bytes(Charset.forName("GBK"))),
        mode("UTF-16LE", "Größe", bytes(StandardCharsets.UTF_16LE)));
  }

  /** A way of reading, with a word its charset can hold. */
  private static Arguments mode(
      String name, String word, BiFunction<String, Integer, LineReader> open) {
    return Arguments.of(name, word, open);
  }

  private static BiFunction<String, Integer, LineReader> bytes(Charset charset) {
    return (text, max) ->
        LineReader.of(new ByteArrayInputStream(text.getBytes(charset)), charset, max);
  }

  private static List<String> lines(LineReader reader) throws IOException {
    List<String> lines = new ArrayList<>();
    try (reader) {
      String line;
      while ((line = reader.next()) != null) {
        lines.add(line + (reader.wasCut() ? "|cut" : "") + (reader.wasTerminated() ? "" : "|eof"));
      }
    }
    return lines;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void splitsOnEveryLineEnd(String mode, String word, BiFunction<String, Integer, LineReader> open)
      throws IOException {
    assertThat(lines(open.apply("a\r\nb\nc\rd", 100))).containsExactly("a", "b", "c", "d|eof");
    assertThat(lines(open.apply("a\n\n", 100))).containsExactly("a", "");
    assertThat(lines(open.apply("", 100))).isEmpty();
    assertThat(lines(open.apply(word + "\r\n", 100))).containsExactly(word);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void cutsLongLinesWithoutKeepingThem(
      String mode, String word, BiFunction<String, Integer, LineReader> open) throws IOException {
    String huge = "x".repeat(300_000);

    List<String> lines = lines(open.apply("ok\n" + huge + "\nnext\n", 1000));

    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).hasSize(1000 + "|cut".length()).endsWith("|cut");
    assertThat(lines.get(2)).isEqualTo("next");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void keepsCharactersThatStraddleTheBuffer(
      String mode, String word, BiFunction<String, Integer, LineReader> open) throws IOException {
    String line = word.repeat(20_000);

    assertThat(lines(open.apply("x\n" + line + "\r\ny", 1_000_000)))
        .containsExactly("x", line, "y|eof");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void countsLines(String mode, String word, BiFunction<String, Integer, LineReader> open)
      throws IOException {
    try (LineReader reader = open.apply("a\r\nb\r\n", 10)) {
      reader.next();
      reader.next();
      assertThat(reader.lineNumber()).isEqualTo(2);
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void byteSplitReplacesWhatDoesNotDecode() throws IOException {
    byte[] bytes = {'a', (byte) 0xC3, '\n', 'b'};
    LineReader reader = LineReader.of(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, 100);

    assertThat(lines(reader)).containsExactly("a\uFFFD", "b|eof");
  }
}
