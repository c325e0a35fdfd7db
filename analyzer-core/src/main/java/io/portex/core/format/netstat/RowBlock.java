package io.portex.core.format.netstat;

import io.portex.core.format.LineBlocks;
import io.portex.core.model.RowTally;
import io.portex.core.source.LineReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a worker made of one block of a capture, in the order of its lines: runs of plain connection
 * rows tallied ({@link Run}), and every other line as text ({@link Line}) for the table state
 * machine. Line numbers count from 1 at the block's first line.
 */
final class RowBlock implements LineBlocks.Scanned {

  /** A line of the block or a run of rows, in the order of the block. */
  sealed interface Item permits Line, Run {}

  /** A line for the state machine; {@code cut} when it was longer than the cap and cut to it. */
  record Line(String text, int number, boolean terminated, boolean cut) implements Item {}

  /**
   * Rows of lines {@code first..last}, each followed by another plain row: none can own a {@code
   * -b} owner line, have a problem, or end a table.
   */
  record Run(RowTally rows, int first, int last) implements Item {}

  final List<Item> items = new ArrayList<>();
  int lines;

  /** Every line of decoded text as a {@link Line}, split and cut as the line-by-line read does. */
  static RowBlock ofLines(String text, int maxLineLength) {
    RowBlock block = new RowBlock();
    try (LineReader reader = LineReader.of(new StringReader(text), maxLineLength)) {
      String line;
      while ((line = reader.next()) != null) {
        block.items.add(
            new Line(line, (int) reader.lineNumber(), reader.wasTerminated(), reader.wasCut()));
      }
      block.lines = (int) reader.lineNumber();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string", e); // a StringReader does not fail
    }
    return block;
  }

  @Override
  public int lines() {
    return lines;
  }
}
