package io.portex.core.format.nettcp;

import io.portex.core.Analysis;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.format.FormatRegistry;
import io.portex.core.format.netstat.NetstatFormat;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Analyzes with the two Get-NetTCPConnection formats competing with netstat, as they will once
 * registered, and states per-state counts in a form tests can compare at a glance.
 */
final class NetTcpInputs {

  static final FormatRegistry FORMATS =
      new FormatRegistry(
          List.of(new NetTcpCsvFormat(), new NetTcpTableFormat(), new NetstatFormat()));

  private NetTcpInputs() {}

  static Analysis analyze(Path... files) {
    return TestInputs.analyze(files);
  }

  /** Writes UTF-8 without BOM with CRLF line ends, as PowerShell 7 writes. */
  static Path write(Path dir, String name, String text) {
    return TestInputs.write(dir, name, text, StandardCharsets.UTF_8, false, "\r\n");
  }

  static List<Diagnostic> warnings(Analysis analysis) {
    return TestInputs.diagnostics(analysis, Severity.WARNING);
  }

  static List<Diagnostic> errors(Analysis analysis) {
    return TestInputs.diagnostics(analysis, Severity.ERROR);
  }

  /** The non-zero state counts of a snapshot, such as {@code {LISTENING=7, TIME_WAIT=5}}. */
  static Map<TcpState, Integer> states(Snapshot snapshot) {
    Map<TcpState, Integer> counts = new EnumMap<>(TcpState.class);
    snapshot
        .states()
        .forEach(
            (state, count) -> {
              if (count > 0) {
                counts.put(state, count);
              }
            });
    return counts;
  }

  /** {@code "LISTENING=7 TIME_WAIT=5"} as a map. */
  static Map<TcpState, Integer> parse(String states) {
    Map<TcpState, Integer> expected = new EnumMap<>(TcpState.class);
    for (String pair : states.split(" ")) {
      String[] parts = pair.split("=");
      expected.put(TcpState.valueOf(parts[0]), Integer.parseInt(parts[1]));
    }
    return expected;
  }
}
