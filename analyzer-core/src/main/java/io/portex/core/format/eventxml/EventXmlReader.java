package io.portex.core.format.eventxml;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.model.SourceRange;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads every {@code <Event>} of one XML input, one event at a time, and hands each to the sink as
 * an event record. A malformed event is reported with its line and left out; reading goes on with
 * the next. A document type declaration stops the read: it is reported, and nothing after it is
 * read. One instance reads one input.
 */
final class EventXmlReader {

  /** Longest event held, in characters; real events are a few kilobytes. */
  static final int MAX_EVENT_CHARS = 1 << 20;

  private final ReadContext context;
  private final EvidenceSink sink;
  private final DiagnosticSink diagnostics;
  private final String code;
  private final EventXmlParser parser = new EventXmlParser();
  private boolean markersNoted;
  private boolean zoneNoted;

  EventXmlReader(ReadContext context, EvidenceSink sink, String formatId) {
    this.context = context;
    this.sink = sink;
    this.diagnostics = context.diagnostics();
    this.code = formatId + ".";
  }

  void read() throws IOException {
    long seen = 0;
    EventFragmentScanner scanner;
    try (Reader text = context.openText()) {
      scanner = new EventFragmentScanner(text, MAX_EVENT_CHARS);
      EventFragment fragment;
      while ((fragment = scanner.next()) != null) {
        seen++;
        accept(fragment);
      }
    }
    if (scanner.refusedLine() > 0) {
      diagnostics.error(
          code + "doctype-refused",
          scanner.refusedLine(),
          "a "
              + scanner.refused()
              + " declaration: document type declarations and entities are never read, so"
              + " nothing from here on was read",
          "<!" + scanner.refused());
    } else if (seen == 0) {
      diagnostics.warning(code + "no-events", 0, "no <Event> element found", "");
    }
  }

  private void accept(EventFragment fragment) {
    if (fragment.tooLarge()) {
      diagnostics.error(
          code + "event-too-large",
          fragment.firstLine(),
          "the event starting here is longer than " + MAX_EVENT_CHARS + " characters; not read",
          "");
      return;
    }
    if (!fragment.complete()) {
      diagnostics.error(
          code + "truncated-event",
          fragment.lastLine(),
          "the event starting on line "
              + fragment.firstLine()
              + " is cut off here (no </Event>); not read",
          lastLine(fragment.text()));
      return;
    }
    String xml = fragment.text();
    if (CollapseMarkers.presentIn(xml)) {
      xml = CollapseMarkers.strip(xml);
      if (!markersNoted) {
        markersNoted = true;
        diagnostics.info(
            code + "collapse-markers",
            fragment.firstLine(),
            "copied from Event Viewer's XML view: the '- ' before collapsible elements were"
                + " removed",
            "");
      }
    }
    ParsedEvent parsed = parser.parse(xml, fragment.firstLine());
    if (!parsed.wellFormed()) {
      diagnostics.error(
          code + "malformed-event",
          parsed.problemLine(),
          "the event starting on line "
              + fragment.firstLine()
              + " is not well-formed XML ("
              + parsed.problem()
              + "); not read",
          "");
      return;
    }
    emit(parsed.fields(), fragment);
  }

  private void emit(EventFields fields, EventFragment fragment) {
    long line = fragment.firstLine();
    if (fields.provider() == null || fields.provider().isBlank()) {
      diagnostics.error(code + "no-provider", line, "the event names no provider; not read", "");
      return;
    }
    if (fields.eventId() < 0) {
      diagnostics.error(
          code + "no-event-id", line, "the event has no readable EventID; not read", "");
      return;
    }
    for (String complaint : fields.complaints()) {
      diagnostics.warning(code + "bad-value", line, complaint, "");
    }
    if (fields.time() == null) {
      diagnostics.warning(
          code + "no-time", line, "the event has no TimeCreated: it cannot be placed in time", "");
    } else if (fields.timeWithoutZone() && !zoneNoted) {
      zoneNoted = true;
      diagnostics.info(
          code + "time-without-zone",
          line,
          "SystemTime is written without a zone (a third-party rendering): read as UTC, as Windows"
              + " keeps it",
          "");
    }
    sink.event(
        fields.toRecord(
            new SourceRange(context.file().name(), fragment.firstLine(), fragment.lastLine())));
  }

  private static String lastLine(String xml) {
    String trimmed = xml.stripTrailing();
    int start = Math.max(trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\r')) + 1;
    return trimmed.substring(start);
  }
}
