package io.portex.core.format.perfmon;

/**
 * The text of a PDH CSV cell as pasted in the wild: quotes left over by indentation ({@code "} kept
 * when a quoted cell is indented), a Python list's quotes and brackets around it.
 */
final class PdhCell {

  private PdhCell() {}

  /** The cell without blanks, quotes and list brackets around it; "" for null. */
  static String clean(String cell) {
    if (cell == null) {
      return "";
    }
    int start = 0;
    int end = cell.length();
    while (start < end && isWrapping(cell.charAt(start), "\"'[")) {
      start++;
    }
    while (end > start && isWrapping(cell.charAt(end - 1), "\"']},")) {
      end--;
    }
    return cell.substring(start, end);
  }

  private static boolean isWrapping(char c, String wrappers) {
    return Character.isWhitespace(c) || c == '\u00a0' || wrappers.indexOf(c) >= 0;
  }

  /**
   * A decimal number as PDH writes it ({@code 12.000000}, {@code 1.5e-05}), or with a decimal
   * comma; NaN when the cell is none.
   */
  static double number(String cell) {
    String text = cell;
    if (text.indexOf(',') >= 0
        && text.indexOf('.') < 0
        && text.indexOf(',') == text.lastIndexOf(',')) {
      text = text.replace(',', '.');
    }
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
        i++;
      }
      int exponent = 0;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        exponent++;
      }
      if (exponent == 0) {
        return Double.NaN;
      }
    }
    return i == n ? Double.parseDouble(text) : Double.NaN;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
