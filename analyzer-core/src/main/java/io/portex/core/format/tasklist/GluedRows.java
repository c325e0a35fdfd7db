package io.portex.core.format.tasklist;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code tasklist} table whose lines a console or a paste glued onto one line. tasklist pads and
 * cuts every value to its column, so each of its lines is as wide as the underline; a console
 * window pads each line further, to its own width. Glued, the lines therefore follow each other at
 * one fixed period: the underline's width, its width plus the separator the paste put in, or the
 * console's width. The period is the smallest one at which every piece tried is a process row (a
 * PID in the PID column, text where the image name starts) with only blanks between the end of one
 * row and the start of the next.
 */
final class GluedRows {

  /** The widest console line tried as the period. */
  static final int MAX_PERIOD = 1024;

  /** How many pieces must be rows for a period to be taken. */
  private static final int PROBES = 8;

  /**
   * The pieces of one glued line.
   *
   * @param period the characters from the start of one piece to the next
   * @param pieces header (when one precedes the underline), underline and rows, in order
   */
  record Split(int period, List<String> pieces) {}

  private GluedRows() {}

  /**
   * The pieces of {@code line} when it holds an underline with more beside it (the header glued
   * before it, rows glued after it), or several rows under {@code known} columns; null otherwise.
   */
  static Split split(String line, TableColumns known) {
    int underline = underlineStart(line);
    if (underline >= 0) {
      return splitAtUnderline(line, underline);
    }
    if (known == null
        || line.stripTrailing().length() < 2 * known.width()
        || !isRow(line, 0, known)) {
      return null;
    }
    for (int period = known.width(); period <= MAX_PERIOD && period < line.length(); period++) {
      if (rowsFrom(line, 0, period, known) && isRow(line, period, known)) {
        return new Split(period, pieces(line, 0, period));
      }
    }
    return null;
  }

  private static Split splitAtUnderline(String line, int start) {
    int last = start;
    for (int i = start;
        i < line.length() && (line.charAt(i) == '=' || line.charAt(i) == ' ');
        i++) {
      last = line.charAt(i) == '=' ? i + 1 : last;
    }
    TableColumns columns = TableColumns.of(line.substring(start, last));
    int end = line.stripTrailing().length();
    if (columns == null || start == firstText(line) && last == end) {
      return null; // no underline, or one standing on its own line
    }
    List<String> pieces = new ArrayList<>();
    if (last == end) { // header and underline glued; the rows follow on lines of their own
      pieces.add(line.substring(0, start));
      pieces.add(line.substring(start));
      return new Split(0, pieces);
    }
    for (int period = columns.width(); period <= MAX_PERIOD; period++) {
      if (blankBetween(line, last, start + period)
          && rowsFrom(line, start + period, period, columns)) {
        if (start > period) {
          pieces.add(line.substring(0, start - period)); // a prompt or other text before it
        }
        if (start > 0) {
          pieces.add(line.substring(Math.max(0, start - period), start));
        }
        pieces.addAll(pieces(line, start, period));
        return new Split(period, pieces);
      }
    }
    return null;
  }

  /** True when the pieces at {@code from}, {@code from + period}, … (up to the probes) are rows. */
  private static boolean rowsFrom(String line, int from, int period, TableColumns columns) {
    int probed = 0;
    for (int at = from; at < line.length() && probed < PROBES; at += period, probed++) {
      if (!isRow(line, at, columns)) {
        return false;
      }
      int next = at + period;
      if (next < line.length() && !blankBetween(line, at + columns.width(), next)) {
        return false;
      }
    }
    return probed > 0;
  }

  private static boolean isRow(String line, int at, TableColumns columns) {
    if (at >= line.length() || line.charAt(at) == ' ') {
      return false;
    }
    String piece = line.substring(at, Math.min(line.length(), at + columns.width()));
    return ProcessRow.pid(columns.field(piece, 1)) >= 0 && !columns.field(piece, 0).isEmpty();
  }

  private static boolean blankBetween(String line, int from, int to) {
    for (int i = from; i < Math.min(to, line.length()); i++) {
      if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  private static List<String> pieces(String line, int from, int period) {
    List<String> pieces = new ArrayList<>();
    for (int at = from; at < line.length(); at += period) {
      String piece = line.substring(at, Math.min(line.length(), at + period));
      if (!piece.isBlank()) {
        pieces.add(piece);
      }
    }
    return pieces;
  }

  /** The start of a run of five or more {@code =} inside a line, or -1. */
  private static int underlineStart(String line) {
    int run = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '=') {
        if (++run == 5) {
          return i - 4;
        }
      } else {
        run = 0;
      }
    }
    return -1;
  }

  private static int firstText(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
