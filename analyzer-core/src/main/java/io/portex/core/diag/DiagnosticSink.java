package io.portex.core.diag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the diagnostics of one input. Each code is kept at most {@link #perCodeLimit} times, so
 * a file with a million bad lines stays small; the number left out is reported once per code at the
 * end. Not thread-safe: one sink belongs to one input being read.
 */
public final class DiagnosticSink {

  private final String file;
  private final int perCodeLimit;
  private final List<Diagnostic> kept = new ArrayList<>();
  private final Map<String, Integer> seenPerCode = new HashMap<>();
  private final Map<String, Severity> severityPerCode = new HashMap<>();

  public DiagnosticSink(String file, int perCodeLimit) {
    this.file = file;
    this.perCodeLimit = perCodeLimit;
  }

  public String file() {
    return file;
  }

  public void info(String code, long line, String message, String excerpt) {
    report(Severity.INFO, code, line, message, excerpt);
  }

  public void warning(String code, long line, String message, String excerpt) {
    report(Severity.WARNING, code, line, message, excerpt);
  }

  public void error(String code, long line, String message, String excerpt) {
    report(Severity.ERROR, code, line, message, excerpt);
  }

  public void report(Severity severity, String code, long line, String message, String excerpt) {
    int seen = seenPerCode.merge(code, 1, Integer::sum);
    severityPerCode.merge(code, severity, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    if (seen <= perCodeLimit) {
      kept.add(new Diagnostic(severity, code, file, line, message, excerpt));
    }
  }

  /** How many diagnostics of this code were reported, kept or not. */
  public int count(String code) {
    return seenPerCode.getOrDefault(code, 0);
  }

  /** The diagnostics kept, in the order reported, then one summary per code that hit the limit. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(kept);
    seenPerCode.entrySet().stream()
        .filter(e -> e.getValue() > perCodeLimit)
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                all.add(
                    new Diagnostic(
                        severityPerCode.get(e.getKey()),
                        e.getKey(),
                        file,
                        0,
                        (e.getValue() - perCodeLimit)
                            + " more of this kind not listed ("
                            + e.getValue()
                            + " in all)",
                        "")));
    return List.copyOf(all);
  }
}
