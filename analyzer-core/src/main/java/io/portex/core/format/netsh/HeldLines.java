package io.portex.core.format.netsh;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.model.Protocol;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Lines of no known kind, held back a few lines in case the underline of a block shows them to be
 * its title or table header; lines no block claims are counted as other text and reported once.
 */
final class HeldLines {

  /** A held line; {@code protocol} is set when it reads as a title. */
  record Line(long number, String text, Protocol protocol) {}

  /** From a title to its underline there are at most a blank, a header and a blank. */
  private static final int MAX_HELD = 4;

  private final Deque<Line> held = new ArrayDeque<>();
  private long otherLines;
  private long firstOtherLine;
  private String firstOther;

  void hold(long number, String text) {
    held.addLast(new Line(number, text, NetshText.titleProtocol(text)));
    if (held.size() > MAX_HELD) {
      other(held.removeFirst());
    }
  }

  boolean isEmpty() {
    return held.isEmpty();
  }

  boolean hasTitle() {
    for (Line line : held) {
      if (line.protocol() != null) {
        return true;
      }
    }
    return false;
  }

  /** The last held line that reads as a title, taken out; null when there is none. */
  Line takeTitle() {
    Iterator<Line> it = held.descendingIterator();
    while (it.hasNext()) {
      Line line = it.next();
      if (line.protocol() != null) {
        it.remove();
        return line;
      }
    }
    return null;
  }

  /** The line held last, taken out (a table's header); null when there is none. */
  Line takeLast() {
    return held.pollLast();
  }

  /** Counts every held line as other text. */
  void flush() {
    while (!held.isEmpty()) {
      other(held.removeFirst());
    }
  }

  private void other(Line line) {
    if (otherLines++ == 0) {
      firstOtherLine = line.number();
      firstOther = line.text();
    }
  }

  /** Reports the other text once, with the first such line. */
  void report(DiagnosticSink diagnostics, String code) {
    if (otherLines > 0) {
      diagnostics.info(
          code,
          firstOtherLine,
          otherLines
              + " line(s) outside netsh output were not read (first at line "
              + firstOtherLine
              + ")",
          firstOther);
    }
  }
}
