package io.portex.core.format.eventtext;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.eventcsv.CultureDateTime;
import io.portex.core.format.eventcsv.EventLevels;
import io.portex.core.format.eventxml.EventFields;
import io.portex.core.format.eventxml.EventXmlParser;
import io.portex.core.format.eventxml.ParsedEvent;
import io.portex.core.model.EventRecord;
import io.portex.core.model.SourceRange;
import io.portex.core.time.LocalStamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The event one text block describes. When the block has an {@code Event Xml:} part its fields come
 * from there (UTC time, qualifiers, record id, event data), read by the event XML parser; labels
 * fill what the XML lacks. An XML part cut off or broken is reported, and its {@code <System>}
 * values still count when they were read to their end. Without XML the labels give provider, id,
 * level, local time, computer and log, and no event data. Not thread-safe: one instance per input.
 */
final class BlockEvent {

  private final String file;
  private final ZoneId zone;
  private final DiagnosticSink diagnostics;
  private final String code;
  private final EventXmlParser parser = new EventXmlParser();
  private boolean dayFirst;

  BlockEvent(String file, ZoneId zone, DiagnosticSink diagnostics, String formatId) {
    this.file = file;
    this.zone = zone;
    this.diagnostics = diagnostics;
    this.code = formatId + ".";
  }

  /** How to read dates whose order of day and month is open, as decided for the file. */
  void dayFirst(boolean value) {
    dayFirst = value;
  }

  /** The event of {@code block}, or null when it cannot be attributed (reported). */
  EventRecord of(EventBlock block) {
    EventFields xml = xmlFields(block);
    String provider =
        xml != null && xml.provider() != null ? xml.provider() : text(block, TextKey.SOURCE);
    if (provider == null) {
      warn("no-source", block.firstLine(), "the event has no Source line; not read");
      return null;
    }
    int eventId = xml != null && xml.eventId() >= 0 ? xml.eventId() : eventId(block);
    if (eventId < 0) {
      return null;
    }
    String computer =
        xml != null && xml.computer() != null ? xml.computer() : text(block, TextKey.COMPUTER);
    String channel =
        xml != null && xml.channel() != null ? xml.channel() : text(block, TextKey.LOG_NAME);
    return new EventRecord(
        provider,
        eventId,
        xml == null ? -1 : xml.qualifiers(),
        xml != null && xml.level() >= 0 ? xml.level() : level(block),
        xml != null && xml.time() != null ? xml.time() : time(block),
        computer,
        xml == null ? -1 : xml.recordId(),
        channel,
        xml == null ? List.of() : xml.data(),
        new SourceRange(file, block.firstLine(), block.lastLine()));
  }

  /** The fields of the XML part worth taking, or null (no part, or nothing whole in it). */
  private EventFields xmlFields(EventBlock block) {
    if (!block.hasXml()) {
      return null;
    }
    if (block.xmlTooLarge()) {
      warn(
          "xml-too-large",
          block.xmlFirstLine(),
          "the Event Xml part is too large to read; the labels are read instead");
      return null;
    }
    ParsedEvent parsed = parser.parse(block.xml(), block.xmlFirstLine());
    if (parsed.wellFormed() && block.xmlClosed()) {
      return parsed.fields();
    }
    boolean cut = !block.xmlClosed();
    boolean system = parsed.fields().systemComplete();
    warn(
        cut ? "truncated-xml" : "malformed-xml",
        cut ? block.xmlLastLine() : parsed.problemLine(),
        (cut
                ? "the Event Xml part is cut off here"
                : "the Event Xml part is not well-formed XML (" + parsed.problem() + ")")
            + (system
                ? ": its <System> values are read, its event data may be incomplete"
                : ": the labels are read instead"));
    return system ? parsed.fields() : null;
  }

  private int eventId(EventBlock block) {
    String value = text(block, TextKey.EVENT_ID);
    if (value == null) {
      warn("no-event-id", block.firstLine(), "the event has no Event ID line; not read");
      return -1;
    }
    int end = 0;
    while (end < value.length() && end < 6 && Character.isDigit(value.charAt(end))) {
      end++;
    }
    int id = end == 0 ? -1 : Integer.parseInt(value.substring(0, end));
    if (id < 0 || id > 0xFFFF) {
      warn(
          "bad-event-id",
          block.line(TextKey.EVENT_ID),
          "the Event ID '" + value + "' is not one; not read");
      return -1;
    }
    return id;
  }

  private int level(EventBlock block) {
    String word = text(block, TextKey.LEVEL);
    if (word == null) {
      return -1;
    }
    int level = EventLevels.of(word);
    if (level < 0) {
      warn(
          "unknown-level",
          block.line(TextKey.LEVEL),
          "level '" + word + "' is no level portex knows; kept unknown");
    }
    return level;
  }

  private Instant time(EventBlock block) {
    String value = text(block, TextKey.DATE);
    if (value == null) {
      diagnostics.info(
          code + "no-date",
          block.firstLine(),
          "the event has no Date line: it cannot be placed in time",
          "");
      return null;
    }
    LocalStamp stamp = CultureDateTime.parse(value, dayFirst);
    if (stamp == null) {
      warn(
          "bad-date",
          block.line(TextKey.DATE),
          "'" + value + "' is not a date and time; the event is kept untimed");
      return null;
    }
    return stamp.toInstant(zone);
  }

  /** A label's value, or null when it is absent or blank. */
  private static String text(EventBlock block, TextKey key) {
    String value = block.value(key);
    return value == null || value.isEmpty() ? null : value;
  }

  private void warn(String suffix, long line, String message) {
    diagnostics.warning(code + suffix, line, message, "");
  }
}
