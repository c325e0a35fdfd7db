package io.portex.core.format.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analyzer;
import io.portex.core.TestInputs;
import io.portex.core.format.FormatRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sniffing keeps registry output and connection tables apart, in both directions. */
class RegistrySniffTest {

  private static final List<String> FIXTURES =
      List.of(
          "registry/en-reg-query-tcpip-parameters.txt",
          "registry/en-reg-query-xp-tabs.txt",
          "registry/en-reg-query-decimal-and-qword.txt",
          "registry/tcpip-parameters-export.reg");

  @TempDir Path dir;

  private static double confidence(Path file, String format) {
    return RegistryReaderTest.analyzer().recognize(List.of(file)).get(0).candidates().stream()
        .filter(c -> c.format().id().equals(format))
        .mapToDouble(c -> c.sniff().confidence())
        .findFirst()
        .orElseThrow();
  }

  private static String winner(Path file) {
    Analyzer.Recognition recognition =
        RegistryReaderTest.analyzer().recognize(List.of(file)).get(0);
    FormatRegistry.Candidate best = recognition.candidates().get(0);
    return best.sniff().confidence() >= FormatRegistry.MIN_CONFIDENCE
        ? best.format().id()
        : "unknown";
  }

  @Test
  void noRealNetstatCaptureIsRegistry() throws IOException {
    Path folder = TestInputs.corpus("netstat/jc-win10-netstat.txt").getParent();
    List<Path> captures;
    try (Stream<Path> files = Files.list(folder)) {
      captures = files.filter(Files::isRegularFile).sorted().toList();
    }

    assertThat(captures)
        .hasSizeGreaterThan(10)
        .allSatisfy(
            file -> assertThat(confidence(file, "registry")).as(file.toString()).isLessThan(0.3));
  }

  @Test
  void fixturesAreRegistryAndNoConnectionTables() {
    for (String fixture : FIXTURES) {
      Path file = TestInputs.fixture(fixture);
      assertThat(confidence(file, "netstat")).as(fixture).isLessThan(0.3);
      assertThat(winner(file)).as(fixture).isEqualTo("registry");
    }
  }

  @Test
  void exportIsRecognisedInUtf16() {
    String text = TestInputs.read(TestInputs.fixture("registry/tcpip-parameters-export.reg"));
    Path file = TestInputs.write(dir, "export.reg", text, StandardCharsets.UTF_16LE, true, "\r\n");

    assertThat(confidence(file, "registry")).isGreaterThanOrEqualTo(0.9);
  }
}
