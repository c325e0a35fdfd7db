package io.portex.core.format.tcpstats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portex.core.Analysis;
import io.portex.core.TestInputs;
import io.portex.core.diag.Severity;
import io.portex.core.model.IpFamily;
import io.portex.core.model.fact.TcpStatistics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The real {@code netstat -s} captures of the shared corpus, with the counters read off each file
 * by hand: German (labels with umlauts, all protocols, a diagnostic dump's banner) and English
 * (re-indented, ICMP tables in between). Neither holds a timestamp, so both take the file's time.
 */
class CorpusTcpStatisticsTest {

  @Test
  void germanDiagnosticDump() throws Exception {
    Path file = TestInputs.corpus("netstat/de-win81-diagdump-netstat-s.txt");

    Analysis analysis = TcpStatisticsReaderTest.analyze(file);

    assertThat(analysis.inputs().get(0).format()).isEqualTo("netstat-stats");
    assertThat(analysis.facts()).hasSize(2);
    assertThat(analysis.facts(TcpStatistics.class))
        .extracting(
            TcpStatistics::family,
            TcpStatistics::activeOpens,
            TcpStatistics::passiveOpens,
            TcpStatistics::failedAttempts,
            TcpStatistics::resets,
            TcpStatistics::current,
            TcpStatistics::time)
        .containsExactly(
            tuple(IpFamily.IPV4, 40587L, 18863L, 1404L, 2190L, 26L, mtime(file)),
            tuple(IpFamily.IPV6, 5798L, 3022L, 66L, 902L, 10L, mtime(file)));
    assertThat(analysis.facts(TcpStatistics.class))
        .extracting(s -> s.source().firstLine(), s -> s.source().lastLine())
        .containsExactly(tuple(83L, 92L), tuple(94L, 103L));
    assertThat(TestInputs.diagnostics(analysis, Severity.WARNING)).isEmpty();
  }

  @Test
  void englishReindentedFixture() throws Exception {
    Path file = TestInputs.corpus("netstat/en-netstat-s-rust-fixture-reindented.txt");

    Analysis analysis = TcpStatisticsReaderTest.analyze(file);

    assertThat(analysis.inputs().get(0).format()).isEqualTo("netstat-stats");
    assertThat(analysis.facts(TcpStatistics.class))
        .extracting(
            TcpStatistics::family,
            TcpStatistics::activeOpens,
            TcpStatistics::passiveOpens,
            TcpStatistics::failedAttempts,
            TcpStatistics::resets,
            TcpStatistics::current,
            TcpStatistics::time)
        .containsExactly(
            tuple(IpFamily.IPV4, 64644L, 7674L, 5800L, 12164L, 24L, mtime(file)),
            tuple(IpFamily.IPV6, 2103L, 603L, 5927L, 519L, 0L, mtime(file)));
    assertThat(TestInputs.diagnostics(analysis, Severity.WARNING)).isEmpty();
  }

  private static Instant mtime(Path file) throws IOException {
    return Files.getLastModifiedTime(file).toInstant();
  }
}
