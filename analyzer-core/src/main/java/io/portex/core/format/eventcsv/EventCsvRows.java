package io.portex.core.format.eventcsv;

import io.portex.core.source.CsvReader;
import java.io.Closeable;
import java.util.Arrays;
import java.util.List;

/**
 * The data rows of an event CSV, with the columns its header gives: an optional {@code #TYPE} line
 * and blank records are passed over, the header is found, a header repeated by an appended export
 * is skipped, and a header portex does not know is accepted by position when the first row reads as
 * Event Viewer's. Not thread-safe.
 */
final class EventCsvRows implements Closeable {

  private final CsvReader csv;
  private String[] header;
  private long headerLine;
  private EventCsvColumns columns;
  private boolean unknownHeader;

  EventCsvRows(CsvReader csv) {
    this.csv = csv;
  }

  /** The next data row, or null at the end or when the header is unknown. */
  String[] next() throws CsvReader.CsvException {
    String[] record;
    while (!unknownHeader && (record = csv.next()) != null) {
      if (isBlank(record)) {
        continue;
      }
      if (header == null) {
        if (!CsvLine.isTypeLine(record[0])) {
          header = record;
          headerLine = csv.line();
          columns = EventCsvColumns.ofHeader(Arrays.asList(record));
        }
        continue;
      }
      if (Arrays.equals(record, header)) {
        continue;
      }
      if (columns == null) {
        columns = EventCsvColumns.byPosition(Arrays.asList(header), Arrays.asList(record));
        if (columns == null) {
          unknownHeader = true;
          return null;
        }
      }
      return record;
    }
    return null;
  }

  /** The line the last row returned starts on. */
  long line() {
    return csv.line();
  }

  /** The columns, once the header (and if need be the first row) was read; else null. */
  EventCsvColumns columns() {
    return columns;
  }

  /** The header as written, or null when none was found. */
  List<String> header() {
    return header == null ? null : Arrays.asList(header);
  }

  long headerLine() {
    return headerLine;
  }

  /** True when the header is none portex knows and the first row did not read as Event Viewer's. */
  boolean unknownHeader() {
    return unknownHeader;
  }

  private static boolean isBlank(String[] record) {
    for (String field : record) {
      if (field != null && !field.isBlank()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    csv.close();
  }
}
