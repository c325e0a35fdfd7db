package io.portex.core.format;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a block of CSV lines read in the raw bytes, without a CSV parser, when every line
 * is plain: fields apart by the delimiter, each either quoted with no quote inside ({@code "a b"})
 * or without any quote ({@code a b}), in printable characters, none longer than the cap, no more of
 * them than the cap. What {@code Export-Csv} writes. Such a line is one record, read as univocity
 * reads it with portex's settings ({@link io.portex.core.source.CsvReader}): no whitespace trimmed,
 * an empty field empty, an empty line no record. Any other line makes the block go to the parser
 * whole. Not thread-safe; one instance per block.
 */
final class PlainCsvLines {

  private final Charset charset;
  private final byte delimiter;
  private final int maxColumns;
  private final int maxFieldLength;

  PlainCsvLines(Charset charset, char delimiter, int maxColumns, int maxFieldLength) {
    this.charset = charset;
    this.delimiter = (byte) delimiter;
    this.maxColumns = maxColumns;
    this.maxFieldLength = maxFieldLength;
  }

  /** What a plain block holds: its records and the line (1-based in the block) of each. */
  record Records(List<String[]> records, long[] lines) {}

  /**
   * The records of the lines of {@code bytes[from..to]}, each ended by a line feed ({@code crlf}:
   * by a carriage return and a line feed), the last perhaps by the end; null when a line is not
   * plain.
   *
   * @param lines how many lines the block holds
   */
  Records read(byte[] bytes, int from, int to, int lines, boolean crlf) {
    List<String[]> records = new ArrayList<>(lines);
    long[] recordLines = new long[lines];
    List<String> fields = new ArrayList<>();
    int line = 0;
    int start = from;
    while (start < to) {
      int end = start;
      while (end < to && bytes[end] != '\n') {
        end++;
      }
      int next = end + 1;
      if (crlf && end < to) {
        end--; // the carriage return before the line feed, checked by the caller
      }
      line++;
      if (end > start) {
        if (!fields(bytes, start, end, fields)) {
          return null;
        }
        recordLines[records.size()] = line;
        records.add(fields.toArray(new String[0]));
        fields.clear();
      }
      start = next;
    }
    return new Records(records, recordLines);
  }

  /** The fields of the line {@code bytes[from..to]}, or false when it is not plain. */
  private boolean fields(byte[] bytes, int from, int to, List<String> fields) {
    int at = from;
    while (true) {
      if (fields.size() == maxColumns) {
        return false;
      }
      int start = at;
      int end;
      if (at < to && bytes[at] == '"') {
        start = at + 1;
        end = start;
        while (end < to && bytes[end] != '"') {
          if (!printable(bytes[end])) {
            return false;
          }
          end++;
        }
        if (end == to) {
          return false; // a quote not closed on its line
        }
        at = end + 1;
        if (at < to && bytes[at] != delimiter) {
          return false; // something after the closing quote
        }
      } else {
        end = at;
        while (end < to && bytes[end] != delimiter) {
          byte b = bytes[end];
          if (b == '"' || !printable(b)) {
            return false;
          }
          end++;
        }
        at = end;
      }
      if (end - start > maxFieldLength) {
        return false;
      }
      // an empty field is the one empty string: an export of empty fields costs no String each
      fields.add(end == start ? "" : new String(bytes, start, end - start, charset));
      if (at == to) {
        return true;
      }
      at++; // past the delimiter: a field follows, empty when the line ends here
    }
  }

  /** Not a control character: those the parser may treat apart (its comment mark is NUL). */
  private static boolean printable(byte b) {
    return b >= 0x20 || b < 0 || b == '\t';
  }
}
