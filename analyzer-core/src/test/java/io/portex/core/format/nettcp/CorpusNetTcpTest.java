package io.portex.core.format.nettcp;

import static io.portex.core.format.nettcp.NetTcpInputs.analyze;
import static io.portex.core.format.nettcp.NetTcpInputs.parse;
import static io.portex.core.format.nettcp.NetTcpInputs.states;
import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.InputReport;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.model.ProcessUsage;
import io.portex.core.model.Snapshot;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every real {@code Get-NetTCPConnection} text capture of the shared corpus, with the counts
 * established by reading each file by hand: the rows, the lines they span, the rows per state and
 * the lines that deserve a warning ({@code [...]} left by the author).
 */
class CorpusNetTcpTest {

  static Stream<Arguments> captures() {
    return Stream.of(
        capture("fl-en-win11-allprops-listen.txt", 1, 2, 2, "LISTENING=1"),
        capture(
            "ft-en-blog-established-timewait-indented.txt",
            4,
            4,
            7,
            "LISTENING=1 ESTABLISHED=2 TIME_WAIT=1"),
        capture(
            "ft-en-thm-captain-timewait.txt",
            12,
            6,
            17,
            "LISTENING=10 ESTABLISHED=1 TIME_WAIT=1",
            5),
        capture("ft-en-ws2016-thm-listen.txt", 20, 5, 24, "LISTENING=20"));
  }

  private static Arguments capture(
      String file, int rows, long firstLine, long lastLine, String states, long... warned) {
    return Arguments.of(file, rows, firstLine, lastLine, states, warned);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void readsEveryRowExactly(
      String file, int rows, long firstLine, long lastLine, String states, long[] warned) {
    Analysis analysis = analyze(TestInputs.corpus("getnettcp/" + file));

    assertThat(analysis.inputs().get(0).format()).isEqualTo("nettcp-table");
    assertThat(analysis.snapshots()).hasSize(1);
    Snapshot snapshot = analysis.snapshots().get(0);
    assertThat(snapshot.rows()).isEqualTo(rows);
    assertThat(snapshot.source().firstLine()).isEqualTo(firstLine);
    assertThat(snapshot.source().lastLine()).isEqualTo(lastLine);
    assertThat(states(snapshot)).isEqualTo(parse(states));
    assertThat(analysis.inputs().get(0).records()).isEqualTo(rows);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void warnsExactlyWhereTheCaptureIsBroken(
      String file, int rows, long firstLine, long lastLine, String states, long[] warned) {
    Analysis analysis = analyze(TestInputs.corpus("getnettcp/" + file));

    assertThat(TestInputs.diagnostics(analysis, Severity.ERROR)).isEmpty();
    assertThat(TestInputs.diagnostics(analysis, Severity.WARNING))
        .extracting(Diagnostic::line)
        .containsExactly(Arrays.stream(warned).boxed().toArray(Long[]::new));
  }

  @Test
  void ipv6ListenersOfTheServerAreReadUnbracketed() {
    Snapshot snapshot =
        analyze(TestInputs.corpus("getnettcp/ft-en-ws2016-thm-listen.txt")).snapshots().get(0);

    assertThat(snapshot.localTcpPorts().contains(47001)).isTrue();
    assertThat(snapshot.processes())
        .extracting(ProcessUsage::pid, ProcessUsage::total)
        .startsWith(org.assertj.core.groups.Tuple.tuple(4, 4));
  }

  @Test
  void listViewGivesItsOneListenerAndItsProcess() {
    Snapshot snapshot =
        analyze(TestInputs.corpus("getnettcp/fl-en-win11-allprops-listen.txt")).snapshots().get(0);

    assertThat(snapshot.localTcpPorts().contains(8080)).isTrue();
    assertThat(snapshot.processes()).extracting(ProcessUsage::pid).containsExactly(4816);
  }

  /** Group-Object summaries count connections per process or state: no connection is listed. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "group-en-foxdeploy-eaconnect-exhaustion.txt",
        "group-en-wsl3951-bound-instanceid.txt"
      })
  void groupObjectSummariesAreOfNoKnownFormat(String file) {
    Analysis analysis = analyze(TestInputs.corpus("getnettcp/" + file));

    InputReport report = analysis.inputs().get(0);
    assertThat(report.format()).isEqualTo(InputReport.UNKNOWN);
    assertThat(report.confidence()).isZero();
    assertThat(analysis.snapshots()).isEmpty();
    assertThat(report.hasErrors()).isFalse();
  }
}
