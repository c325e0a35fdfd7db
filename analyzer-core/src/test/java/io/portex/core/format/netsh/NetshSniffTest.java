package io.portex.core.format.netsh;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analyzer;
import io.portex.core.TestInputs;
import io.portex.core.format.FormatRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sniffing keeps netsh output and connection tables apart: neither netsh format claims a real
 * netstat capture, netstat claims no netsh fixture, and each netsh input goes to the format of the
 * output it starts with.
 */
class NetshSniffTest {

  private static final Map<String, String> FIXTURES =
      Map.of(
          "netsh/en-dynamicport-four-blocks.txt", "netsh-dynamicport",
          "netsh/fr-dynamicport-legacy-range.txt", "netsh-dynamicport",
          "netsh/en-excludedportrange-ipv4-ipv6.txt", "netsh-excluded",
          "netsh/en-collect-script-netsh.txt", "netsh-dynamicport");

  private static final Map<String, String> CORPUS =
      Map.of(
          "en-fr-datadog-dynamicport.txt", "netsh-dynamicport",
          "en-gotest-excludedportrange-empty-and-two.txt", "netsh-excluded",
          "en-hamdeck-excludedportrange-indented.txt", "netsh-excluded",
          "en-zhblog-dynamicportrange-and-tcpstats.txt", "netsh-dynamicport",
          "ru-dynamicport-two-conflicting-claims.txt", "netsh-dynamicport");

  private static Map<String, Double> best(List<Path> files, String... formats) {
    Map<String, Double> result = new LinkedHashMap<>();
    for (Analyzer.Recognition recognition : TestInputs.analyzer().recognize(files)) {
      double confidence =
          recognition.candidates().stream()
              .filter(c -> List.of(formats).contains(c.format().id()))
              .mapToDouble(c -> c.sniff().confidence())
              .max()
              .orElseThrow();
      result.put(Path.of(recognition.path()).getFileName().toString(), confidence);
    }
    return result;
  }

  private static String winner(Path file) {
    FormatRegistry.Candidate best =
        TestInputs.analyzer().recognize(List.of(file)).get(0).candidates().get(0);
    return best.sniff().confidence() >= FormatRegistry.MIN_CONFIDENCE
        ? best.format().id()
        : "unknown";
  }

  @Test
  void noRealNetstatCaptureIsNetsh() throws IOException {
    Path folder = TestInputs.corpus("netstat/jc-win10-netstat.txt").getParent();
    List<Path> captures;
    try (Stream<Path> files = Files.list(folder)) {
      captures = files.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(captures).hasSizeGreaterThan(10);

    assertThat(best(captures, "netsh-dynamicport", "netsh-excluded"))
        .allSatisfy((file, confidence) -> assertThat(confidence).as(file).isLessThan(0.3));
  }

  @Test
  void fixturesAreNetshAndNoConnectionTables() {
    List<Path> fixtures = FIXTURES.keySet().stream().map(TestInputs::fixture).toList();

    assertThat(best(fixtures, "netstat"))
        .allSatisfy((file, confidence) -> assertThat(confidence).as(file).isLessThan(0.3));
    FIXTURES.forEach(
        (fixture, format) ->
            assertThat(winner(TestInputs.fixture(fixture))).as(fixture).isEqualTo(format));
  }

  @Test
  void realNetshCapturesGoToTheFormatOfTheirFirstOutput() {
    CORPUS.forEach(
        (file, format) ->
            assertThat(winner(TestInputs.corpus("netsh/" + file))).as(file).isEqualTo(format));
  }

  /** A PowerShell table of two numeric columns is no excluded range table. */
  @Test
  void groupObjectCountsAreNoExcludedRanges() {
    Path file = TestInputs.corpus("getnettcp/group-en-foxdeploy-eaconnect-exhaustion.txt");

    assertThat(best(List.of(file), "netsh-dynamicport", "netsh-excluded").values())
        .allSatisfy(confidence -> assertThat(confidence).isLessThan(0.3));
  }
}
