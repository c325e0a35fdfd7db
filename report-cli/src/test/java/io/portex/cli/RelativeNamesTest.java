package io.portex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Given by its absolute path, a ticket's HTML, JSON and text name no folder above the ticket. */
class RelativeNamesTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  @TempDir Path dir;

  static Stream<String> samples() throws IOException {
    try (Stream<Path> list = Files.list(SAMPLES)) {
      return list
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void outputsNameInputsRelativeToTheTicket(String sample) throws IOException {
    Path ticket = SAMPLES.resolve(sample).toRealPath();
    Path json = dir.resolve("result.json");
    Path html = dir.resolve("report.html");
    StringWriter out = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "analyze",
              ticket.toString(),
              "--json",
              json.toString(),
              "--html",
              html.toString(),
              "--text",
              "--verbose"
            },
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true));

    assertThat(code).isIn(0, 3);
    String text = out.toString();
    // the last line says where the report went: the engineer's own path, on purpose
    String summary = text.substring(0, text.lastIndexOf("Report: "));
    for (String output : List.of(Files.readString(json), Files.readString(html), summary)) {
      assertThat(output).doesNotContain(ticket.getParent().toString());
    }
    assertThat(Files.readString(json)).doesNotContain("\"" + ticket.getFileName() + "/");
  }
}
