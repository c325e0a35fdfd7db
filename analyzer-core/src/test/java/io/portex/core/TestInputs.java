package io.portex.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/** Inputs for tests: the project's fixtures, the shared corpus, files written in any encoding. */
public final class TestInputs {

  /** The modification time of every file tests write, so results never depend on the clock. */
  public static final java.time.Instant FIXED_MTIME =
      java.time.Instant.parse("2026-03-11T12:00:00Z");

  private TestInputs() {}

  /** A fixture under src/test/resources. */
  public static Path fixture(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(TestInputs.class.getResource("/" + name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file of ../shared/corpus/real; the test is skipped where the shared folder is absent. */
  public static Path corpus(String relative) {
    String shared = System.getProperty("portex.shared", "../../shared");
    Path path = Path.of(shared, "corpus", "real").resolve(relative);
    assumeTrue(Files.isRegularFile(path), "shared corpus not available: " + path);
    return path;
  }

  /** An analyzer with every format portex ships, so that each test also checks sniffing. */
  public static Analyzer analyzer() {
    return analyzer(ZoneOffset.UTC);
  }

  /** An analyzer with every format, reading times without a zone in {@code zone}. */
  public static Analyzer analyzer(java.time.ZoneId zone) {
    return Analyzer.builder().zone(zone).build();
  }

  public static Analysis analyze(Path... files) {
    return analyzer().analyze(List.of(files));
  }

  /** The warnings and errors of every input. */
  public static List<Diagnostic> warnings(Analysis analysis) {
    return diagnostics(analysis, Severity.WARNING);
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code text} to {@code dir/name} in a charset, with LF or CRLF line ends and an optional
   * byte-order mark. Characters the charset lacks become {@code ?}, as Windows writes them.
   */
  public static Path write(
      Path dir, String name, String text, Charset charset, boolean bom, String lineEnd) {
    String normalized = text.replace("\r\n", "\n").replace("\n", lineEnd);
    try {
      CharsetEncoder encoder =
          charset
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE);
      ByteBuffer encoded = encoder.encode(java.nio.CharBuffer.wrap(normalized));
      byte[] body = new byte[encoded.remaining()];
      encoded.get(body);
      byte[] mark = bom ? byteOrderMark(charset) : new byte[0];
      byte[] all = new byte[mark.length + body.length];
      System.arraycopy(mark, 0, all, 0, mark.length);
      System.arraycopy(body, 0, all, mark.length, body.length);
      Path file = dir.resolve(name);
      Files.write(file, all);
      Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(FIXED_MTIME));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] byteOrderMark(Charset charset) {
    return switch (charset.name()) {
      case "UTF-8" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
      case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
      case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
      default -> throw new IllegalArgumentException("no byte-order mark for " + charset);
    };
  }

  /** The diagnostics of every input at or above a severity. */
  public static List<Diagnostic> diagnostics(Analysis analysis, Severity atLeast) {
    return analysis.inputs().stream()
        .flatMap(i -> i.diagnostics().stream())
        .filter(d -> d.severity().compareTo(atLeast) >= 0)
        .toList();
  }
}
