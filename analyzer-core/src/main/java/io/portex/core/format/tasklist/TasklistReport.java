package io.portex.core.format.tasklist;

import io.portex.core.diag.DiagnosticSink;

/** Counts what a tasklist read gave and what it passed over, and reports it once at the end. */
final class TasklistReport {

  private final DiagnosticSink diagnostics;
  private int processes;
  private long otherLines;
  private long firstOtherLine;
  private String firstOther;

  TasklistReport(DiagnosticSink diagnostics) {
    this.diagnostics = diagnostics;
  }

  void read() {
    processes++;
  }

  void other(String text, long line) {
    if (otherLines++ == 0) {
      firstOtherLine = line;
      firstOther = text;
    }
  }

  void finish() {
    if (otherLines > 0) {
      diagnostics.info(
          "tasklist.other-lines",
          firstOtherLine,
          otherLines
              + " line(s) that are no process rows were not read (first at line "
              + firstOtherLine
              + ")",
          firstOther);
    }
    if (processes == 0) {
      diagnostics.warning("tasklist.no-processes", 0, "no process rows found", "");
    }
  }
}
