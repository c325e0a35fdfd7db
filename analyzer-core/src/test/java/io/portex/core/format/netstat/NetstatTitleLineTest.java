package io.portex.core.format.netstat;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** netstat's own title, in any language, is known text: only what matters is left as a note. */
class NetstatTitleLineTest {

  @TempDir Path dir;

  private static final String TABLE =
      "  Proto  Local Address          Foreign Address        State           PID\r\n"
          + "  TCP    10.0.0.5:50000         10.0.0.9:1433          TIME_WAIT       0\r\n";

  private Analysis analyze(String text) {
    return TestInputs.analyze(
        TestInputs.write(dir, "netstat.txt", text, StandardCharsets.UTF_8, false, "\r\n"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Active Connections",
        "Aktive Verbindungen",
        "Connexions actives",
        "Conexiones activas",
        "活动连接",
        "アクティブな接続",
        "Активные подключения"
      })
  void theTitleIsNoUnreadLine(String title) {
    Analysis analysis = analyze("\r\n" + title + "\r\n\r\n" + TABLE);

    assertThat(analysis.inputs().get(0).records()).isEqualTo(1);
    assertThat(analysis.inputs().get(0).diagnostics())
        .extracting(Diagnostic::code)
        .doesNotContain("netstat.other-lines");
  }

  @Test
  void theNoteThatMattersIsTheFirstOtherLine() {
    Analysis analysis = analyze("\r\nActive Connections\r\n\r\n" + TABLE + "\r\n... truncated\r\n");

    assertThat(analysis.inputs().get(0).diagnostics())
        .filteredOn(d -> d.code().equals("netstat.other-lines"))
        .extracting(Diagnostic::excerpt)
        .containsExactly("... truncated");
  }
}
