package io.portex.core.format.netsh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portex.core.Analysis;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.IpFamily;
import io.portex.core.model.Protocol;
import io.portex.core.model.fact.DynamicPortRange;
import io.portex.core.model.fact.ExcludedPortRange;
import io.portex.core.model.fact.TcpStatistics;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every netsh capture of the shared corpus, with the ranges read off each file by hand. None names
 * the family on a command line but the Chinese blog's, so the others are IPv4 with an info; the
 * Russian file's two renderings claim different ranges, which is worth a warning and nothing more.
 */
class CorpusNetshTest {

  private static Analysis analyze(String file) {
    return TestInputs.analyze(TestInputs.corpus("netsh/" + file));
  }

  @Test
  void englishAndFrenchDynamicPortOfOneVendorTest() {
    Analysis analysis = analyze("en-fr-datadog-dynamicport.txt");

    assertThat(analysis.inputs().get(0).format()).isEqualTo("netsh-dynamicport");
    assertThat(analysis.facts(DynamicPortRange.class))
        .extracting(
            DynamicPortRange::protocol,
            DynamicPortRange::family,
            DynamicPortRange::start,
            DynamicPortRange::count,
            r -> r.source().firstLine(),
            r -> r.source().lastLine())
        .containsExactly(
            tuple(Protocol.TCP, IpFamily.IPV4, 49152, 16384, 2L, 5L),
            tuple(Protocol.TCP, IpFamily.IPV4, 49152, 16384, 8L, 11L));
    assertThat(analysis.facts()).hasSize(2);
    assertThat(TestInputs.diagnostics(analysis, Severity.WARNING)).isEmpty();
    assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
        .extracting(Diagnostic::code)
        .contains("netsh-dynamicport.assumed-ipv4", "netsh-dynamicport.other-lines");
  }

  @Test
  void emptyTableAndTwoRowTable() {
    Analysis analysis = analyze("en-gotest-excludedportrange-empty-and-two.txt");

    assertThat(analysis.inputs().get(0).format()).isEqualTo("netsh-excluded");
    assertThat(analysis.facts(ExcludedPortRange.class))
        .extracting(
            ExcludedPortRange::protocol,
            ExcludedPortRange::family,
            ExcludedPortRange::start,
            ExcludedPortRange::end,
            ExcludedPortRange::administered)
        .containsExactly(
            tuple(Protocol.TCP, IpFamily.IPV4, 49697, 49796, false),
            tuple(Protocol.TCP, IpFamily.IPV4, 49797, 49896, false));
    assertThat(analysis.facts()).hasSize(2);
    assertThat(analysis.capacity())
        .extracting(EphemeralCapacity::start, EphemeralCapacity::count, EphemeralCapacity::excluded)
        .containsExactly(49152, 16384, 200);
    assertThat(TestInputs.diagnostics(analysis, Severity.WARNING)).isEmpty();
    assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
        .extracting(Diagnostic::code, Diagnostic::line)
        .contains(
            tuple("netsh-excluded.no-exclusions", 3L), tuple("netsh-excluded.assumed-tcp", 10L));
  }

  @Test
  void indentedTableWithAnAdministeredRange() {
    Analysis analysis = analyze("en-hamdeck-excludedportrange-indented.txt");

    assertThat(analysis.inputs().get(0).format()).isEqualTo("netsh-excluded");
    assertThat(analysis.facts(ExcludedPortRange.class))
        .extracting(
            ExcludedPortRange::start,
            ExcludedPortRange::end,
            ExcludedPortRange::administered,
            r -> r.source().firstLine())
        .containsExactly(
            tuple(5001, 5001, false, 3L),
            tuple(5002, 5002, false, 4L),
            tuple(5357, 5357, false, 5L),
            tuple(50000, 50059, true, 6L));
    assertThat(analysis.facts(ExcludedPortRange.class))
        .extracting(ExcludedPortRange::protocol, ExcludedPortRange::family)
        .containsOnly(tuple(Protocol.TCP, IpFamily.IPV4));
    assertThat(analysis.capacity().excluded()).isEqualTo(60);
    assertThat(analysis.capacity().effective()).isEqualTo(16324);
    assertThat(TestInputs.diagnostics(analysis, Severity.WARNING)).isEmpty();
  }

  @Test
  void dynamicPortRangeAndMibTwoStatisticsOfOneSession() throws Exception {
    Path file = TestInputs.corpus("netsh/en-zhblog-dynamicportrange-and-tcpstats.txt");

    Analysis analysis = TestInputs.analyze(file);

    assertThat(analysis.inputs().get(0).format()).isEqualTo("netsh-dynamicport");
    assertThat(analysis.facts(DynamicPortRange.class))
        .extracting(
            DynamicPortRange::protocol,
            DynamicPortRange::family,
            DynamicPortRange::start,
            DynamicPortRange::count,
            r -> r.source().firstLine())
        .containsExactly(tuple(Protocol.TCP, IpFamily.IPV4, 49152, 16384, 4L));
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
            tuple(
                IpFamily.IPV4,
                402947L,
                989620L,
                122047L,
                49384L,
                135L,
                Files.getLastModifiedTime(file).toInstant()));
    assertThat(analysis.facts()).hasSize(2);
    assertThat(TestInputs.diagnostics(analysis, Severity.INFO)).isEmpty();
  }

  @Test
  void russianRenderingsThatDisagreeAreBothKeptWithAWarning() {
    Analysis analysis = analyze("ru-dynamicport-two-conflicting-claims.txt");

    assertThat(analysis.inputs().get(0).format()).isEqualTo("netsh-dynamicport");
    assertThat(analysis.facts(DynamicPortRange.class))
        .extracting(
            DynamicPortRange::protocol,
            DynamicPortRange::family,
            DynamicPortRange::start,
            DynamicPortRange::count,
            r -> r.source().firstLine(),
            r -> r.source().lastLine())
        .containsExactly(
            tuple(Protocol.TCP, IpFamily.IPV4, 49152, 16384, 3L, 6L),
            tuple(Protocol.TCP, IpFamily.IPV4, 61000, 255, 10L, 13L));
    assertThat(analysis.facts(ExcludedPortRange.class))
        .extracting(
            ExcludedPortRange::protocol,
            ExcludedPortRange::family,
            ExcludedPortRange::start,
            ExcludedPortRange::end,
            ExcludedPortRange::administered)
        .containsExactly(tuple(Protocol.TCP, IpFamily.IPV4, 53100, 53199, false));
    assertThat(analysis.facts()).hasSize(3);
    assertThat(TestInputs.diagnostics(analysis, Severity.WARNING))
        .extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::line)
        .containsExactly(tuple(Severity.WARNING, "netsh-dynamicport.conflicting-ranges", 13L));
    assertThat(analysis.capacity())
        .extracting(EphemeralCapacity::start, EphemeralCapacity::count, EphemeralCapacity::excluded)
        .containsExactly(61000, 255, 0);
  }
}
