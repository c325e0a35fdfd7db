package io.portex.core.format.eventtext;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.format.eventcsv.DayMonthOrder;
import io.portex.core.model.EventRecord;
import io.portex.core.source.LineReader;
import java.io.IOException;

/**
 * Reads the events of one text input line by line, one block at a time: Event Viewer's text ({@code
 * Log Name:} starts an event), {@code wevtutil qe /f:text} ({@code Event[n]:} starts one) and "Copy
 * details as text" (labels, then an {@code Event Xml:} part). A first pass over the {@code Date:}
 * lines decides the order of day and month for the file. One instance reads one input.
 */
final class EventTextReader {

  private final ReadContext context;
  private final EvidenceSink sink;
  private final String formatId;
  private final BlockEvent events;
  private EventBlock block;
  private long blocks;

  EventTextReader(ReadContext context, EvidenceSink sink, String formatId) {
    this.context = context;
    this.sink = sink;
    this.formatId = formatId;
    this.events =
        new BlockEvent(context.file().name(), context.zone(), context.diagnostics(), formatId);
  }

  void read() throws IOException {
    DayMonthOrder order = scanDates();
    order.report(context.diagnostics(), formatId + ".");
    events.dayFirst(order.dayFirst());
    context.forEachLine(
        formatId, (text, number, terminated) -> accept(TextLine.of(text), number), this::lost);
    finish();
    if (blocks == 0) {
      context.diagnostics().warning(formatId + ".no-events", 0, "no event found", "");
    }
  }

  private DayMonthOrder scanDates() throws IOException {
    DayMonthOrder order = new DayMonthOrder();
    try (LineReader lines = context.openLines()) {
      String text;
      while ((text = lines.next()) != null) {
        if (!lines.wasCut()) {
          TextLine line = TextLine.of(text);
          if (line.key() == TextKey.DATE) {
            order.observe(line.value(), lines.lineNumber());
          }
        }
      }
    }
    return order;
  }

  private void accept(TextLine line, long number) {
    if (block != null && block.part() == EventBlock.Part.XML && !startsEvent(line)) {
      block.appendXml(line.unquoted(), number);
      return;
    }
    if (line.isWevtutilHeader()) {
      start(number);
      return;
    }
    if (line.key() == TextKey.LOG_NAME && (block == null || block.takesNoLogName())) {
      start(number);
    }
    if (block == null) {
      if (line.key() == null && !line.startsEventXml()) {
        return;
      }
      start(number);
    }
    if (line.startsEventXml()) {
      if (block.hasXml()) {
        start(number);
      }
      block.startXml(line.unquoted(), number);
      return;
    }
    switch (block.part()) {
      case FIELDS -> field(line, number);
      case DESCRIPTION -> {
        if (line.key() == TextKey.EVENT_XML) {
          block.part(EventBlock.Part.BEFORE_XML);
        }
        if (!line.isBlank()) {
          block.touch(number);
        }
      }
      default -> {
        // before the XML part, or after it: nothing to read
      }
    }
  }

  private void field(TextLine line, long number) {
    if (line.key() == null) {
      if (!line.isBlank()) {
        block.touch(number);
      }
      return;
    }
    switch (line.key()) {
      case DESCRIPTION -> {
        block.part(EventBlock.Part.DESCRIPTION);
        block.touch(number);
      }
      case EVENT_XML -> {
        block.part(EventBlock.Part.BEFORE_XML);
        block.touch(number);
      }
      default -> block.put(line.key(), line.value(), number);
    }
  }

  /** True when a line starts another event: its labels, or another XML part. */
  private static boolean startsEvent(TextLine line) {
    return line.key() == TextKey.LOG_NAME || line.isWevtutilHeader() || line.startsEventXml();
  }

  /** A line too long to read: inside an XML part it still counts as a line. */
  private void lost(long number) {
    if (block != null && block.part() == EventBlock.Part.XML) {
      block.appendXml("", number);
    }
  }

  private void start(long number) {
    finish();
    block = new EventBlock(number);
  }

  private void finish() {
    if (block == null) {
      return;
    }
    blocks++;
    EventRecord event = events.of(block);
    if (event != null) {
      sink.event(event);
    }
    block = null;
  }
}
