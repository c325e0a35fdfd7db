package io.portex.core.format.netsh;

import static io.portex.core.TestInputs.analyze;
import static io.portex.core.TestInputs.warnings;
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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetshReaderTest {

  @TempDir Path dir;

  private Path file(String name, String text) {
    return TestInputs.write(dir, name, text, StandardCharsets.UTF_8, false, "\r\n");
  }

  private static String block(String title, String start, String count) {
    return "\n"
        + title
        + "\n---------------------------------\nStart Port      : "
        + start
        + "\nNumber of Ports : "
        + count
        + "\n";
  }

  private static String tcpBlock(String start, String count) {
    return block("Protocol tcp Dynamic Port Range", start, count);
  }

  private static final String TABLE_HEAD =
      "\nProtocol tcp Port Exclusion Ranges\n\nStart Port    End Port\n----------    --------\n";

  @Nested
  class DynamicPorts {

    @Test
    void everyBlockTakesFamilyAndProtocolFromItsCommand() {
      Analysis analysis = analyze(TestInputs.fixture("netsh/en-dynamicport-four-blocks.txt"));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("netsh-dynamicport");
      assertThat(analysis.facts(DynamicPortRange.class))
          .extracting(
              DynamicPortRange::protocol,
              DynamicPortRange::family,
              DynamicPortRange::start,
              DynamicPortRange::count)
          .containsExactly(
              tuple(Protocol.TCP, IpFamily.IPV4, 10000, 20000),
              tuple(Protocol.UDP, IpFamily.IPV4, 49152, 16384),
              tuple(Protocol.TCP, IpFamily.IPV6, 49152, 16384),
              tuple(Protocol.UDP, IpFamily.IPV6, 49152, 16384));
      assertThat(analysis.facts(DynamicPortRange.class).get(0).source())
          .extracting(s -> s.firstLine(), s -> s.lastLine())
          .containsExactly(3L, 6L);
      assertThat(analysis.capacity())
          .extracting(EphemeralCapacity::start, EphemeralCapacity::count)
          .containsExactly(10000, 20000);
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "IBM850", "UTF-16LE"})
    void frenchLabelsInEveryEncodingGiveTheSameRanges(String charset) {
      String text = TestInputs.read(TestInputs.fixture("netsh/fr-dynamicport-legacy-range.txt"));
      Charset encoding = Charset.forName(charset);
      Path written =
          TestInputs.write(
              dir, "fr.txt", text, encoding, encoding.name().startsWith("UTF-16"), "\r\n");

      Analysis analysis = analyze(written);

      assertThat(analysis.facts(DynamicPortRange.class))
          .extracting(
              DynamicPortRange::protocol,
              DynamicPortRange::family,
              DynamicPortRange::start,
              DynamicPortRange::count)
          .containsExactly(
              tuple(Protocol.UDP, IpFamily.IPV6, 50000, 15536),
              tuple(Protocol.TCP, IpFamily.IPV4, 1025, 3976));
      assertThat(analysis.capacity())
          .extracting(EphemeralCapacity::start, EphemeralCapacity::end)
          .containsExactly(1025, 5000);
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void numbersRightAfterTheirCommandNeedNoTitle() {
      String text =
          "C:\\>netsh int ipv6 show dynamicport udp\n\nStart Port      : 50000\nNumber of Ports : 1000\n";

      Analysis analysis = analyze(file("bare.txt", text));

      assertThat(analysis.facts(DynamicPortRange.class))
          .extracting(
              DynamicPortRange::protocol,
              DynamicPortRange::family,
              DynamicPortRange::start,
              DynamicPortRange::count)
          .containsExactly(tuple(Protocol.UDP, IpFamily.IPV6, 50000, 1000));
    }

    @Test
    void titleWinsOverACommandThatDisagrees() {
      String text =
          "netsh int ipv4 show dynamicport tcp\n"
              + block("Protocol udp Dynamic Port Range", "49152", "16384");

      Analysis analysis = analyze(file("conflict.txt", text));

      assertThat(analysis.facts(DynamicPortRange.class))
          .extracting(DynamicPortRange::protocol)
          .containsExactly(Protocol.UDP);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("netsh-dynamicport.protocol-conflict", 3L));
    }

    @Test
    void commandForOtherOutputNamesNeitherFamilyNorProtocol() {
      String text =
          "C:\\>netsh int ipv6 show excludedportrange protocol=udp\n"
              + TABLE_HEAD.replace("tcp", "udp")
              + "      5353        5353\n\n* - Administered port exclusions.\n"
              + "-----------------------\n"
              + tcpBlock("49152", "16384");

      Analysis analysis = analyze(file("mixed.txt", text));

      assertThat(analysis.facts(ExcludedPortRange.class))
          .extracting(ExcludedPortRange::protocol, ExcludedPortRange::family)
          .containsExactly(tuple(Protocol.UDP, IpFamily.IPV6));
      assertThat(analysis.facts(DynamicPortRange.class))
          .extracting(DynamicPortRange::protocol, DynamicPortRange::family)
          .containsExactly(tuple(Protocol.TCP, IpFamily.IPV4));
      assertThat(warnings(analysis)).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code)
          .containsExactlyInAnyOrder(
              "netsh-dynamicport.assumed-ipv4", "netsh-excluded.other-lines");
    }

    @Test
    void withoutCommandTheFamilyIsTakenAsIpv4AndSaidSo() {
      Analysis analysis = analyze(file("plain.txt", tcpBlock("49152", "16384")));

      assertThat(analysis.facts(DynamicPortRange.class))
          .extracting(DynamicPortRange::family)
          .containsExactly(IpFamily.IPV4);
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code)
          .containsExactly("netsh-dynamicport.assumed-ipv4");
    }
  }

  @Nested
  class ExcludedRanges {

    @Test
    void tablesTakeFamilyAndProtocolFromTheirCommandAndMarkAdministeredRanges() {
      Analysis analysis = analyze(TestInputs.fixture("netsh/en-excludedportrange-ipv4-ipv6.txt"));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("netsh-excluded");
      assertThat(analysis.facts(ExcludedPortRange.class))
          .extracting(
              ExcludedPortRange::protocol,
              ExcludedPortRange::family,
              ExcludedPortRange::start,
              ExcludedPortRange::end,
              ExcludedPortRange::administered)
          .containsExactly(
              tuple(Protocol.TCP, IpFamily.IPV4, 1434, 1434, false),
              tuple(Protocol.TCP, IpFamily.IPV4, 50000, 50059, true),
              tuple(Protocol.TCP, IpFamily.IPV4, 54235, 54334, false),
              tuple(Protocol.TCP, IpFamily.IPV4, 54335, 54434, false),
              tuple(Protocol.UDP, IpFamily.IPV6, 5353, 5353, false));
      assertThat(analysis.capacity())
          .extracting(EphemeralCapacity::count, EphemeralCapacity::excluded)
          .containsExactly(16384, 260);
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO)).isEmpty();
    }

    @Test
    void severalTablesInOneFileAreSuccessiveStatesAndTheLastCounts() {
      String table =
          "\nProtocol tcp Port Exclusion Ranges\n\nStart Port    End Port\n----------    --------\n";
      String text =
          "C:\\> netsh int ipv4 show excludedportrange protocol=tcp\n"
              + table
              + "     50000       50099\n\n* - Administered port exclusions.\n\n"
              + "C:\\> netsh int ipv4 show excludedportrange protocol=tcp\n"
              + table
              + "     50000       50099\n     51000       51499\n\n"
              + "* - Administered port exclusions.\n";

      Analysis analysis = analyze(file("netsh_twice.txt", text));

      assertThat(analysis.facts(ExcludedPortRange.class))
          .extracting(ExcludedPortRange::start, ExcludedPortRange::end)
          .containsExactly(tuple(50000, 50099), tuple(51000, 51499));
      assertThat(analysis.capacity().excluded()).isEqualTo(600);
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code)
          .contains("netsh-excluded.changed");
    }

    @Test
    void tableWithoutTitleOrCommandIsTcpIpv4AndSaysSo() {
      String text = "Start Port    End Port\n----------    --------\n     50000       50099\n";

      Analysis analysis = analyze(file("bare.txt", text));

      assertThat(analysis.facts(ExcludedPortRange.class))
          .extracting(ExcludedPortRange::protocol, ExcludedPortRange::family)
          .containsExactly(tuple(Protocol.TCP, IpFamily.IPV4));
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code)
          .containsExactlyInAnyOrder("netsh-excluded.assumed-ipv4", "netsh-excluded.assumed-tcp");
    }

    @Test
    void emptyTableSaysNothingIsExcluded() {
      String text = TABLE_HEAD + "\n* - Administered port exclusions.\n";

      Analysis analysis = analyze(file("empty-table.txt", text));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("netsh-excluded");
      assertThat(analysis.facts()).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code)
          .contains("netsh-excluded.no-exclusions");
      assertThat(warnings(analysis)).isEmpty();
    }
  }

  @Test
  void collectionScriptOutputGivesRangeExclusionsStatisticsAndCapacity() {
    Analysis analysis = analyze(TestInputs.fixture("netsh/en-collect-script-netsh.txt"));

    assertThat(analysis.inputs().get(0).format()).isEqualTo("netsh-dynamicport");
    assertThat(analysis.facts(DynamicPortRange.class))
        .extracting(DynamicPortRange::start, DynamicPortRange::count)
        .containsExactly(tuple(10000, 20000));
    assertThat(analysis.facts(ExcludedPortRange.class))
        .extracting(
            ExcludedPortRange::start, ExcludedPortRange::end, ExcludedPortRange::administered)
        .containsExactly(
            tuple(15000, 15099, false), tuple(29950, 30049, true), tuple(50000, 50059, false));
    assertThat(analysis.facts(TcpStatistics.class))
        .extracting(TcpStatistics::family, TcpStatistics::activeOpens, TcpStatistics::current)
        .containsExactly(tuple(IpFamily.IPV4, 402947L, 135L));
    EphemeralCapacity capacity = analysis.capacity();
    assertThat(capacity.start()).isEqualTo(10000);
    assertThat(capacity.count()).isEqualTo(20000);
    assertThat(capacity.excluded()).isEqualTo(150);
    assertThat(capacity.effective()).isEqualTo(19850);
    assertThat(capacity.source()).contains("netsh");
    assertThat(TestInputs.diagnostics(analysis, Severity.INFO)).isEmpty();
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
    void blockWithoutItsCountIsAnErrorAndGivesNoRange() {
      Analysis analysis = analyze(file("no-count.txt", tcpBlock("49152", "")));

      assertThat(analysis.facts()).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, Severity.ERROR))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("netsh-dynamicport.missing-count", 5L));
      assertThat(analysis.capacity()).isEqualTo(EphemeralCapacity.DEFAULT);
    }

    @Test
    void blockCutAfterItsStartIsAnErrorAndTheNextBlockIsRead() {
      String text =
          "\nProtocol tcp Dynamic Port Range\n---------------------------------\n"
              + "Start Port      : 49152\n"
              + block("Protocol udp Dynamic Port Range", "49152", "16384");

      Analysis analysis = analyze(file("cut-block.txt", text));

      assertThat(analysis.facts(DynamicPortRange.class))
          .extracting(DynamicPortRange::protocol)
          .containsExactly(Protocol.UDP);
      assertThat(TestInputs.diagnostics(analysis, Severity.ERROR))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("netsh-dynamicport.missing-count", 4L));
    }

    @Test
    void truncatedLastLineLosesTheRange() {
      String text = tcpBlock("49152", "16384").stripTrailing();
      text = text.substring(0, text.indexOf("Number of") + 9);

      Analysis analysis = analyze(file("cut.txt", text));

      assertThat(analysis.facts()).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, Severity.ERROR))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("netsh-dynamicport.missing-count", 4L));
    }

    @Test
    void unusualRangesAreKeptWithAWarningImpossibleOnesRefused() {
      String text =
          "netsh int ipv4 show dynamicport tcp\n"
              + tcpBlock("1000", "100")
              + "netsh int ipv4 show dynamicport udp\n"
              + block("Protocol udp Dynamic Port Range", "60000", "16384")
              + "netsh int ipv6 show dynamicport tcp\n"
              + tcpBlock("0", "1000");

      Analysis analysis = analyze(file("odd.txt", text));

      assertThat(analysis.facts(DynamicPortRange.class))
          .extracting(DynamicPortRange::start, DynamicPortRange::count)
          .containsExactly(tuple(1000, 100));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::line)
          .containsExactly(
              tuple(Severity.WARNING, "netsh-dynamicport.low-start", 6L),
              tuple(Severity.WARNING, "netsh-dynamicport.small-range", 6L),
              tuple(Severity.ERROR, "netsh-dynamicport.invalid-range", 12L),
              tuple(Severity.ERROR, "netsh-dynamicport.invalid-range", 18L));
      assertThat(analysis.capacity())
          .extracting(EphemeralCapacity::start, EphemeralCapacity::count)
          .containsExactly(1000, 100);
    }

    @Test
    void excludedRangeEndingBeforeItsStartIsRefusedAndTheOthersKept() {
      String text =
          TABLE_HEAD
              + "     50000       50059\n     51000       50999\n     52000\n     53000       53009     *\n"
              + "\n* - Administered port exclusions.\n";

      Analysis analysis = analyze(file("bad-rows.txt", text));

      assertThat(analysis.facts(ExcludedPortRange.class))
          .extracting(ExcludedPortRange::start, ExcludedPortRange::end)
          .containsExactly(tuple(50000, 50059), tuple(53000, 53009));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::line)
          .containsExactly(
              tuple(Severity.ERROR, "netsh-excluded.end-before-start", 7L),
              tuple(Severity.WARNING, "netsh-excluded.cut-row", 8L));
      assertThat(analysis.capacity().excluded()).isEqualTo(70);
    }

    @Test
    void portBeyondTheLastPortIsRefused() {
      String text = TABLE_HEAD + "     65500       70000\n";

      Analysis analysis = analyze(file("beyond.txt", text));

      assertThat(analysis.facts()).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, Severity.ERROR))
          .extracting(Diagnostic::code)
          .containsExactly("netsh-excluded.invalid-port");
    }
  }

  @Nested
  class LogPrefixes {

    /** Every line of {@code text} behind {@code prefix}, as a script's log writes them. */
    private String prefixed(String prefix, String text) {
      StringBuilder out = new StringBuilder();
      for (String line : text.split("\n", -1)) {
        out.append(prefix).append(line).append('\n');
      }
      return out.toString();
    }

    @Test
    void aConstantPrefixIsReadBehind() {
      String text =
          prefixed(
              "    vhd: ",
              "netsh int ipv4 show dynamicport tcp"
                  + tcpBlock("10000", "55536")
                  + "netsh int ipv4 show excludedportrange protocol=tcp"
                  + TABLE_HEAD
                  + "     50000       50059     *\n\n* - Administered port exclusions.");

      Analysis analysis = analyze(file("vhd-setup.log", text));

      assertThat(analysis.facts(DynamicPortRange.class))
          .extracting(DynamicPortRange::start, DynamicPortRange::count)
          .containsExactly(tuple(10000, 55536));
      assertThat(analysis.facts(ExcludedPortRange.class))
          .extracting(ExcludedPortRange::start, ExcludedPortRange::end)
          .containsExactly(tuple(50000, 50059));
      assertThat(analysis.inputs().get(0).diagnostics())
          .extracting(Diagnostic::code)
          .contains("netsh-dynamicport.log-prefix");
      assertThat(warnings(analysis)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2026-11-03 10:00:01 ",
          "2026-11-03T10:00:01.123+01:00 - ",
          "[03.11.2026 10:00:01] ",
          "11/03/2026 10:00:01 AM: "
        })
    void aTimestampPrefixIsReadBehind(String stamp) {
      Analysis analysis = analyze(file("netsh.log", prefixed(stamp, tcpBlock("1024", "64511"))));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("netsh-dynamicport");
      assertThat(analysis.facts(DynamicPortRange.class))
          .extracting(DynamicPortRange::start, DynamicPortRange::count)
          .containsExactly(tuple(1024, 64511));
    }

    @Test
    void plainOutputHasNoPrefix() {
      assertThat(
              LogPrefix.learn(
                  java.util.List.of(
                      "Protocol tcp Dynamic Port Range",
                      "---------------------------------",
                      "Start Port      : 49152",
                      "Number of Ports : 16384")))
          .isSameAs(LogPrefix.NONE);
      assertThat(
              LogPrefix.learn(
                  java.util.List.of(
                      "Start Port    End Port",
                      "----------    --------",
                      "     50000       50059")))
          .isSameAs(LogPrefix.NONE);
    }
  }
}
