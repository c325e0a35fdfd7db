package io.portex.core.format.trend;

import java.util.Locale;
import java.util.regex.Pattern;

/** What the lines and cells of a trend file look like: the header, a time, a count. */
final class TrendRow {

  private static final Pattern TIME =
      Pattern.compile(
          "(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}[ T]+)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,7})?");

  private static final int MAX_DIGITS = 12;

  private TrendRow() {}

  /** {@code Time,Count}, quoted or not, in any case. */
  static boolean isHeader(String line) {
    String cells = unquoted(line).replace(" ", "").replace("\t", "");
    return cells.toLowerCase(Locale.ROOT).equals("time,count");
  }

  /** True for a header cell naming the time column. */
  static boolean isTimeHeader(String cell) {
    return cell.equalsIgnoreCase("Time");
  }

  /** True for a header cell naming the count column. */
  static boolean isCountHeader(String cell) {
    return cell.equalsIgnoreCase("Count");
  }

  /** {@code 10:00:00,1234} or {@code 2026-03-11 10:00:00,1234}, quoted or not. */
  static boolean looksLikeRow(String line) {
    if (line.indexOf(',') < 0) {
      return false;
    }
    String cells = unquoted(line);
    int comma = cells.indexOf(',');
    if (comma < 4 || cells.indexOf(':') < 0) {
      return false;
    }
    return TIME.matcher(cells.substring(0, comma).strip()).matches()
        && count(cells.substring(comma + 1).strip()) >= 0;
  }

  /** The count of a cell: digits only, or -1. */
  static long count(String cell) {
    if (cell.isEmpty() || cell.length() > MAX_DIGITS) {
      return -1;
    }
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
    }
    return Long.parseLong(cell);
  }

  private static String unquoted(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '"' && c != '\uFEFF') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
