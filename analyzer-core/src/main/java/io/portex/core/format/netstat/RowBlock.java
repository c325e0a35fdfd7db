package io.portex.core.format.netstat;

import io.portex.core.format.LineBlocks;
import io.portex.core.model.RowTally;
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

  @Override
  public int lines() {
    return lines;
  }
}
