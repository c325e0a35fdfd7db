package io.portex.core.format.nettcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.TestInputs;
import io.portex.core.model.Snapshot;
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
 * The same export or view saved the ways Windows saves it reads to the same snapshot and the same
 * diagnostics: ASCII (Export-Csv in 5.1), UTF-8 without BOM (PowerShell 7), UTF-8 with BOM ({@code
 * -Encoding UTF8} in 5.1), UTF-16LE with BOM ({@code Out-File}, {@code >} in 5.1), with CRLF or LF
 * line ends.
 */
class NetTcpEncodingTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "ps51-export-full.csv",
        "ps7-export-notype.csv",
        "ps51-select-numeric-states.csv",
        "ps51-useculture-semicolon.csv",
        "ps51-table-view.txt",
        "ps51-list-view.txt"
      })
  void everyEncodingReadsTheSame(String name) {
    String text = TestInputs.read(TestInputs.fixture("nettcp/" + name));

    String plain = signature("ascii-crlf", name, text, StandardCharsets.US_ASCII, false, "\r\n");

    assertThat(plain).contains("rows=");
    assertThat(signature("utf8-lf", name, text, StandardCharsets.UTF_8, false, "\n"))
        .isEqualTo(plain);
    assertThat(signature("utf8-bom", name, text, StandardCharsets.UTF_8, true, "\r\n"))
        .isEqualTo(plain);
    assertThat(signature("utf16-bom", name, text, StandardCharsets.UTF_16LE, true, "\r\n"))
        .isEqualTo(plain);
  }

  private String signature(
      String variant, String name, String text, Charset charset, boolean bom, String eol) {
    Path file;
    try {
      file =
          TestInputs.write(
              Files.createDirectories(dir.resolve(variant)), name, text, charset, bom, eol);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Analysis analysis = NetTcpInputs.analyze(file);
    StringBuilder out = new StringBuilder(analysis.inputs().get(0).format());
    for (Snapshot s : analysis.snapshots()) {
      out.append(' ')
          .append(s.time())
          .append(' ')
          .append(s.timeSource())
          .append(' ')
          .append(s.source().firstLine())
          .append('-')
          .append(s.source().lastLine())
          .append(" rows=")
          .append(s.rows())
          .append(' ')
          .append(NetTcpInputs.states(s))
          .append(" fp=")
          .append(s.fingerprint())
          .append(' ')
          .append(s.processes());
    }
    List<String> diagnostics =
        analysis.inputs().get(0).diagnostics().stream()
            .filter(d -> d.code().startsWith("nettcp."))
            .map(d -> d.code() + "@" + d.line())
            .toList();
    return out.append(diagnostics).toString();
  }
}
