package io.portex.core.format.netstat;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.TestInputs;
import io.portex.core.diag.Severity;
import io.portex.core.model.Snapshot;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same capture saved the ways Windows saves it (PowerShell's UTF-16LE with and without BOM,
 * cmd's OEM code page, UTF-8 with BOM, LF and CRLF) reads to the same snapshots and warnings, and
 * the charset found is the one it was written in.
 */
class EncodingEquivalenceTest {

  @TempDir Path dir;

  static Stream<Arguments> captures() {
    return Stream.of(
        fixture("netstat/en-ano-loop-banners.txt", "IBM850"),
        fixture("netstat/de-ano-loop-cmd-date.txt", "IBM850"),
        fixture("netstat/en-anob-owners.txt", "IBM850"),
        fixture("netstat/en-ano-loop-getdate.txt", "IBM850"),
        corpus("de-win7-netstat-an-mojibake-ABHtmREN.txt", "IBM850"),
        corpus("de-win81-diagdump-netstat-ano.txt", "IBM850"),
        corpus("es-win10-netstat-an-o-b.txt", "IBM850"),
        corpus("fr-win10-netstat-abo-and-p-udp-anb-max.txt", "IBM850"),
        corpus("jc-win10-netstat-aonb.txt", "IBM850"),
        corpus("ja-win10-netstat-console-wrapped.txt", "windows-31j"),
        corpus("zh-win10-netstat-ano-noatn.txt", "GBK"),
        corpus("ko-win10-netstat-ano-tomcat-notes.txt", "x-windows-949"),
        corpus("ru-win10-14393-netstat-a-indented.txt", "IBM866"));
  }

  private static Arguments fixture(String name, String oem) {
    return Arguments.of(name, true, oem);
  }

  private static Arguments corpus(String name, String oem) {
    return Arguments.of(name, false, oem);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void everyEncodingReadsTheSame(String name, boolean ownFixture, String oem) throws Exception {
    Path original = ownFixture ? TestInputs.fixture(name) : TestInputs.corpus("netstat/" + name);
    String text = TestInputs.read(original);
    String fileName = original.getFileName().toString();
    Charset oemCharset = Charset.forName(oem);

    String expected =
        signature(
            TestInputs.analyze(
                variant("utf8-lf", fileName, text, StandardCharsets.UTF_8, false, "\n")));

    assertThat(signatureOf(fileName, text, "utf8-bom-crlf", StandardCharsets.UTF_8, true, "\r\n"))
        .isEqualTo(expected);
    assertThat(signatureOf(fileName, text, "utf16-bom", StandardCharsets.UTF_16LE, true, "\r\n"))
        .isEqualTo(expected);
    assertThat(signatureOf(fileName, text, "utf16-nobom", StandardCharsets.UTF_16LE, false, "\r\n"))
        .isEqualTo(expected);
    assertThat(signatureOf(fileName, text, "oem-crlf", oemCharset, false, "\r\n"))
        .isEqualTo(expected);
    assertThat(signatureOf(fileName, text, "oem-lf", oemCharset, false, "\n")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void findsTheCodePageItWasWrittenIn(String name, boolean ownFixture, String oem) {
    Path original = ownFixture ? TestInputs.fixture(name) : TestInputs.corpus("netstat/" + name);
    String text = TestInputs.read(original);
    Charset charset = Charset.forName(oem);
    String encodable = encodableNonAscii(text, charset);
    org.junit.jupiter.api.Assumptions.assumeFalse(
        encodable.isEmpty(), "no non-ASCII text the code page can hold");

    Analysis analysis =
        TestInputs.analyze(
            variant("oem", original.getFileName().toString(), text, charset, false, "\r\n"));

    assertThat(analysis.inputs().get(0).charset())
        .as("charset of %s (holds %s)", name, encodable)
        .isEqualTo(new io.portex.core.source.DetectedCharset(charset, 0, false, "").label());
  }

  private String signatureOf(
      String fileName, String text, String variant, Charset charset, boolean bom, String eol) {
    return signature(TestInputs.analyze(variant(variant, fileName, text, charset, bom, eol)));
  }

  private Path variant(
      String variant, String fileName, String text, Charset charset, boolean bom, String eol) {
    try {
      Path folder = Files.createDirectories(dir.resolve(variant));
      return TestInputs.write(folder, fileName, text, charset, bom, eol);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What must not change with the encoding: every snapshot and every warning, by line. */
  private static String signature(Analysis analysis) {
    StringBuilder out = new StringBuilder();
    for (Snapshot s : analysis.snapshots()) {
      out.append(s.time())
          .append(' ')
          .append(s.timeSource())
          .append(' ')
          .append(s.source().firstLine())
          .append('-')
          .append(s.source().lastLine())
          .append(' ')
          .append(s.states())
          .append(" udp=")
          .append(s.udpSockets())
          .append(" fp=")
          .append(s.fingerprint())
          .append(" processes=")
          .append(s.processes())
          .append('\n');
    }
    List<String> warnings =
        TestInputs.diagnostics(analysis, Severity.WARNING).stream()
            .map(d -> d.code() + "@" + d.line())
            .toList();
    return out.append(warnings).toString();
  }

  private static String encodableNonAscii(String text, Charset charset) {
    var encoder = charset.newEncoder();
    StringBuilder found = new StringBuilder();
    text.codePoints()
        .filter(c -> c > 0x7f && encoder.canEncode(Character.toString(c)))
        .limit(8)
        .forEach(found::appendCodePoint);
    return found.toString();
  }
}
