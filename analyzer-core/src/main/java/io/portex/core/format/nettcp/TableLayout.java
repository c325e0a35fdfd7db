package io.portex.core.format.nettcp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of a {@code Format-Table} view, as the dashes line under its header marks them:
 * PowerShell underlines each label with as many dashes as it has characters, where the label
 * stands. A value belongs to the column in which it starts, so blank cells ({@code AppliedSetting}
 * of listeners) leave the others in place, left- and right-aligned values both read, and a value of
 * several words stays one value. A value longer than its column pushes the rest of its row right:
 * the columns after it are looked for that much further right, and since positions are no longer to
 * be trusted, each further value takes at least the next column. Immutable.
 */
final class TableLayout {

  /** Labels per header at most; wider lines are no header of this view. */
  private static final int MAX_COLUMNS = 64;

  private final int[] starts;
  private final NetTcpProperty[] properties;
  private final int[] columnOf;

  private TableLayout(int[] starts, NetTcpProperty[] properties) {
    this.starts = starts;
    this.properties = properties;
    this.columnOf = new int[NetTcpProperty.ALL.length];
    Arrays.fill(columnOf, -1);
    for (int i = 0; i < properties.length; i++) {
      if (properties[i] != null && columnOf[properties[i].ordinal()] < 0) {
        columnOf[properties[i].ordinal()] = i;
      }
    }
  }

  /** True when the line could underline a header: its first character past blanks is a dash. */
  static boolean looksLikeDashes(String line) {
    int i = 0;
    while (i < line.length() && isBlank(line.charAt(i))) {
      i++;
    }
    return i < line.length() && line.charAt(i) == '-';
  }

  /**
   * True when a line could head a table of connections: two or more of its words are properties
   * portex reads. Cheap; {@link #of} decides.
   */
  static boolean looksLikeHeader(String line) {
    int known = 0;
    int i = 0;
    int length = line.length();
    while (i < length) {
      while (i < length && isBlank(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < length && !isBlank(line.charAt(i))) {
        i++;
      }
      if (i > start && NetTcpProperty.named(line.substring(start, i)) != null) {
        known++;
      }
    }
    return known >= 2;
  }

  /**
   * The layout of a header and the line under it.
   *
   * @return the layout, or null when {@code dashes} does not underline the labels of {@code header}
   */
  static TableLayout of(String header, String dashes) {
    List<int[]> groups = new ArrayList<>();
    int i = 0;
    int length = dashes.length();
    while (i < length) {
      char c = dashes.charAt(i);
      if (isBlank(c)) {
        i++;
        continue;
      }
      if (c != '-') {
        return null;
      }
      int start = i;
      while (i < length && dashes.charAt(i) == '-') {
        i++;
      }
      groups.add(new int[] {start, i});
      if (groups.size() > MAX_COLUMNS) {
        return null;
      }
    }
    if (groups.size() < 2) {
      return null;
    }
    int[] starts = new int[groups.size()];
    NetTcpProperty[] properties = new NetTcpProperty[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      int start = groups.get(g)[0];
      int end = groups.get(g)[1];
      if (end > header.length()
          || (start > 0 && !isBlank(header.charAt(start - 1)))
          || (end < header.length() && !isBlank(header.charAt(end)))) {
        return null;
      }
      String label = header.substring(start, end).strip();
      if (label.isEmpty()) {
        return null;
      }
      starts[g] = start;
      properties[g] = NetTcpProperty.named(label);
    }
    return new TableLayout(starts, properties);
  }

  /** The column of a property, or -1 when the table has none. */
  int column(NetTcpProperty property) {
    return columnOf[property.ordinal()];
  }

  boolean has(NetTcpProperty property) {
    return columnOf[property.ordinal()] >= 0;
  }

  /** The properties of {@code wanted} the table has no column for. */
  List<NetTcpProperty> missing(List<NetTcpProperty> wanted) {
    List<NetTcpProperty> missing = new ArrayList<>();
    for (NetTcpProperty property : wanted) {
      if (!has(property)) {
        missing.add(property);
      }
    }
    return missing;
  }

  /** The properties the table has, in column order. */
  List<NetTcpProperty> properties() {
    List<NetTcpProperty> found = new ArrayList<>();
    for (NetTcpProperty property : properties) {
      if (property != null) {
        found.add(property);
      }
    }
    return found;
  }

  /**
   * The values of a row, one per column (null where the cell is blank).
   *
   * @param line the row as written, indentation included
   */
  String[] cells(String line) {
    String[] cells = new String[starts.length];
    int shift = 0;
    int last = -1;
    int i = 0;
    int length = line.length();
    while (true) {
      while (i < length && isBlank(line.charAt(i))) {
        i++;
      }
      if (i >= length) {
        return cells;
      }
      int start = i;
      while (i < length && !isBlank(line.charAt(i))) {
        i++;
      }
      int from = start - shift;
      int to = i - shift;
      int column = Math.max(last, 0);
      while (column + 1 < starts.length && starts[column + 1] <= from) {
        column++;
      }
      if (shift > 0 && column == last && column + 1 < starts.length) {
        column++; // after a value too long for its column, each value takes the next column
      }
      String word = line.substring(start, i);
      cells[column] = column == last && cells[column] != null ? cells[column] + " " + word : word;
      last = column;
      if (column + 1 < starts.length && to > starts[column + 1] - 1) {
        shift += to - (starts[column + 1] - 1);
      }
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0';
  }
}
