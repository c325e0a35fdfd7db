package io.portex.core.format.tcpstats;

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
 * Sniffing keeps {@code netstat -s} and connection tables apart: the netstat format claims none of
 * the statistics fixtures, the statistics format none of the real connection captures, and each
 * statistics input is claimed by {@code netstat-stats} against every other format.
 */
class TcpStatisticsSniffTest {

  private static final String WITH_ROWS = "tcpstats/en-netstat-s-p-tcp-with-connections.txt";

  private static final List<String> FIXTURES =
      List.of(
          "tcpstats/en-netstat-s-all.txt",
          WITH_ROWS,
          "tcpstats/en-netstat-s-loop-timestamps.txt",
          "tcpstats/de-netstat-s-tcp.txt",
          "tcpstats/en-netsh-ipv6-tcpstats.txt",
          "tcpstats/xx-netstat-s-unknown-labels.txt");

  private static final List<String> NETSTAT_S =
      List.of("de-win81-diagdump-netstat-s.txt", "en-netstat-s-rust-fixture-reindented.txt");

  /** Each input's confidence from one format. */
  static Map<String, Double> confidences(Analyzer analyzer, List<Path> files, String format) {
    Map<String, Double> result = new LinkedHashMap<>();
    for (Analyzer.Recognition recognition : analyzer.recognize(files)) {
      double confidence =
          recognition.candidates().stream()
              .filter(c -> c.format().id().equals(format))
              .mapToDouble(c -> c.sniff().confidence())
              .findFirst()
              .orElseThrow();
      result.put(Path.of(recognition.path()).getFileName().toString(), confidence);
    }
    return result;
  }

  /** The format each input would be read as. */
  static Map<String, String> winners(Analyzer analyzer, List<Path> files) {
    Map<String, String> result = new LinkedHashMap<>();
    for (Analyzer.Recognition recognition : analyzer.recognize(files)) {
      FormatRegistry.Candidate best = recognition.candidates().get(0);
      result.put(
          Path.of(recognition.path()).getFileName().toString(),
          best.sniff().confidence() >= FormatRegistry.MIN_CONFIDENCE
              ? best.format().id()
              : "unknown");
    }
    return result;
  }

  /** Every file of a corpus folder (the test is skipped where the corpus is absent). */
  static List<Path> corpusFolder(String folder, String anyFile) throws IOException {
    Path directory = TestInputs.corpus(folder + "/" + anyFile).getParent();
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void realConnectionCapturesAreNoStatistics() throws IOException {
    List<Path> captures =
        corpusFolder("netstat", NETSTAT_S.get(0)).stream()
            .filter(p -> !NETSTAT_S.contains(p.getFileName().toString()))
            .toList();
    assertThat(captures).hasSizeGreaterThan(10);

    assertThat(confidences(TcpStatisticsReaderTest.analyzer(), captures, "netstat-stats"))
        .allSatisfy((file, confidence) -> assertThat(confidence).as(file).isLessThan(0.3));
  }

  @Test
  void realStatisticsAreReadAsStatistics() throws IOException {
    List<Path> statistics =
        corpusFolder("netstat", NETSTAT_S.get(0)).stream()
            .filter(p -> NETSTAT_S.contains(p.getFileName().toString()))
            .toList();

    assertThat(winners(TcpStatisticsReaderTest.analyzer(), statistics))
        .containsOnlyKeys(NETSTAT_S)
        .allSatisfy((file, format) -> assertThat(format).as(file).isEqualTo("netstat-stats"));
    assertThat(confidences(TcpStatisticsReaderTest.analyzer(), statistics, "netstat"))
        .allSatisfy((file, confidence) -> assertThat(confidence).as(file).isLessThan(0.3));
  }

  @Test
  void fixturesAreStatisticsAndNoConnectionTables() {
    List<Path> fixtures =
        FIXTURES.stream().filter(f -> !f.equals(WITH_ROWS)).map(TestInputs::fixture).toList();

    assertThat(confidences(TcpStatisticsReaderTest.analyzer(), fixtures, "netstat"))
        .allSatisfy((file, confidence) -> assertThat(confidence).as(file).isLessThan(0.3));
    assertThat(winners(TcpStatisticsReaderTest.analyzer(), fixtures))
        .hasSize(FIXTURES.size() - 1)
        .allSatisfy((file, format) -> assertThat(format).as(file).isEqualTo("netstat-stats"));
  }

  /**
   * {@code netstat -s -p tcp} prints a few connection rows after its statistics: netstat may claim
   * them, but less surely than the statistics format.
   */
  @Test
  void statisticsWithTheirConnectionRowsAreStillStatistics() {
    List<Path> fixture = List.of(TestInputs.fixture(WITH_ROWS));

    assertThat(confidences(TcpStatisticsReaderTest.analyzer(), fixture, "netstat").values())
        .allSatisfy(confidence -> assertThat(confidence).isLessThan(0.8));
    assertThat(winners(TcpStatisticsReaderTest.analyzer(), fixture).values())
        .containsExactly("netstat-stats");
  }
}
