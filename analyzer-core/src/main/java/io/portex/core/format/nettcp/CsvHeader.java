package io.portex.core.format.nettcp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The header of a {@code Get-NetTCPConnection | Export-Csv} file: which column holds each property
 * portex reads, and how many fields a record has. Names match in any case and in any order, so
 * {@code Select-Object} subsets read as well as full exports; columns portex does not read are
 * ignored. Immutable.
 */
final class CsvHeader {

  /** Without these a connection cannot be counted. */
  static final List<NetTcpProperty> REQUIRED =
      List.of(NetTcpProperty.LOCAL_PORT, NetTcpProperty.STATE);

  private static final String TYPE_MARK = "#TYPE";

  private final int[] columns;
  private final int width;

  private CsvHeader(int[] columns, int width) {
    this.columns = columns;
    this.width = width;
  }

  /** The header whose column names are {@code names}. */
  static CsvHeader of(String[] names) {
    int[] columns = new int[NetTcpProperty.ALL.length];
    Arrays.fill(columns, -1);
    for (int i = 0; i < names.length; i++) {
      NetTcpProperty property = names[i] == null ? null : NetTcpProperty.named(names[i]);
      if (property != null && columns[property.ordinal()] < 0) {
        columns[property.ordinal()] = i;
      }
    }
    return new CsvHeader(columns, names.length);
  }

  /** The column of a property, or -1 when the export has none. */
  int column(NetTcpProperty property) {
    return columns[property.ordinal()];
  }

  boolean has(NetTcpProperty property) {
    return columns[property.ordinal()] >= 0;
  }

  /** Fields per record. */
  int width() {
    return width;
  }

  /** The properties of {@code wanted} the export has no column for. */
  List<NetTcpProperty> missing(List<NetTcpProperty> wanted) {
    List<NetTcpProperty> missing = new ArrayList<>();
    for (NetTcpProperty property : wanted) {
      if (!has(property)) {
        missing.add(property);
      }
    }
    return missing;
  }

  /** True when a record is this header again: another export pasted after the first. */
  boolean isRepeatedIn(String[] record) {
    int column = column(NetTcpProperty.LOCAL_PORT);
    return column >= 0
        && column < record.length
        && record[column] != null
        && NetTcpProperty.named(record[column]) == NetTcpProperty.LOCAL_PORT;
  }

  /** The {@code #TYPE ...} line {@code Export-Csv} writes first unless told not to. */
  static boolean isTypeLine(String text) {
    return text.regionMatches(true, 0, TYPE_MARK, 0, TYPE_MARK.length());
  }

  /**
   * The delimiter of a header line: {@code ;} when it separates more names than {@code ,} does
   * ({@code Export-Csv -UseCulture} in many European cultures), else {@code ,}.
   */
  static char delimiterOf(String line) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  /** The names of a header line, quotes removed; for sniffing, where a line is all there is. */
  static List<String> namesIn(String line, char delimiter) {
    List<String> names = new ArrayList<>();
    StringBuilder name = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          name.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == delimiter && !quoted) {
        names.add(name.toString());
        name.setLength(0);
      } else {
        name.append(c);
      }
    }
    names.add(name.toString());
    return names;
  }
}
