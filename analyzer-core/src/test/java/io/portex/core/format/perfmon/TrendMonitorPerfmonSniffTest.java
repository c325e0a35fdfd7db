package io.portex.core.format.perfmon;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analyzer;
import io.portex.core.TestInputs;
import io.portex.core.format.FormatRegistry;
import io.portex.core.format.monitor.MonitorLogFormat;
import io.portex.core.format.netstat.NetstatFormat;
import io.portex.core.format.trend.TrendCsvFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The monitoring script's files and perfmon logs are told from netstat captures and from each
 * other: each is claimed by its own format only, and no real capture of another kind by any of
 * them.
 */
class TrendMonitorPerfmonSniffTest {

  private static final Set<String> OURS = Set.of("trend-csv", "monitor-log", "perfmon-csv");

  private final Analyzer analyzer =
      Analyzer.builder()
          .formats(
              new FormatRegistry(
                  List.of(
                      new TrendCsvFormat(),
                      new MonitorLogFormat(),
                      new PerfmonCsvFormat(),
                      new NetstatFormat())))
          .build();

  private double confidence(Path file, String format) {
    return analyzer.recognize(List.of(file)).get(0).candidates().stream()
        .filter(c -> c.format().id().equals(format))
        .findFirst()
        .orElseThrow()
        .sniff()
        .confidence();
  }

  private String winner(Path file) {
    var best = analyzer.recognize(List.of(file)).get(0).candidates().get(0);
    return best.sniff().confidence() >= FormatRegistry.MIN_CONFIDENCE
        ? best.format().id()
        : "unknown";
  }

  @Test
  void noRealCaptureOfAnotherKindIsClaimed() throws IOException {
    Path real = TestInputs.corpus("netstat/jc-win10-netstat.txt").getParent().getParent();
    List<Path> others;
    try (Stream<Path> files = Files.walk(real)) {
      others =
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.getParent().getFileName().toString().equals("perfmon"))
              .sorted()
              .toList();
    }
    assertThat(others).hasSizeGreaterThan(40);
    for (Path file : others) {
      for (String format : OURS) {
        assertThat(confidence(file, format)).as("%s on %s", format, file).isLessThan(0.3);
      }
    }
  }

  @Test
  void everyNetstatCaptureStaysBelowThreshold() throws IOException {
    Path netstat = TestInputs.corpus("netstat/jc-win10-netstat.txt").getParent();
    List<Path> captures;
    try (Stream<Path> files = Files.list(netstat)) {
      captures = files.sorted().toList();
    }
    assertThat(captures).hasSize(24);
    for (Path capture : captures) {
      for (String format : OURS) {
        assertThat(confidence(capture, format)).as("%s on %s", format, capture).isLessThan(0.3);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "trend/TimeWaitTrend_2026-03-11.csv, trend-csv, 0.95",
    "trend/past-midnight/TimeWaitTrend_2026-03-14.csv, trend-csv, 0.95",
    "monitor/en/TimeWaitMonitor_2026-03-11.log, monitor-log, 0.95",
    "monitor/zh-gbk/TimeWaitMonitor_2026-03-12.log, monitor-log, 0.95",
    "monitor/zh-gbk-v2/TimeWaitMonitor_2026-03-13.log, monitor-log, 0.95",
    "perfmon/relog-WEB01-tcp.csv, perfmon-csv, 0.95",
    "perfmon/typeperf-APP02-tcp-console.txt, perfmon-csv, 0.95",
  })
  void ownFixturesAreClaimedByTheirFormatAlone(String fixture, String format, double expected) {
    Path file = TestInputs.fixture(fixture);

    assertThat(winner(file)).isEqualTo(format);
    assertThat(confidence(file, format)).isEqualTo(expected);
    for (String other : Set.of("trend-csv", "monitor-log", "perfmon-csv", "netstat")) {
      if (!other.equals(format)) {
        assertThat(confidence(file, other)).as(other).isLessThan(0.3);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "pdhcsv-doc-eastern-daylight.txt",
    "typeperf-en-ceballos-2019-console.txt",
    "typeperf-en-txwinrm-amazona-2013.txt",
  })
  void realPerfmonLogsAreClaimedByPerfmonAlone(String name) {
    Path file = TestInputs.corpus("perfmon/" + name);

    assertThat(winner(file)).isEqualTo("perfmon-csv");
    assertThat(confidence(file, "perfmon-csv")).isEqualTo(0.95);
    assertThat(confidence(file, "netstat")).isLessThan(0.3);
    assertThat(confidence(file, "trend-csv")).isLessThan(0.3);
    assertThat(confidence(file, "monitor-log")).isLessThan(0.3);
  }
}
