package io.portex.core.format.eventcsv;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.TextHead;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Events as CSV: Event Viewer's "Save as CSV" (and "Text (Tab delimited)"), header in the language
 * of the exporting machine, dates in its culture; {@code Get-WinEvent | Export-Csv} and {@code
 * Get-EventLog | Export-Csv}, header-driven. Every event of every provider is handed on.
 */
public final class EventCsvFormat implements InputFormat {

  static final String ID = "eventlog-csv";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Event Viewer Save as CSV (any language), Get-WinEvent / Get-EventLog | Export-Csv";
  }

  @Override
  public Sniff sniff(TextHead head) {
    if (head.charset().binary()) {
      return Sniff.no("binary content");
    }
    List<String> lines = head.lines();
    int first = nonBlank(lines, 0);
    if (first < 0) {
      return Sniff.no("empty");
    }
    String firstLine = lines.get(first).strip();
    boolean typeLine = CsvLine.isTypeLine(firstLine);
    if (typeLine && isEventRecordType(firstLine)) {
      return new Sniff(0.97, "#TYPE line of an Export-Csv of event log records");
    }
    int headerIndex = typeLine ? nonBlank(lines, first + 1) : first;
    if (headerIndex < 0) {
      return Sniff.no("no header");
    }
    String header = lines.get(headerIndex);
    char delimiter = CsvLine.delimiterOf(header);
    List<String> names = CsvLine.fields(header, delimiter);
    EventCsvColumns columns = EventCsvColumns.ofHeader(names);
    if (columns != null) {
      return columns.layout() == EventCsvColumns.Layout.EVENT_VIEWER
          ? new Sniff(0.97, "Event Viewer CSV header")
          : new Sniff(0.95, "Get-WinEvent / Get-EventLog Export-Csv header");
    }
    int rowIndex = nonBlank(lines, headerIndex + 1);
    if (rowIndex < 0) {
      return Sniff.no("no event CSV header");
    }
    List<String> row = CsvLine.fields(lines.get(rowIndex), delimiter);
    if (EventCsvColumns.byPosition(names, row) != null) {
      return EventLevels.known(row.get(0))
          ? new Sniff(0.85, "Event Viewer CSV columns (level, date, source, event id)")
          : new Sniff(0.6, "Event Viewer CSV columns (date, source, event id)");
    }
    return Sniff.no("no event CSV header");
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    new EventCsvReader(context, sink, ID).read();
  }

  private static boolean isEventRecordType(String typeLine) {
    String lower = typeLine.toLowerCase(Locale.ROOT);
    return lower.contains("eventing.reader.eventlogrecord") || lower.contains("eventlogentry");
  }

  private static int nonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
