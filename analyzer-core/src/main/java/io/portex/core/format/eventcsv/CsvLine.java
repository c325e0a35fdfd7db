package io.portex.core.format.eventcsv;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a CSV text read on its own, for sniffing and for finding the delimiter before the
 * text is read as CSV: quotes are honoured within the line, a quoted field that goes on past it is
 * cut there.
 */
final class CsvLine {

  private CsvLine() {}

  /** The delimiter a header line uses most outside quotes: {@code ,}, {@code ;} or a tab. */
  static char delimiterOf(String line) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  /** The fields of a line, unquoted. */
  static List<String> fields(String line, char delimiter) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == delimiter && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /** The {@code #TYPE ...} line {@code Export-Csv} writes before the header. */
  static boolean isTypeLine(String text) {
    return text.regionMatches(true, 0, "#TYPE", 0, 5);
  }
}
