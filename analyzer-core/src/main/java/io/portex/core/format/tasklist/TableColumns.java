package io.portex.core.format.tasklist;

import java.util.Arrays;

/**
 * The columns of a {@code tasklist} table, taken from the {@code =} underline under its header
 * ({@code ========================= ======== ================ ...}): tasklist pads and cuts every
 * value to its column, so positions hold in every language.
 */
final class TableColumns {

  private final int[] starts;
  private final int[] ends;

  private TableColumns(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /** The columns of an underline, or null when the line is none (two or more runs of {@code =}). */
  static TableColumns of(String line) {
    int runs = 0;
    int[] starts = new int[16];
    int[] ends = new int[16];
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      }
      if (c != '=' || runs == starts.length) {
        return null;
      }
      starts[runs] = i;
      while (i < line.length() && line.charAt(i) == '=') {
        i++;
      }
      ends[runs++] = i;
    }
    if (runs < 2 || ends[0] - starts[0] < 5) {
      return null;
    }
    return new TableColumns(Arrays.copyOf(starts, runs), Arrays.copyOf(ends, runs));
  }

  /** Where the last column's underline ends: the width tasklist pads each of its lines to. */
  int width() {
    return ends[ends.length - 1];
  }

  int count() {
    return starts.length;
  }

  /** The text of a column in a row, stripped; empty when the row is shorter. */
  String field(String row, int column) {
    int from = Math.min(starts[column], row.length());
    int to = Math.min(column + 1 < starts.length ? starts[column + 1] : row.length(), row.length());
    return row.substring(from, Math.max(from, to)).strip();
  }

  /** True when the row ends before its last column starts: cut short. */
  boolean cutShort(String row) {
    return row.stripTrailing().length() <= starts[starts.length - 1];
  }
}
