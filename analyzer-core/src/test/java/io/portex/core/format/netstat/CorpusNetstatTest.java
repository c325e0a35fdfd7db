package io.portex.core.format.netstat;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real netstat capture of the shared corpus, with the counts established by reading each file
 * by hand (and cross-checked with an independent grep count): rows per snapshot, TCP and UDP rows,
 * rows per state, and the lines that deserve a warning (elisions, rows cut by a console).
 */
class CorpusNetstatTest {

  static Stream<Arguments> captures() {
    return Stream.of(
        capture(
            "de-win7-netstat-an-mojibake-ABHtmREN.txt",
            "98",
            92,
            6,
            "LISTENING=20 ESTABLISHED=56 TIME_WAIT=5 CLOSE_WAIT=7 FIN_WAIT_2=4",
            10,
            52,
            86,
            105),
        capture(
            "de-win81-diagdump-netstat-ano.txt",
            "123",
            102,
            21,
            "LISTENING=45 ESTABLISHED=24 TIME_WAIT=31 CLOSE_WAIT=1 FIN_WAIT_2=1"),
        capture(
            "de-win81-diagdump-netstat-tn-offload-excerpt.txt",
            "16",
            16,
            0,
            "ESTABLISHED=10 TIME_WAIT=4 CLOSE_WAIT=1 FIN_WAIT_2=1"),
        capture(
            "de-winxp-checkmk-agent-example-comment.txt",
            "20",
            16,
            4,
            "LISTENING=8 ESTABLISHED=5 TIME_WAIT=3"),
        capture("en-zhblog-netstat-aqn-bound.txt", "1,1", 2, 0, "LISTENING=1 BOUND=1"),
        capture(
            "es-win10-netstat-an-o-b.txt",
            "52,19,11",
            74,
            8,
            "LISTENING=20 ESTABLISHED=36 TIME_WAIT=11 CLOSE_WAIT=7"),
        capture(
            "es-win10-netstat-nabo-redirected-file-oem-mojibake.txt",
            "89",
            81,
            8,
            "LISTENING=20 ESTABLISHED=32 TIME_WAIT=29"),
        capture(
            "fr-win10-netstat-abo-and-p-udp-anb-max.txt",
            "39,26",
            39,
            26,
            "LISTENING=13 ESTABLISHED=13 TIME_WAIT=3 CLOSE_WAIT=10"),
        capture(
            "fr-win10-netstat-ano-arthu.txt",
            "156",
            67,
            89,
            "LISTENING=37 ESTABLISHED=19 TIME_WAIT=6 CLOSE_WAIT=5"),
        capture("ja-book-netstat-n-excerpt.txt", "2", 2, 0, "ESTABLISHED=1 TIME_WAIT=1", 7, 9),
        capture("ja-win-netstat-ano-excerpt-cnnotes.txt", "5", 5, 0, "LISTENING=5"),
        capture(
            "ja-win10-netstat-console-wrapped.txt",
            "98",
            98,
            0,
            "ESTABLISHED=87 TIME_WAIT=3 CLOSE_WAIT=3 UNKNOWN=5",
            73,
            74,
            75,
            78,
            81,
            84,
            87,
            88,
            89),
        capture("jc-win10-netstat-an.txt", "260", 80, 180, "LISTENING=48 ESTABLISHED=32"),
        capture("jc-win10-netstat-aon.txt", "208", 71, 137, "LISTENING=39 ESTABLISHED=32"),
        capture(
            "jc-win10-netstat-aonb.txt",
            "318",
            114,
            204,
            "LISTENING=51 ESTABLISHED=54 TIME_WAIT=3 CLOSE_WAIT=6"),
        capture("jc-win10-netstat.txt", "32", 32, 0, "ESTABLISHED=32"),
        capture("ko-win-netstat-nao-findstr.txt", "5", 5, 0, "LISTENING=1 ESTABLISHED=4"),
        capture("ko-win10-netstat-ano-tomcat-notes.txt", "7", 7, 0, "LISTENING=7", 14),
        capture("pt-br-netstat-notes.txt", "15", 15, 0, "ESTABLISHED=14 CLOSE_WAIT=1"),
        capture("ru-win10-14393-netstat-a-indented.txt", "19", 9, 10, "LISTENING=7 ESTABLISHED=2"),
        capture("ru-win10-19044-netstat-finwait2.txt", "8", 8, 0, "ESTABLISHED=2 FIN_WAIT_2=6"),
        capture(
            "zh-win10-netstat-ano-noatn.txt",
            "86",
            45,
            41,
            "LISTENING=26 ESTABLISHED=9 TIME_WAIT=1 CLOSE_WAIT=1 FIN_WAIT_1=2 LAST_ACK=6"));
  }

  private static Arguments capture(
      String file, String rowsPerSnapshot, int tcp, int udp, String states, long... warned) {
    return Arguments.of(file, rowsPerSnapshot, tcp, udp, states, warned);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void readsEveryRowExactly(
      String file, String rowsPerSnapshot, int tcp, int udp, String states, long[] warned) {
    Analysis analysis = TestInputs.analyze(TestInputs.corpus("netstat/" + file));

    List<Snapshot> snapshots = analysis.snapshots();
    assertThat(analysis.inputs().get(0).format()).isEqualTo("netstat");
    assertThat(String.join(",", snapshots.stream().map(s -> "" + s.rows()).toList()))
        .isEqualTo(rowsPerSnapshot);
    assertThat(snapshots.stream().mapToInt(Snapshot::tcpSockets).sum()).isEqualTo(tcp);
    assertThat(snapshots.stream().mapToInt(Snapshot::udpSockets).sum()).isEqualTo(udp);
    assertThat(totals(snapshots)).isEqualTo(parse(states));
    assertThat(analysis.inputs().get(0).records()).isEqualTo(tcp + udp);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void warnsExactlyWhereTheCaptureIsBroken(
      String file, String rowsPerSnapshot, int tcp, int udp, String states, long[] warned) {
    Analysis analysis = TestInputs.analyze(TestInputs.corpus("netstat/" + file));

    assertThat(TestInputs.diagnostics(analysis, Severity.ERROR)).isEmpty();
    assertThat(TestInputs.diagnostics(analysis, Severity.WARNING))
        .extracting(Diagnostic::line)
        .containsExactly(Arrays.stream(warned).boxed().toArray(Long[]::new));
  }

  private static Map<TcpState, Integer> totals(List<Snapshot> snapshots) {
    Map<TcpState, Integer> totals = new EnumMap<>(TcpState.class);
    for (Snapshot snapshot : snapshots) {
      snapshot
          .states()
          .forEach(
              (state, count) -> {
                if (count > 0) {
                  totals.merge(state, count, Integer::sum);
                }
              });
    }
    return totals;
  }

  private static Map<TcpState, Integer> parse(String states) {
    Map<TcpState, Integer> expected = new EnumMap<>(TcpState.class);
    for (String pair : states.split(" ")) {
      String[] parts = pair.split("=");
      expected.put(TcpState.valueOf(parts[0]), Integer.parseInt(parts[1]));
    }
    return expected;
  }
}
