package io.portex.core.format.tasklist;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.model.SourceRange;
import io.portex.core.model.fact.ProcessImage;
import java.io.IOException;

/**
 * Reads {@code tasklist /fo csv}, with or without its header ({@code /nh}), plain, {@code /v},
 * {@code /svc} or {@code /m}: the first field is the image, the second the PID. A header names no
 * column portex needs, so it is recognised by its second field, {@code PID}. One instance reads one
 * input.
 */
final class TasklistCsvReader {

  private static final String CODE = "tasklist.";

  private final ReadContext context;
  private final EvidenceSink sink;
  private final DiagnosticSink diagnostics;
  private final TasklistReport report;

  /** Column count of the first row (or header), which every row must reach. */
  private int width = -1;

  TasklistCsvReader(ReadContext context, EvidenceSink sink, TasklistReport report) {
    this.context = context;
    this.sink = sink;
    this.diagnostics = context.diagnostics();
    this.report = report;
  }

  void read() throws IOException {
    context.forEachCsvRecord("tasklist", ',', this::accept);
  }

  private void accept(String[] record, long line) {
    if (record.length < 2) {
      report.other(String.join(",", record), line);
      return;
    }
    String image = record[0].strip();
    String pidText = record[1].strip();
    if (ProcessRow.isPidTitle(pidText)) {
      width = record.length;
      return;
    }
    int pid = ProcessRow.pid(pidText);
    if (pid < 0) {
      diagnostics.warning(
          CODE + "bad-pid",
          line,
          "'" + pidText + "' is no process id; row not read",
          String.join(",", record));
      return;
    }
    if (width < 0) {
      width = record.length;
    }
    if (record.length < width) {
      diagnostics.warning(
          CODE + "short-row",
          line,
          "row has " + record.length + " of " + width + " fields (cut short?); not read",
          String.join(",", record));
      return;
    }
    if (image.isEmpty()) {
      diagnostics.warning(CODE + "no-image", line, "row names no image; not read", "");
      return;
    }
    sink.fact(new ProcessImage(pid, image, new SourceRange(context.file().name(), line, line)));
    report.read();
  }
}
