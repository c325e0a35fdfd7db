package io.portex.core;

import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import java.util.List;

/**
 * What became of one input.
 *
 * @param path the input as the user named it
 * @param format the id of the format it was read as, or {@code unknown}
 * @param confidence how sure the sniffing was, 0–1
 * @param reason why that format was chosen (or none was)
 * @param charset the charset it was read with ({@code UTF-16LE}, {@code cp850}, ...)
 * @param records the evidence records read from it (connection rows for netstat)
 * @param snapshots the snapshots it gave
 * @param diagnostics what could not be read, and remarks
 * @param host the machine the input was attributed to (SPEC §3: its content, a line naming it, its
 *     path, or the only host of the ticket), or null when none
 */
public record InputReport(
    String path,
    String format,
    double confidence,
    String reason,
    String charset,
    long records,
    int snapshots,
    List<Diagnostic> diagnostics,
    String host) {

  /** The format id of inputs no format recognised. */
  public static final String UNKNOWN = "unknown";

  public InputReport {
    diagnostics = List.copyOf(diagnostics);
  }

  /** An input attributed to no host (skipped, unread, or read before hosts are known). */
  public InputReport(
      String path,
      String format,
      double confidence,
      String reason,
      String charset,
      long records,
      int snapshots,
      List<Diagnostic> diagnostics) {
    this(path, format, confidence, reason, charset, records, snapshots, diagnostics, null);
  }

  public boolean recognized() {
    return !UNKNOWN.equals(format);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}
