package io.portex.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

/**
 * Whole tickets: the bytes go through the {@code Analyzer} (sniffing, every reader, the rules) and
 * out through the JSON, text and HTML renderers. {@code mvn verify} replays {@code
 * TicketFuzzTestInputs/<target>/}; {@code scripts/fuzz.sh} fuzzes.
 */
class TicketFuzzTest {

  @BeforeAll
  static void warmUp() {
    Harness.warmUp();
  }

  /** One loose file of any format. */
  @FuzzTest
  void input(byte[] data) {
    Harness.analyze("capture.txt", data);
  }

  /** A zip archive on disk, nested archives and all. */
  @FuzzTest
  void zip(byte[] data) {
    Harness.analyzeFile("ticket.zip", data);
  }
}
