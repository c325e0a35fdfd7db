package io.portex.core.format.tasklist;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.model.SourceRange;
import io.portex.core.model.fact.ProcessImage;
import java.io.IOException;

/**
 * Reads the default {@code tasklist} table (and {@code /v}, {@code /svc}, {@code /m}): columns are
 * taken from the {@code =} underline; lines with neither image nor PID continue the row above
 * ({@code /svc} wraps its service list). A line that is no row is held back one line: when an
 * underline follows, it was the header of another run of tasklist. One instance reads one input.
 */
final class TasklistTableReader {

  private static final String CODE = "tasklist.";

  /** The longest line read: a glued table of some 10,000 processes. */
  private static final int GLUED_LINE_MAX = 1 << 20;

  /** Shorter lines are one table line: an underline has at least two runs. */
  private static final int MIN_GLUED = 16;

  private final ReadContext context;
  private final EvidenceSink sink;
  private final DiagnosticSink diagnostics;
  private final TasklistReport report;

  private TableColumns columns;
  private String held;
  private long heldLine;
  private String heldPid;

  TasklistTableReader(ReadContext context, EvidenceSink sink, TasklistReport report) {
    this.context = context;
    this.sink = sink;
    this.diagnostics = context.diagnostics();
    this.report = report;
  }

  void read() throws IOException {
    context.forEachLongLine(
        "tasklist", GLUED_LINE_MAX, (line, number, terminated) -> glued(line, number));
    releaseHeld();
  }

  /** A line that holds several of the table's lines is read piece by piece, and told once. */
  private void glued(String line, long number) {
    GluedRows.Split split = line.length() > MIN_GLUED ? GluedRows.split(line, columns) : null;
    if (split == null) {
      accept(line, number);
      return;
    }
    diagnostics.info(
        CODE + "glued-rows",
        number,
        split.pieces().size()
            + " table lines glued onto this one were split"
            + (split.period() > 0
                ? " every " + split.period() + " characters"
                : " at the underline"),
        line.substring(0, Math.min(line.length(), 120)).strip());
    for (String piece : split.pieces()) {
      accept(piece, number);
    }
  }

  private void accept(String line, long number) {
    if (line.isBlank()) {
      return;
    }
    TableColumns underline = TableColumns.of(line);
    if (underline != null) {
      held = null;
      columns = underline;
      return;
    }
    releaseHeld();
    if (columns == null) {
      hold(line, number, null);
      return;
    }
    String image = columns.field(line, 0);
    String pidText = columns.field(line, 1);
    if (image.isEmpty() && pidText.isEmpty()) {
      return;
    }
    int pid = ProcessRow.pid(pidText);
    if (pid < 0) {
      hold(line, number, columns.count() > 2 && !columns.cutShort(line) ? pidText : null);
      return;
    }
    if (columns.count() > 2 && columns.cutShort(line)) {
      diagnostics.warning(
          CODE + "cut-row", number, "row ends before its last column (cut short?); not read", line);
      return;
    }
    sink.fact(new ProcessImage(pid, image, new SourceRange(context.file().name(), number, number)));
    report.read();
  }

  private void hold(String line, long number, String pidText) {
    held = line;
    heldLine = number;
    heldPid = pidText;
  }

  /**
   * A held line not followed by an underline: a row with a bad PID when it spans the table's
   * columns, else other text.
   */
  private void releaseHeld() {
    if (held == null) {
      return;
    }
    if (heldPid != null && !ProcessRow.isPidTitle(heldPid)) {
      diagnostics.warning(
          CODE + "bad-pid",
          heldLine,
          "'" + heldPid + "' is no process id; row not read",
          held.strip());
    } else {
      report.other(held.strip(), heldLine);
    }
    held = null;
  }
}
