package io.portex.core.format.eventcsv;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.model.EventRecord;
import io.portex.core.model.SourceRange;
import io.portex.core.source.CsvReader;
import io.portex.core.source.LineReader;
import io.portex.core.time.LocalStamp;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Reads one event CSV, in two passes over the text: the first decides the order of day and month
 * from the dates that show it, the second hands one event record per row to the sink. Event Viewer
 * exports carry no event data (only the message): their records have none. Rows that cannot be
 * attributed (no source, no event id) are reported and left out; a date that cannot be read is
 * reported and the event kept without a time. One instance reads one input.
 */
final class EventCsvReader {

  private static final int HEADER_SEARCH_LINES = 16;

  private final ReadContext context;
  private final EvidenceSink sink;
  private final DiagnosticSink diagnostics;
  private final String formatId;
  private final String code;
  private boolean dayFirst;
  private String[] row;

  EventCsvReader(ReadContext context, EvidenceSink sink, String formatId) {
    this.context = context;
    this.sink = sink;
    this.diagnostics = context.diagnostics();
    this.formatId = formatId;
    this.code = formatId + ".";
  }

  void read() throws IOException {
    char delimiter = findDelimiter();
    DayMonthOrder order = scanDates(delimiter);
    dayFirst = order.dayFirst();
    order.report(diagnostics, code);
    long rows = 0;
    try (EventCsvRows records = new EventCsvRows(context.openCsv(delimiter))) {
      String[] fields;
      while ((fields = next(records, true)) != null) {
        if (rows++ == 0) {
          describeLayout(records);
        }
        row = fields;
        accept(records.columns(), records.line());
      }
      finish(records, rows);
    }
  }

  /** The delimiter of the first line that is not the {@code #TYPE} line. */
  private char findDelimiter() throws IOException {
    try (LineReader lines = context.openLines()) {
      String text;
      while ((text = lines.next()) != null && lines.lineNumber() <= HEADER_SEARCH_LINES) {
        if (!text.isBlank() && !CsvLine.isTypeLine(text.strip())) {
          return CsvLine.delimiterOf(text);
        }
      }
    }
    return ',';
  }

  private DayMonthOrder scanDates(char delimiter) throws IOException {
    DayMonthOrder order = new DayMonthOrder();
    try (EventCsvRows records = new EventCsvRows(context.openCsv(delimiter))) {
      String[] fields;
      while ((fields = next(records, false)) != null) {
        int column = records.columns().time();
        if (column < fields.length) {
          order.observe(fields[column], records.line());
        }
      }
    }
    return order;
  }

  private String[] next(EventCsvRows records, boolean report) {
    try {
      return records.next();
    } catch (CsvReader.CsvException e) {
      if (report) {
        context.csvError(formatId, e);
      }
      return null;
    }
  }

  private void describeLayout(EventCsvRows records) {
    if (records.columns().layout() == EventCsvColumns.Layout.EVENT_VIEWER_BY_POSITION) {
      diagnostics.info(
          code + "header-by-position",
          records.headerLine(),
          "a header in a language portex does not know: columns read in Event Viewer's order"
              + " (level, date and time, source, event id, task category, message)",
          String.join(",", records.header()));
    }
  }

  private void finish(EventCsvRows records, long rows) {
    if (records.unknownHeader()) {
      diagnostics.error(
          code + "unknown-header",
          records.headerLine(),
          "neither an Event Viewer nor a PowerShell event header, and the first row does not read"
              + " as Event Viewer's: nothing read",
          String.join(",", records.header()));
    } else if (records.header() == null) {
      diagnostics.warning(code + "no-header", 0, "no header: nothing to read", "");
    } else if (rows == 0) {
      diagnostics.warning(
          code + "no-rows", records.headerLine(), "the export has a header but no events", "");
    }
  }

  private void accept(EventCsvColumns columns, long line) {
    if (row.length < columns.requiredWidth()) {
      warn("short-row", line, "the row has " + row.length + " field(s); not read");
      return;
    }
    String provider = value(columns.provider());
    if (provider == null) {
      warn("no-source", line, "the row names no source; not read");
      return;
    }
    int[] id = eventId(columns);
    if (id == null) {
      warn("bad-event-id", line, "the event id is not a number; not read");
      return;
    }
    EventRecord event =
        new EventRecord(
            provider,
            id[0],
            id[1],
            level(columns, line),
            time(columns.time(), line),
            value(columns.computer()),
            number(columns.recordId(), line, "record id"),
            value(columns.channel()),
            List.of(),
            new SourceRange(context.file().name(), line, line + lineBreaks(row)));
    sink.event(event);
  }

  /** The event id and qualifiers; null when there is no id. */
  private int[] eventId(EventCsvColumns columns) {
    String id = value(columns.eventId());
    String instance = value(columns.instanceId());
    long qualifiers = number(columns.qualifiers(), 0, null);
    if (id != null && EventCsvColumns.isNumber(id) && Long.parseLong(id) <= 0xFFFF) {
      long high =
          instance != null && EventCsvColumns.isNumber(instance)
              ? Long.parseLong(instance) >>> 16
              : -1;
      return new int[] {Integer.parseInt(id), (int) (qualifiers >= 0 ? qualifiers : high)};
    }
    if (id == null && instance != null && EventCsvColumns.isNumber(instance)) {
      long whole = Long.parseLong(instance);
      if (whole <= 0xFFFF_FFFFL) {
        return new int[] {(int) (whole & 0xFFFF), (int) (whole >>> 16)};
      }
    }
    return null;
  }

  private int level(EventCsvColumns columns, long line) {
    String number = value(columns.level());
    if (number != null && EventLevels.known(number)) {
      return EventLevels.of(number);
    }
    String word = value(columns.levelName());
    if (word == null) {
      return -1;
    }
    int level = EventLevels.of(word);
    if (level < 0) {
      warn("unknown-level", line, "level '" + word + "' is no level portex knows; kept unknown");
    }
    return level;
  }

  private Instant time(int column, long line) {
    String text = value(column);
    if (text == null) {
      warn("no-date", line, "the row has no date: the event cannot be placed in time");
      return null;
    }
    LocalStamp stamp = CultureDateTime.parse(text, dayFirst);
    if (stamp == null) {
      warn("bad-date", line, "'" + text + "' is not a date and time; the event is kept untimed");
      return null;
    }
    return stamp.toInstant(context.zone());
  }

  /** A number column's value; -1 when blank or absent. */
  private long number(int column, long line, String what) {
    String text = value(column);
    if (text == null) {
      return -1;
    }
    if (!EventCsvColumns.isNumber(text)) {
      if (what != null) {
        warn("bad-number", line, "the " + what + " '" + text + "' is not a number; kept unknown");
      }
      return -1;
    }
    return Long.parseLong(text);
  }

  /** A column's value, trimmed; null when blank or absent. */
  private String value(int column) {
    if (column < 0 || column >= row.length || row[column] == null) {
      return null;
    }
    String value = row[column].strip();
    return value.isEmpty() ? null : value;
  }

  private void warn(String suffix, long line, String message) {
    diagnostics.warning(code + suffix, line, message, excerpt());
  }

  private String excerpt() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < row.length && i < 6 && out.length() < 160; i++) {
      out.append(i == 0 ? "" : ",").append(row[i] == null ? "" : row[i]);
    }
    return out.toString();
  }

  /** Line breaks inside the row's quoted fields: it ends that many lines after it starts. */
  private static long lineBreaks(String[] fields) {
    long breaks = 0;
    for (String field : fields) {
      if (field == null) {
        continue;
      }
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        boolean crlf = c == '\r' && i + 1 < field.length() && field.charAt(i + 1) == '\n';
        breaks += c == '\n' || (c == '\r' && !crlf) ? 1 : 0;
      }
    }
    return breaks;
  }
}
