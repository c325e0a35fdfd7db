package io.portex.core.format.monitor;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.format.StampedItems;
import io.portex.core.model.Series;
import io.portex.core.time.LocalStamp;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads one monitoring log: the count lines become the series {@code TIME_WAIT}, each top-N block a
 * {@link io.portex.core.model.fact.TopTalkers} fact at the time of the count line before it; a
 * slashed date open to day-first and month-first readings is read in the order the file's other
 * dates show ({@link StampedItems}). Blank lines and separators are layout; other time-stamped
 * lines are log messages, counted once; any other line is reported. One instance reads one input.
 */
final class MonitorLogReader {

  private final ReadContext context;
  private final EvidenceSink sink;
  private final DiagnosticSink diagnostics;
  private final Series.Builder counts = Series.Builder.timeWaitCounts();
  private final StampedItems<Read> stamped;

  /** What is read at the time of a count line: the count, or a top-N list after it. */
  private sealed interface Read permits Count, Top {}

  private record Count(long value, long line) implements Read {}

  private record Top(TopBlock block) implements Read {}

  /** The stamp of the last count line, or null when it had none: the time of a top-N list. */
  private LocalStamp countStamp;

  private long count = -1;
  private TopBlock block;
  private long messages;
  private long firstMessageLine;
  private String firstMessage;
  private long lines;

  MonitorLogReader(ReadContext context, EvidenceSink sink) {
    this.context = context;
    this.sink = sink;
    this.diagnostics = context.diagnostics();
    this.stamped = new StampedItems<>(this::settled, context.zone());
  }

  private void settled(Read read, Instant time) {
    if (read instanceof Count count) {
      counts.add(time, count.value(), count.line());
    } else if (read instanceof Top top) {
      sink.fact(top.block().toFact(context.file().name(), time));
    }
  }

  void read() throws IOException {
    context.forEachLine(
        "monitor-log",
        (line, number, terminated) -> {
          lines++;
          accept(line, number);
        },
        number -> {
          lines++;
          endBlock();
        });
    finish();
  }

  private void accept(String line, long number) {
    if (line.isBlank()) {
      if (block != null && !block.isEmpty()) {
        endBlock();
      }
      return;
    }
    Optional<CountLine> countLine = CountLine.parse(line, context.timestamps());
    if (countLine.isPresent()) {
      endBlock();
      onCount(countLine.get(), line, number);
      return;
    }
    if (TopTitle.isDecorationOnly(line)) {
      if (block != null && !block.isEmpty()) {
        endBlock();
      }
      return;
    }
    Optional<TopTitle> title = TopTitle.parse(line);
    if (title.isPresent()) {
      endBlock();
      startBlock(title.get(), line, number);
      return;
    }
    if (block != null && onBlockLine(line, number)) {
      return;
    }
    endBlock();
    if (context.timestamps().find(line).isPresent()) {
      if (messages++ == 0) {
        firstMessageLine = number;
        firstMessage = line.strip();
      }
      return;
    }
    diagnostics.warning(
        "monitor-log.unreadable-line",
        number,
        "line is no count, no top-N title and no entry of one",
        line.strip());
  }

  private void onCount(CountLine line, String text, long number) {
    if (line.stamp() == null) {
      diagnostics.warning(
          "monitor-log.bad-time",
          number,
          "'" + line.stampText() + "' is no time; count not read",
          text.strip());
      countStamp = null;
      count = -1;
      return;
    }
    Instant time = stamped.stamp(line.stamp(), number, text);
    countStamp = line.stamp();
    count = line.count();
    if (line.count() < 0) {
      diagnostics.warning(
          "monitor-log.bad-count",
          number,
          "count '" + line.countText() + "' is no whole number; not read",
          text.strip());
      return;
    }
    stamped.add(new Count(line.count(), number), time, line.stamp());
  }

  private void startBlock(TopTitle title, String text, long number) {
    block = new TopBlock(title, number, countStamp);
    if (title.kind() == null) {
      diagnostics.warning(
          "monitor-log.unknown-top",
          number,
          "a top-N list of something portex does not read (only local ports, remote addresses and"
              + " processes); skipped",
          text.strip());
    } else if (countStamp == null) {
      diagnostics.info(
          "monitor-log.untimed-top",
          number,
          "no count line with a time comes before this top-N list; it has no time",
          text.strip());
    }
  }

  /** A line inside a top-N block: an entry, or a table header; false when the block has ended. */
  private boolean onBlockLine(String line, long number) {
    if (block.acceptTableHeader(line)) {
      return true;
    }
    if (block.title().kind() == null) {
      return TopEntry.isEntry(line, block.countFirst());
    }
    TopEntry.Parsed parsed = TopEntry.parse(line, block.title().kind(), block.countFirst());
    if (parsed == null) {
      return false;
    }
    if (parsed.entry() != null) {
      block.add(parsed.entry(), number);
    } else {
      block.touch(number);
      diagnostics.warning("monitor-log.bad-entry", number, parsed.problem(), line.strip());
    }
    return true;
  }

  private void endBlock() {
    if (block == null) {
      return;
    }
    TopBlock ended = block;
    block = null;
    if (ended.title().kind() == null) {
      return;
    }
    if (ended.isEmpty()) {
      if (count != 0) {
        diagnostics.warning(
            "monitor-log.empty-top",
            ended.titleLine(),
            "top-N list without entries",
            ended.title().text());
      }
      return;
    }
    stamped.add(new Top(ended), null, ended.stamp());
  }

  private void finish() {
    endBlock();
    stamped.finish(diagnostics, "monitor-log.", context.file().lastModified());
    if (messages > 0) {
      diagnostics.info(
          "monitor-log.messages",
          firstMessageLine,
          messages
              + " time-stamped log message(s) besides the counts (first at line "
              + firstMessageLine
              + ")",
          firstMessage);
    }
    if (counts.isEmpty()) {
      diagnostics.warning(
          "monitor-log.no-counts",
          0,
          lines == 0 ? "the file is empty" : "no TIME_WAIT count line could be read",
          "");
      return;
    }
    sink.series(counts.build(context.file().name()));
  }
}
