package io.portex.core.format.perfmon;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.TestInputs;
import io.portex.core.model.Series;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Perfmon logs of a whole server: thousands of columns; samples counted whatever they hold. */
class PerfmonWideTest {

  @TempDir Path dir;

  /** A typeperf log of {@code others} counters of other objects, then the TCP counter, 3 rows. */
  private static String log(int others, boolean withTcp) {
    StringBuilder text = new StringBuilder("\"(PDH-CSV 4.0) (Coordinated Universal Time)(0)\"");
    for (int i = 0; i < others; i++) {
      text.append(",\"\\\\WEB01\\Process(p").append(i).append(")\\Handle Count\"");
    }
    if (withTcp) {
      text.append(",\"\\\\WEB01\\TCPv4\\Connections Established\"");
    }
    text.append('\n');
    for (int row = 0; row < 3; row++) {
      text.append("\"03/11/2026 10:0").append(row).append(":00.000\"");
      for (int i = 0; i < others; i++) {
        text.append(",\"").append(i).append('"');
      }
      if (withTcp) {
        text.append(",\"").append(400 + row).append('"');
      }
      text.append('\n');
    }
    return text.toString();
  }

  private Analysis analyze(String text) {
    return TestInputs.analyze(
        TestInputs.write(dir, "perf.csv", text, StandardCharsets.UTF_8, false, "\r\n"));
  }

  @Test
  void aLogOfMoreThanATousandColumnsIsRead() {
    Analysis analysis = analyze(log(3000, true));

    assertThat(analysis.inputs().get(0).format()).isEqualTo("perfmon-csv");
    assertThat(analysis.series())
        .extracting(Series::name, s -> s.points().size())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("\\TCPv4\\Connections Established", 3));
    assertThat(analysis.inputs().get(0).records()).isEqualTo(3);
  }

  @Test
  void samplesWithoutTcpCountersAreCountedAsRecords() {
    Analysis analysis = analyze(log(2, false));

    assertThat(analysis.inputs().get(0).format()).isEqualTo("perfmon-csv");
    assertThat(analysis.series()).isEmpty();
    assertThat(analysis.inputs().get(0).records()).isEqualTo(3);
  }
}
