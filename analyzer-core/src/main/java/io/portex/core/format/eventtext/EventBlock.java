package io.portex.core.format.eventtext;

import java.util.EnumMap;
import java.util.Map;

/**
 * The lines of one event as text while they are read: the labelled values, where they are, and the
 * {@code Event Xml:} part if the event has one. One block at a time is held; a description is
 * passed over, not kept.
 */
final class EventBlock {

  /** Where the reading of the block is. */
  enum Part {
    /** {@code Label: value} lines. */
    FIELDS,
    /** The lines after {@code Description:}. */
    DESCRIPTION,
    /** After {@code Event Xml:}, before its {@code <Event>}. */
    BEFORE_XML,
    /** Inside the {@code <Event>} element. */
    XML,
    /** After {@code </Event>}. */
    AFTER_XML
  }

  /** Longest XML part held, in characters. */
  static final int MAX_XML_CHARS = 1 << 20;

  private final long firstLine;
  private long lastLine;
  private final Map<TextKey, String> values = new EnumMap<>(TextKey.class);
  private final Map<TextKey, Long> lines = new EnumMap<>(TextKey.class);
  private Part part = Part.FIELDS;
  private StringBuilder xml;
  private long xmlFirstLine;
  private long xmlLastLine;
  private boolean xmlClosed;
  private boolean xmlTooLarge;

  /** A block starting on {@code firstLine}. */
  EventBlock(long firstLine) {
    this.firstLine = firstLine;
    this.lastLine = firstLine;
  }

  /** Takes a labelled value; the first of a label counts. */
  void put(TextKey key, String value, long line) {
    values.putIfAbsent(key, value);
    lines.putIfAbsent(key, line);
    touch(line);
  }

  /** Notes a line of content, so the block reaches to it. */
  void touch(long line) {
    lastLine = Math.max(lastLine, line);
  }

  /** True when a {@code Log Name:} line would start another event. */
  boolean takesNoLogName() {
    return !values.isEmpty() || xml != null;
  }

  void startXml(String text, long line) {
    xml = new StringBuilder();
    xmlFirstLine = line;
    part = Part.XML;
    appendXml(text, line);
  }

  void appendXml(String text, long line) {
    if (!xmlTooLarge) {
      if (line > xmlFirstLine) {
        xml.append('\n');
      }
      xml.append(text);
      if (xml.length() > MAX_XML_CHARS) {
        xmlTooLarge = true;
        xml.setLength(0);
      }
    }
    xmlLastLine = line;
    touch(line);
    if (text.contains("</Event>")) {
      xmlClosed = true;
      part = Part.AFTER_XML;
    }
  }

  String value(TextKey key) {
    return values.get(key);
  }

  /** The line of a labelled value, or the block's first line when it has none. */
  long line(TextKey key) {
    return lines.getOrDefault(key, firstLine);
  }

  Part part() {
    return part;
  }

  void part(Part value) {
    part = value;
  }

  long firstLine() {
    return firstLine;
  }

  long lastLine() {
    return lastLine;
  }

  boolean hasXml() {
    return xml != null;
  }

  /** The XML part as read; empty when it was too large to hold. */
  String xml() {
    return xml == null ? "" : xml.toString();
  }

  long xmlFirstLine() {
    return xmlFirstLine;
  }

  long xmlLastLine() {
    return xmlLastLine;
  }

  boolean xmlClosed() {
    return xmlClosed;
  }

  boolean xmlTooLarge() {
    return xmlTooLarge;
  }
}
