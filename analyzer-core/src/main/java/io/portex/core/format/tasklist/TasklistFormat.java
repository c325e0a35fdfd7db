package io.portex.core.format.tasklist;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.LineReader;
import io.portex.core.source.TextHead;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code tasklist} as CSV ({@code /fo csv}, with or without header) or as its default table, plain
 * or {@code /v}, {@code /svc}, {@code /m}, in any language. Gives a {@link
 * io.portex.core.model.fact.ProcessImage} per process, which names the PIDs of netstat snapshots.
 */
public final class TasklistFormat implements InputFormat {

  /** Lines looked at to tell CSV from a table. */
  private static final int LAYOUT_LINES = 50;

  @Override
  public String id() {
    return "tasklist";
  }

  @Override
  public String description() {
    return "tasklist /fo csv (with or without header) or table, /svc, any language";
  }

  @Override
  public Sniff sniff(TextHead head) {
    if (head.charset().binary()) {
      return Sniff.no("binary content");
    }
    List<String> lines = new ArrayList<>();
    TableColumns known = null;
    for (String line : head.lines()) {
      GluedRows.Split glued = GluedRows.split(line, known);
      for (String piece : glued != null ? glued.pieces() : List.of(line)) {
        lines.add(piece);
        TableColumns underline = TableColumns.of(piece);
        known = underline != null ? underline : known;
      }
    }
    int nonBlank = 0;
    int headers = 0;
    int rows = 0;
    int exes = 0;
    int underlines = 0;
    int tableRows = 0;
    TableColumns columns = null;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      nonBlank++;
      TableColumns underline = TableColumns.of(line);
      if (underline != null) {
        underlines++;
        columns = underline;
        continue;
      }
      if (columns != null && ProcessRow.pid(columns.field(line, 1)) >= 0) {
        tableRows++;
      }
      String[] fields = quotedFields(line.strip());
      if (fields == null) {
        continue;
      }
      if (ProcessRow.isPidTitle(fields[1])) {
        headers++;
      } else if (ProcessRow.isImage(fields[0]) && ProcessRow.pid(fields[1]) >= 0) {
        rows++;
        exes += fields[0].toLowerCase(Locale.ROOT).endsWith(".exe") ? 1 : 0;
      }
    }
    if (headers > 0 && rows > 0) {
      return new Sniff(0.95, "tasklist CSV: header and " + rows + " process row(s)");
    }
    if (underlines > 0 && tableRows > 0) {
      return new Sniff(0.9, "tasklist table: " + tableRows + " process row(s)");
    }
    if (rows >= 2 && rows >= 0.8 * nonBlank) {
      return new Sniff(
          exes * 2 >= rows ? 0.85 : 0.6, "tasklist CSV without header: " + rows + " row(s)");
    }
    if (headers > 0 && headers >= nonBlank - 1) {
      return new Sniff(0.6, "tasklist CSV header without rows");
    }
    return Sniff.no("no tasklist header or process rows");
  }

  /** The fields of a fully quoted CSV line with at least two of them, or null. */
  private static String[] quotedFields(String text) {
    if (text.length() < 7 || text.charAt(0) != '"' || !text.endsWith("\"")) {
      return null;
    }
    String[] fields = text.substring(1, text.length() - 1).split("\",\"", -1);
    return fields.length >= 2 ? fields : null;
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    TasklistReport report = new TasklistReport(context.diagnostics());
    if (isCsv(context)) {
      new TasklistCsvReader(context, sink, report).read();
    } else {
      new TasklistTableReader(context, sink, report).read();
    }
    report.finish();
  }

  /** CSV when a quoted line comes before any table underline. */
  private static boolean isCsv(ReadContext context) throws IOException {
    try (LineReader lines = context.openLines()) {
      String line;
      while ((line = lines.next()) != null && lines.lineNumber() <= LAYOUT_LINES) {
        String text = line.strip();
        if (text.startsWith("\"")) {
          return true;
        }
        if (TableColumns.of(line) != null) {
          return false;
        }
      }
    }
    return false;
  }
}
