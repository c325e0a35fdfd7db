package io.portex.core.format.eventxml;

import java.io.StringReader;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses the XML of one {@code <Event>} element, as Windows and third-party tools write it, into
 * its {@link EventFields}. Document type declarations and external entities are never read: a
 * reference to an entity fails the event instead of expanding it. Not thread-safe: one parser per
 * read.
 */
public final class EventXmlParser {

  private static final String MESSAGE_MARK = "Message: ";

  private final XMLInputFactory factory;

  public EventXmlParser() {
    factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty("http://javax.xml.XMLConstants/property/accessExternalDTD", "");
  }

  /**
   * Parses {@code xml}, the text of one {@code <Event>} element.
   *
   * @param firstLine the line of the input on which the element starts, to name lines in problems
   */
  public ParsedEvent parse(String xml, long firstLine) {
    FieldCollector collector = new FieldCollector();
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(new StringReader(xml));
      collector.walk(reader);
      return new ParsedEvent(collector.fields(), null, 0);
    } catch (XMLStreamException e) {
      return new ParsedEvent(collector.fields(), describe(e), line(e.getLocation(), firstLine));
    } catch (RuntimeException e) {
      // the JDK's parser reports some broken input this way; it is broken input all the same
      return new ParsedEvent(collector.fields(), "unreadable XML (" + e + ")", firstLine);
    } finally {
      close(reader);
    }
  }

  private static long line(Location location, long firstLine) {
    if (location == null || location.getLineNumber() < 1) {
      return firstLine;
    }
    return firstLine + location.getLineNumber() - 1;
  }

  /** The parser's message without its {@code ParseError at [row,col]} preamble. */
  private static String describe(XMLStreamException e) {
    String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
    int mark = message.indexOf(MESSAGE_MARK);
    return (mark >= 0 ? message.substring(mark + MESSAGE_MARK.length()) : message).strip();
  }

  private static void close(XMLStreamReader reader) {
    if (reader == null) {
      return;
    }
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // a string reader holds nothing to release
    }
  }
}
