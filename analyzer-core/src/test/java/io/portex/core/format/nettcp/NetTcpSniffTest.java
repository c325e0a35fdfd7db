package io.portex.core.format.nettcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analyzer;
import io.portex.core.TestInputs;
import io.portex.core.format.FormatRegistry;
import io.portex.core.format.Sniff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sniffing is specific: strong signals only ({@code #TYPE ...MSFT_NetTCPConnection}, a header of
 * connection columns, a dashes line under a table header, {@code LocalAddress :} list keys), the
 * Get-NetTCPConnection formats never claim a netstat capture, and netstat never claims theirs.
 */
class NetTcpSniffTest {

  private static final Analyzer ANALYZER = Analyzer.builder().formats(NetTcpInputs.FORMATS).build();

  /** Every format's confidence for one file, by format id. */
  private static Map<String, Double> confidences(Path file) {
    List<FormatRegistry.Candidate> candidates =
        ANALYZER.recognize(List.of(file)).get(0).candidates();
    return candidates.stream()
        .collect(Collectors.toMap(c -> c.format().id(), c -> c.sniff().confidence()));
  }

  static Stream<Arguments> ownInputs() {
    return Stream.of(
        own("nettcp/ps51-export-full.csv", "nettcp-csv", 0.97),
        own("nettcp/ps7-export-notype.csv", "nettcp-csv", 0.95),
        own("nettcp/ps51-select-numeric-states.csv", "nettcp-csv", 0.95),
        own("nettcp/ps51-useculture-semicolon.csv", "nettcp-csv", 0.97),
        own("nettcp/ps51-table-view.txt", "nettcp-table", 0.95),
        own("nettcp/ps51-list-view.txt", "nettcp-table", 0.9),
        corpus("getnettcp/ft-en-blog-established-timewait-indented.txt", "nettcp-table", 0.95),
        corpus("getnettcp/ft-en-thm-captain-timewait.txt", "nettcp-table", 0.95),
        corpus("getnettcp/ft-en-ws2016-thm-listen.txt", "nettcp-table", 0.95),
        corpus("getnettcp/fl-en-win11-allprops-listen.txt", "nettcp-table", 0.9));
  }

  private static Arguments own(String fixture, String format, double confidence) {
    return Arguments.of(fixture, true, format, confidence);
  }

  private static Arguments corpus(String file, String format, double confidence) {
    return Arguments.of(file, false, format, confidence);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownInputs")
  void recognizesItsOwnInputsAndOnlyOneFormatClaimsThem(
      String name, boolean fixture, String format, double confidence) {
    Path file = fixture ? TestInputs.fixture(name) : TestInputs.corpus(name);

    Map<String, Double> confidences = confidences(file);

    assertThat(confidences.get(format)).isEqualTo(confidence);
    confidences.forEach(
        (id, other) -> {
          if (!id.equals(format)) {
            assertThat(other).as("%s on %s", id, name).isLessThan(FormatRegistry.MIN_CONFIDENCE);
          }
        });
  }

  static Stream<Path> netstatCaptures() throws IOException {
    Path folder = TestInputs.corpus("netstat/jc-win10-netstat.txt").getParent();
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("netstatCaptures")
  void neverClaimsANetstatCapture(Path file) {
    Map<String, Double> confidences = confidences(file);

    assertThat(confidences.get("nettcp-csv")).isLessThan(0.3);
    assertThat(confidences.get("nettcp-table")).isLessThan(0.3);
  }

  static Stream<Arguments> lookAlikes() {
    return Stream.of(
        Arguments.of(
            "UDP endpoints table",
            "LocalAddress  LocalPort OwningProcess\n------------  --------- -------------\n"
                + "0.0.0.0       5353      2236\n"),
        Arguments.of(
            "UDP endpoints export",
            "#TYPE Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/"
                + "MSFT_NetUDPEndpoint\n\"LocalAddress\",\"LocalPort\",\"OwningProcess\"\n"),
        Arguments.of(
            "UDP endpoints list",
            "LocalAddress  : 0.0.0.0\nLocalPort     : 5353\nOwningProcess : 2236\n"),
        Arguments.of(
            "service list",
            "Name        : Spooler\nState       : Running\nDisplayName : Print Spooler\n"),
        Arguments.of(
            "netstat header", "  Proto  Local Address          Foreign Address        State\n"),
        Arguments.of(
            "table header without its dashes", "LocalAddress LocalPort RemoteAddress State\n"),
        Arguments.of("prose", "Note: run Get-NetTCPConnection -State TimeWait to see them.\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookAlikes")
  void looksAlikeAreNotClaimed(
      String what, String text, @org.junit.jupiter.api.io.TempDir Path dir) {
    Path file = NetTcpInputs.write(dir, "lookalike.txt", text);

    Map<String, Double> confidences = confidences(file);

    assertThat(confidences.values()).allMatch(c -> c < FormatRegistry.MIN_CONFIDENCE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownInputs")
  void givesAReason(String name, boolean fixture, String format, double confidence) {
    Path file = fixture ? TestInputs.fixture(name) : TestInputs.corpus(name);

    Sniff sniff = ANALYZER.recognize(List.of(file)).get(0).candidates().get(0).sniff();

    assertThat(sniff.reason()).containsAnyOf("#TYPE", "header", "list view");
  }
}
