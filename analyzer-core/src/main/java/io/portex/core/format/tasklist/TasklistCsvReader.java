package io.portex.core.format.tasklist;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.model.SourceRange;
import io.portex.core.model.fact.ProcessImage;
import io.portex.core.source.CsvReader;
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

  TasklistCsvReader(ReadContext context, EvidenceSink sink, TasklistReport report) {
    this.context = context;
    this.sink = sink;
    this.diagnostics = context.diagnostics();
    this.report = report;
  }

  void read() throws IOException {
    int width = -1;
    try (CsvReader csv = context.openCsv(',')) {
      String[] record;
      while ((record = csv.next()) != null) {
        long line = csv.line();
        if (record.length < 2) {
          report.other(String.join(",", record), line);
          continue;
        }
        String image = record[0].strip();
        String pidText = record[1].strip();
        if (ProcessRow.isPidTitle(pidText)) {
          width = record.length;
          continue;
        }
        int pid = ProcessRow.pid(pidText);
        if (pid < 0) {
          diagnostics.warning(
              CODE + "bad-pid",
              line,
              "'" + pidText + "' is no process id; row not read",
              String.join(",", record));
          continue;
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
          continue;
        }
        if (image.isEmpty()) {
          diagnostics.warning(CODE + "no-image", line, "row names no image; not read", "");
          continue;
        }
        sink.fact(new ProcessImage(pid, image, new SourceRange(context.file().name(), line, line)));
        report.read();
      }
    } catch (CsvReader.CsvException e) {
      diagnostics.warning(
          CODE + "bad-csv", e.line(), "CSV cannot be read from here on: " + e.getMessage(), "");
    }
  }
}
