package io.portex.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  private static List<String> lines(String text, int max) throws IOException {
    List<String> lines = new ArrayList<>();
    try (LineReader reader = new LineReader(new StringReader(text), max)) {
      String line;
      while ((line = reader.next()) != null) {
        lines.add(line + (reader.wasCut() ? "|cut" : "") + (reader.wasTerminated() ? "" : "|eof"));
      }
    }
    return lines;
  }

  @Test
  void splitsOnEveryLineEnd() throws IOException {
    assertThat(lines("a\r\nb\nc\rd", 100)).containsExactly("a", "b", "c", "d|eof");
    assertThat(lines("a\n\n", 100)).containsExactly("a", "");
    assertThat(lines("", 100)).isEmpty();
  }

  @Test
  void cutsLongLinesWithoutKeepingThem() throws IOException {
    String huge = "x".repeat(300_000);
    List<String> lines = lines("ok\n" + huge + "\nnext\n", 1000);

    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).hasSize(1000 + "|cut".length()).endsWith("|cut");
    assertThat(lines.get(2)).isEqualTo("next");
  }

  @Test
  void countsLines() throws IOException {
    try (LineReader reader = new LineReader(new StringReader("a\r\nb\r\n"), 10)) {
      reader.next();
      reader.next();
      assertThat(reader.lineNumber()).isEqualTo(2);
      assertThat(reader.next()).isNull();
    }
  }
}
