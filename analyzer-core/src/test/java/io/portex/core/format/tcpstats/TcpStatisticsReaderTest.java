package io.portex.core.format.tcpstats;

import static io.portex.core.TestInputs.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.model.IpFamily;
import io.portex.core.model.fact.TcpStatistics;
import io.portex.core.source.InputFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TcpStatisticsReaderTest {

  @TempDir Path dir;

  static Analyzer analyzer() {
    return TestInputs.analyzer();
  }

  static Analysis analyze(Path... files) {
    return analyzer().analyze(List.of(files));
  }

  private Path copy(String fixture, String name, Charset charset, boolean bom, String eol) {
    String text = TestInputs.read(TestInputs.fixture(fixture));
    return TestInputs.write(dir, name, text, charset, bom, eol);
  }

  private Path file(String name, String text) {
    return TestInputs.write(dir, name, text, StandardCharsets.UTF_8, false, "\r\n");
  }

  private static final String SECTION =
      "TCP Statistics for IPv4\n\n"
          + "  Active Opens                        = 100\n"
          + "  Passive Opens                       = 20\n"
          + "  Failed Connection Attempts          = 3\n"
          + "  Reset Connections                   = 4\n"
          + "  Current Connections                 = 5\n"
          + "  Segments Received                   = 600\n";

  @Nested
  class Variants {

    @Test
    void allProtocolsGiveOneFactPerFamilyFromTheTcpSectionsOnly() {
      Analysis analysis =
          analyze(
              copy(
                  "tcpstats/en-netstat-s-all.txt", "s.txt", StandardCharsets.UTF_8, false, "\r\n"));

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
              tuple(IpFamily.IPV4, 918273L, 4410L, 61234L, 20877L, 16211L, TestInputs.FIXED_MTIME),
              tuple(IpFamily.IPV6, 1203L, 388L, 913L, 140L, 2L, TestInputs.FIXED_MTIME));
      assertThat(analysis.facts(TcpStatistics.class).get(0).source().firstLine()).isEqualTo(61);
      assertThat(analysis.facts(TcpStatistics.class).get(0).source().lastLine()).isEqualTo(70);
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void timestampLinesTimeTheSectionsAfterThem() {
      Analysis analysis = analyze(TestInputs.fixture("tcpstats/en-netstat-s-loop-timestamps.txt"));

      assertThat(analysis.facts(TcpStatistics.class))
          .extracting(TcpStatistics::time, TcpStatistics::family, TcpStatistics::activeOpens)
          .containsExactly(
              tuple(Instant.parse("2026-03-11T10:00:00Z"), IpFamily.IPV4, 1000L),
              tuple(Instant.parse("2026-03-11T10:00:00Z"), IpFamily.IPV6, 50L),
              tuple(Instant.parse("2026-03-11T10:05:00Z"), IpFamily.IPV4, 1900L),
              tuple(Instant.parse("2026-03-11T10:05:00Z"), IpFamily.IPV6, 60L));
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO)).isEmpty();
    }

    @Test
    void fileNameTimesAnUntimedCapture() {
      Analysis analysis = analyze(file("netstat-s_2026-03-11_10-15-00.txt", SECTION));

      assertThat(analysis.facts(TcpStatistics.class))
          .extracting(TcpStatistics::time)
          .containsExactly(Instant.parse("2026-03-11T10:15:00Z"));
    }

    @Test
    void noTimeAtAllLeavesTheTimeUnknown() {
      byte[] bytes = SECTION.getBytes(StandardCharsets.UTF_8);
      InputFile input =
          InputFile.of("stats.txt", bytes.length, null, () -> new ByteArrayInputStream(bytes));

      Analysis analysis = analyzer().analyzeInputs(List.of(input));

      assertThat(analysis.facts(TcpStatistics.class))
          .extracting(TcpStatistics::time, TcpStatistics::current)
          .containsExactly(tuple(null, 5L));
    }

    @Test
    void connectionRowsOfDashPTcpAreNamedAsNotRead() {
      Analysis analysis =
          analyze(TestInputs.fixture("tcpstats/en-netstat-s-p-tcp-with-connections.txt"));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("netstat-stats");
      assertThat(analysis.snapshots()).isEmpty();
      assertThat(analysis.facts(TcpStatistics.class))
          .extracting(TcpStatistics::family, TcpStatistics::activeOpens, TcpStatistics::current)
          .containsExactly(tuple(IpFamily.IPV4, 30551L, 911L));
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code, Diagnostic::line)
          .contains(tuple("netstat-stats.connection-rows", 18L));
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void netshTcpstatsReadsTheMibTwoNamesAndTheFamilyOfTheCommand() {
      Analysis analysis = analyze(TestInputs.fixture("tcpstats/en-netsh-ipv6-tcpstats.txt"));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("netstat-stats");
      assertThat(analysis.facts(TcpStatistics.class))
          .extracting(
              TcpStatistics::family,
              TcpStatistics::activeOpens,
              TcpStatistics::passiveOpens,
              TcpStatistics::failedAttempts,
              TcpStatistics::resets,
              TcpStatistics::current)
          .containsExactly(tuple(IpFamily.IPV6, 8812L, 1207L, 390L, 255L, 41L));
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO)).isEmpty();
    }

    @Test
    void labelsOfAnUnknownLanguageAreReadByTheirFixedOrder() {
      Analysis analysis = analyze(TestInputs.fixture("tcpstats/xx-netstat-s-unknown-labels.txt"));

      assertThat(analysis.facts(TcpStatistics.class))
          .extracting(
              TcpStatistics::activeOpens,
              TcpStatistics::passiveOpens,
              TcpStatistics::failedAttempts,
              TcpStatistics::resets,
              TcpStatistics::current)
          .containsExactly(tuple(5120L, 77L, 31L, 12L, 64L));
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code)
          .contains("netstat-stats.read-by-position");
      assertThat(warnings(analysis)).isEmpty();
    }
  }

  @Nested
  class Encodings {

    private static final List<Long> GERMAN_V4 = List.of(77120L, 3301L, 9120L, 1412L, 15873L);

    private List<Long> ipv4Counters(Analysis analysis) {
      TcpStatistics v4 = analysis.facts(TcpStatistics.class).get(0);
      assertThat(v4.family()).isEqualTo(IpFamily.IPV4);
      assertThat(analysis.facts(TcpStatistics.class)).hasSize(2);
      assertThat(warnings(analysis)).isEmpty();
      return List.of(
          v4.activeOpens(), v4.passiveOpens(), v4.failedAttempts(), v4.resets(), v4.current());
    }

    @Test
    void germanInTheOemCodePage() {
      Analysis analysis =
          analyze(
              copy(
                  "tcpstats/de-netstat-s-tcp.txt",
                  "de.txt",
                  Charset.forName("IBM850"),
                  false,
                  "\r\n"));

      assertThat(analysis.inputs().get(0).charset()).isEqualTo("cp850");
      assertThat(ipv4Counters(analysis)).isEqualTo(GERMAN_V4);
    }

    @Test
    void germanInUtf16WithByteOrderMark() {
      Analysis analysis =
          analyze(
              copy(
                  "tcpstats/de-netstat-s-tcp.txt",
                  "de.txt",
                  StandardCharsets.UTF_16LE,
                  true,
                  "\r\n"));

      assertThat(ipv4Counters(analysis)).isEqualTo(GERMAN_V4);
    }

    @Test
    void germanOemBytesShownAsAnsiMojibake() {
      String text = TestInputs.read(TestInputs.fixture("tcpstats/de-netstat-s-tcp.txt"));
      String mojibake =
          new String(text.getBytes(Charset.forName("IBM850")), Charset.forName("windows-1252"));
      assertThat(mojibake).contains("ge”ffnet");

      Analysis analysis = analyze(file("de-mojibake.txt", mojibake));

      assertThat(ipv4Counters(analysis)).isEqualTo(GERMAN_V4);
    }
  }

  @Nested
  class HostileInput {

    @Test
    void emptyFileIsSkippedAsUnknown() {
      Analysis analysis = analyze(file("empty.txt", ""));

      assertThat(analysis.inputs().get(0).recognized()).isFalse();
      assertThat(analysis.facts()).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, Severity.ERROR)).isEmpty();
    }

    @Test
    void sectionLackingACounterIsReportedAndNotRead() {
      String text =
          SECTION.replace("  Current Connections                 = 5\n", "")
              + "\n"
              + SECTION.replace("IPv4", "IPv6");

      Analysis analysis = analyze(file("missing.txt", text));

      assertThat(analysis.facts(TcpStatistics.class))
          .extracting(TcpStatistics::family)
          .containsExactly(IpFamily.IPV6);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("netstat-stats.incomplete-section", 1L));
      assertThat(warnings(analysis).get(0).message()).contains("Current Connections");
    }

    @Test
    void valueThatIsNoNumberIsNamedWithItsLine() {
      Analysis analysis = analyze(file("bad.txt", SECTION.replace("= 3\n", "= n/a\n")));

      assertThat(analysis.facts(TcpStatistics.class)).isEmpty();
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(
              tuple("netstat-stats.bad-number", 5L), tuple("netstat-stats.incomplete-section", 1L));
    }

    @Test
    void truncatedLastLineLosesItsCounter() {
      String text = SECTION.substring(0, SECTION.indexOf("= 5")).stripTrailing();
      text = text.substring(0, text.length() - 10);

      Analysis analysis = analyze(file("cut.txt", text));

      assertThat(analysis.facts(TcpStatistics.class)).isEmpty();
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code)
          .containsExactly("netstat-stats.incomplete-section");
    }

    @Test
    void titleWithoutCountersIsReported() {
      Analysis analysis =
          analyze(
              file("titles.txt", "TCP Statistics for IPv4\n\n" + SECTION.replace("IPv4", "IPv6")));

      assertThat(analysis.facts(TcpStatistics.class)).hasSize(1);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("netstat-stats.empty-section", 1L));
    }

    @Test
    void counterGivenTwiceKeepsTheFirst() {
      String text = SECTION + "  Active Opens                        = 999\n";

      Analysis analysis = analyze(file("twice.txt", text));

      assertThat(analysis.facts(TcpStatistics.class))
          .extracting(TcpStatistics::activeOpens)
          .containsExactly(100L);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("netstat-stats.duplicate-counter", 9L));
    }
  }
}
