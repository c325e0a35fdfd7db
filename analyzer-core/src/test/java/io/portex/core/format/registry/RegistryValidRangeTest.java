package io.portex.core.format.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry value Windows would refuse is shown as read and never used in the analysis. */
class RegistryValidRangeTest {

  @TempDir Path dir;

  private Analysis analyze(String data) {
    String text =
        RegistryReaderTest.PARAMETERS + "\n    TcpTimedWaitDelay    REG_DWORD    " + data + "\n";
    return TestInputs.analyze(
        TestInputs.write(dir, "reg.txt", text, StandardCharsets.UTF_8, false, "\r\n"));
  }

  @Test
  void aDelayOfFourBillionSecondsIsIgnoredWithAWarning() {
    Analysis analysis = analyze("0xffffffff");

    assertThat(analysis.timeWait().known()).isFalse();
    assertThat(TestInputs.warnings(analysis))
        .extracting(Diagnostic::code, Diagnostic::message)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.toList().get(0)).isEqualTo("registry.out-of-range");
              assertThat((String) d.toList().get(1)).contains("4294967295").contains("ignored");
            });
  }

  @Test
  void aDelayWithinTheRangeIsUsed() {
    Analysis analysis = analyze("0x3c");

    assertThat(analysis.timeWait().seconds()).isEqualTo(60L);
  }
}
