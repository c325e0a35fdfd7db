package io.portex.core.format.nettcp;

/**
 * One {@code Name : value} line of a {@code Format-List} view ({@code LocalPort : 8080}).
 * PowerShell pads every name of a block to the longest one, so a blank always stands before the
 * colon; that sets these lines apart from prose ({@code Note: ...}) and paths ({@code C:\...}).
 *
 * @param name the property name
 * @param value the value, blanks around it removed (empty when there is none)
 */
record ListLine(String name, String value) {

  /** Longest property name looked at. */
  private static final int MAX_NAME = 64;

  /** The property line {@code line} is, or null when it is none. */
  static ListLine parse(String line) {
    int length = line.length();
    int i = 0;
    while (i < length && isBlank(line.charAt(i))) {
      i++;
    }
    int start = i;
    if (i >= length || !Character.isLetter(line.charAt(i))) {
      return null;
    }
    while (i < length && isNameChar(line.charAt(i))) {
      i++;
    }
    int end = i;
    if (end - start > MAX_NAME) {
      return null;
    }
    while (i < length && isBlank(line.charAt(i))) {
      i++;
    }
    if (i == end || i >= length || line.charAt(i) != ':') {
      return null;
    }
    return new ListLine(line.substring(start, end), line.substring(i + 1).strip());
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0';
  }
}
