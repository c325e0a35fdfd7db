package io.portex.core.format.eventxml;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.TextHead;
import java.io.IOException;

/**
 * Windows events as XML: {@code wevtutil qe /f:xml} and {@code /f:RenderedXml} (events one after
 * another, no root element), Event Viewer's "Save as XML" ({@code <Events>} root), a single {@code
 * <Event>}, Event Viewer's XML view copied with its {@code - } collapse markers, and the renderings
 * of libevtx and python-evtx. Every event of every provider is handed on.
 */
public final class EventXmlFormat implements InputFormat {

  static final String ID = "eventlog-xml";

  /** The namespace of Windows event XML. */
  static final String NAMESPACE = "schemas.microsoft.com/win/2004/08/events/event";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Windows event XML: wevtutil qe /f:xml (no root), Event Viewer Save as XML, one"
        + " <Event>, the XML view, libevtx and python-evtx renderings";
  }

  @Override
  public Sniff sniff(TextHead head) {
    if (head.charset().binary()) {
      return Sniff.no("binary content");
    }
    String text = head.text();
    int event = eventTag(text);
    if (event < 0) {
      return Sniff.no("no <Event> element");
    }
    boolean namespace = text.indexOf(NAMESPACE, event) >= 0;
    String lead = firstMarkup(text);
    boolean startsAsXml = lead.startsWith("<");
    if (startsAsXml && namespace) {
      return new Sniff(0.95, "event XML (<Event xmlns=\"...events/event\">)" + shape(text));
    }
    if (startsAsXml && text.indexOf("<System", event) > 0 && text.indexOf("<EventID", event) > 0) {
      return new Sniff(0.8, "<Event> with <System> and <EventID>, no namespace");
    }
    if (namespace) {
      return new Sniff(0.35, "event XML after other text");
    }
    return Sniff.no("an <Event> element, but not of Windows event XML");
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    new EventXmlReader(context, sink, ID).read();
  }

  /** Where the first {@code <Event} start tag is, or -1. */
  private static int eventTag(String text) {
    int at = text.indexOf("<Event");
    while (at >= 0) {
      int after = at + "<Event".length();
      if (after < text.length() && " \t\r\n>/".indexOf(text.charAt(after)) >= 0) {
        return at;
      }
      at = text.indexOf("<Event", after);
    }
    return -1;
  }

  /** The first non-blank line, without the markers of a copied XML view or a quote. */
  private static String firstMarkup(String text) {
    for (String line : text.split("\r\n|\r|\n", 64)) {
      String stripped = line.strip();
      while (stripped.startsWith("- ") || stripped.startsWith("> ")) {
        stripped = stripped.substring(2).strip();
      }
      if (!stripped.isEmpty()) {
        return stripped;
      }
    }
    return "";
  }

  private static String shape(String text) {
    if (text.stripLeading().startsWith("- <") || text.contains("\n- <")) {
      return ", Event Viewer XML view";
    }
    if (text.contains("<Events>") || text.contains("<Events ")) {
      return ", <Events> root";
    }
    return "";
  }
}
