package io.portex.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.InputReport;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetstatDumpGeneratorTest {

  private static final NetstatDumpGenerator THREE_BY_100 =
      NetstatDumpGenerator.builder().snapshots(3).rowsPerSnapshot(100).build();

  @TempDir Path temp;

  @Test
  void writesTheRowsAskedForAfterABannerWithCrlfLineEnds() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DumpStats stats = THREE_BY_100.write(bytes);

    String text = bytes.toString(StandardCharsets.US_ASCII);
    assertThat(text).startsWith("==== 2026-03-11 10:00:00 ====\r\n\r\nActive Connections\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
    List<String> lines = List.of(text.split("\r\n"));
    long rows =
        lines.stream().filter(l -> l.startsWith("  TCP ") || l.startsWith("  UDP ")).count();
    assertThat(rows).isEqualTo(300);
    assertThat(lines).filteredOn(l -> l.startsWith("==== ")).hasSize(3);
    assertThat(stats.rows()).isEqualTo(300);
    assertThat(stats.snapshots()).isEqualTo(3);
    assertThat(stats.lines()).isEqualTo(3 * (5 + 100));
    assertThat(stats.bytes()).isEqualTo(bytes.size());
    assertThat(stats.tcpRows() + stats.udpRows()).isEqualTo(300);
    assertThat(stats.tcp("TIME_WAIT")).isGreaterThan(stats.tcp("ESTABLISHED"));
    assertThat(stats.tcpStates()).containsKeys("LISTENING", "CLOSE_WAIT");
  }

  @Test
  void theAnalyzerReadsBackWhatWasWritten() throws IOException {
    Path file = temp.resolve("netstat-loop.txt");
    DumpStats stats = THREE_BY_100.write(file);

    Analysis analysis = Analyzer.builder().build().analyze(List.of(file));

    InputReport input = analysis.inputs().get(0);
    assertThat(input.format()).isEqualTo("netstat");
    assertThat(input.records()).isEqualTo(300);
    assertThat(analysis.snapshots()).hasSize(3);
    assertThat(analysis.snapshots()).allSatisfy(s -> assertThat(s.rows()).isEqualTo(100));
    Map<String, Long> read = new HashMap<>();
    long udp = 0;
    for (Snapshot snapshot : analysis.snapshots()) {
      udp += snapshot.udpSockets();
      snapshot.states().forEach((state, n) -> read.merge(state.name(), (long) n, Long::sum));
    }
    read.values().removeIf(n -> n == 0);
    assertThat(read).isEqualTo(stats.tcpStates());
    assertThat(udp).isEqualTo(stats.udpRows());
    assertThat(analysis.snapshots().get(0).count(TcpState.TIME_WAIT)).isPositive();
    assertThat(input.diagnostics())
        .noneMatch(d -> d.code().startsWith("netstat.") && !d.code().equals("netstat.other-lines"));
  }

  @Test
  void outboundConnectionsOfASnapshotUseDistinctEphemeralPorts() throws IOException {
    Path file = temp.resolve("one.txt");
    NetstatDumpGenerator.builder().snapshots(1).build().write(file);

    Analysis analysis = Analyzer.builder().build().analyze(List.of(file));

    Snapshot snapshot = analysis.snapshots().get(0);
    assertThat(snapshot.rows()).isEqualTo(NetstatDumpGenerator.DEFAULT_ROWS_PER_SNAPSHOT);
    int outbound = snapshot.tcpSockets() - snapshot.count(TcpState.LISTENING);
    assertThat(analysis.ephemeralInUse(snapshot)).isBetween(outbound, outbound + 10);
  }

  @Test
  void theSameSettingsGiveTheSameBytes() throws IOException {
    NetstatDumpGenerator generator =
        NetstatDumpGenerator.builder().snapshots(2).rowsPerSnapshot(500).seed(7).build();
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    generator.write(first);
    generator.write(second);
    assertThat(Arrays.equals(first.toByteArray(), second.toByteArray())).isTrue();
  }

  @Test
  void sizeLimitsStopAfterARowOnceReached() throws IOException {
    DumpStats byLines =
        NetstatDumpGenerator.builder().lines(1_000).build().write(OutputStream.nullOutputStream());
    assertThat(byLines.lines()).isEqualTo(1_000);
    assertThat(byLines.snapshots()).isEqualTo(1);

    DumpStats byBytes =
        NetstatDumpGenerator.builder()
            .bytes(2_000_000)
            .build()
            .write(OutputStream.nullOutputStream());
    assertThat(byBytes.bytes()).isBetween(2_000_000L, 2_000_200L);
    assertThat(byBytes.snapshots()).isEqualTo(3);
  }

  @Test
  void rowsHaveTheLayoutOfStringFormat() {
    SnapshotRows rows = new SnapshotRows(new SplittableRandom(1), 2_000);
    while (rows.hasNext()) {
      NetstatRow row = rows.next();
      assertThat(render(row)).isEqualTo(row.formatted());
    }
    NetstatRow udp = HostProfile.UDP_FIXED.get(0);
    assertThat(render(udp))
        .isEqualTo("  UDP    0.0.0.0:123            *:*                                    1234");
  }

  @Test
  void needsALimit() {
    assertThatThrownBy(() -> NetstatDumpGenerator.builder().build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void parsesSizesAndArguments() {
    assertThat(ByteSize.parse("1g")).isEqualTo(1L << 30);
    assertThat(ByteSize.parse("75MB")).isEqualTo(75L << 20);
    assertThat(ByteSize.parse("4096")).isEqualTo(4096);
    assertThatThrownBy(() -> ByteSize.parse("lots")).isInstanceOf(IllegalArgumentException.class);
    GeneratorArgs args = GeneratorArgs.parse(new String[] {"out.txt", "--lines", "1_000"});
    assertThat(args.output()).isEqualTo(Path.of("out.txt"));
    assertThatThrownBy(() -> GeneratorArgs.parse(new String[] {"--lines", "5"}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String render(NetstatRow row) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AsciiOut out = new AsciiOut(bytes);
    row.writeTo(out);
    try {
      out.flush();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return bytes.toString(StandardCharsets.US_ASCII);
  }
}
