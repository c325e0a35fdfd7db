package io.portex.core.format.eventxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.TestInputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same export saved as Windows saves it reads to the same events, lines and diagnostics: Event
 * Viewer writes CSV and text as UTF-16LE with a byte-order mark, wevtutil writes the console code
 * page (cp850 on a German, French or Spanish machine) when redirected; both with CRLF.
 */
class EventXmlCsvTextEncodingTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "eventcsv/eventviewer-en-us.csv",
        "eventcsv/eventviewer-de-de.csv",
        "eventcsv/get-winevent-export.csv",
        "eventtext/eventviewer-text-en-us.txt",
        "eventtext/eventviewer-text-de-de.txt",
        "eventtext/wevtutil-qe-system-text.txt",
        "eventtext/eventviewer-copy-details-en-us.txt",
        "eventxml/wevtutil-qe-system.xml",
        "eventxml/eventviewer-saved-events.xml"
      })
  void utf16AndCp850ReadTheSame(String fixture) {
    String text = TestInputs.read(TestInputs.fixture(fixture));
    String name = Path.of(fixture).getFileName().toString();

    String original = signature(TestInputs.fixture(fixture));
    String utf16 = signature(write("utf16", name, text, StandardCharsets.UTF_16LE, true));
    String cp850 = signature(write("cp850", name, text, Charset.forName("IBM850"), false));

    assertThat(original).contains("Tcpip|4227");
    assertThat(utf16).isEqualTo(original);
    assertThat(cp850).isEqualTo(original);
  }

  private Path write(String variant, String name, String text, Charset charset, boolean bom) {
    try {
      Path folder = Files.createDirectories(dir.resolve(variant));
      return TestInputs.write(folder, name, text, charset, bom, "\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Format, every event with the lines it spans, and the diagnostics of the format. */
  private static String signature(Path file) {
    EventReads.Result result = EventReads.read(file, EventReads.FIXTURE_ZONE);
    StringBuilder out = new StringBuilder(result.format());
    result
        .events()
        .forEach(
            e ->
                out.append('\n')
                    .append(
                        EventXmlCsvTextEquivalenceTest.project(
                            e, java.util.EnumSet.allOf(EventXmlCsvTextEquivalenceTest.Has.class)))
                    .append(" @")
                    .append(e.source().firstLine())
                    .append('-')
                    .append(e.source().lastLine()));
    List<String> codes =
        result.diagnostics().stream()
            .filter(d -> d.code().startsWith("eventlog-"))
            .map(d -> d.code() + "@" + d.line())
            .toList();
    return out.append('\n').append(codes).toString();
  }
}
