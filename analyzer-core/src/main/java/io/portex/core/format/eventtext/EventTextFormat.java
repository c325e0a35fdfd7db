package io.portex.core.format.eventtext;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.TextHead;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Events as text: Event Viewer's text ({@code Log Name:}, {@code Source:}, {@code Date:}, {@code
 * Event ID:}, ... {@code Description:}, one block per event), {@code wevtutil qe /f:text} ({@code
 * Event[0]:} blocks) and "Copy details as text" (the same labels and an {@code Event Xml:} part),
 * with English, German or French labels, also pasted into markdown ({@code > } quotes, trailing
 * double spaces). Every event of every provider is handed on.
 */
public final class EventTextFormat implements InputFormat {

  static final String ID = "eventlog-text";

  /** Lines looked at when sniffing. */
  private static final int SNIFF_LINES = 200;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Event Viewer text, wevtutil qe /f:text, Copy details as text (English, German,"
        + " French labels)";
  }

  @Override
  public Sniff sniff(TextHead head) {
    if (head.charset().binary()) {
      return Sniff.no("binary content");
    }
    List<String> lines = head.lines();
    Set<TextKey> keys = EnumSet.noneOf(TextKey.class);
    boolean wevtutil = false;
    for (int i = 0; i < lines.size() && i < SNIFF_LINES; i++) {
      TextLine line = TextLine.of(lines.get(i));
      wevtutil |= line.isWevtutilHeader();
      if (line.key() != null) {
        keys.add(line.key());
      }
    }
    boolean named = keys.contains(TextKey.LOG_NAME) && keys.contains(TextKey.EVENT_ID);
    if (wevtutil && (named || keys.contains(TextKey.SOURCE))) {
      return new Sniff(0.97, "wevtutil /f:text: Event[0]: and its labels");
    }
    if (named && keys.contains(TextKey.EVENT_XML)) {
      return new Sniff(0.97, "Log Name: and Event ID: labels with an Event Xml: part");
    }
    if (named) {
      return new Sniff(0.95, "Log Name: and Event ID: labels");
    }
    if (keys.contains(TextKey.EVENT_ID)
        && keys.contains(TextKey.SOURCE)
        && (keys.contains(TextKey.LEVEL) || keys.contains(TextKey.DATE))) {
      return new Sniff(0.75, "Source:, Event ID: and Level: or Date: labels");
    }
    return Sniff.no("no event labels");
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    new EventTextReader(context, sink, ID).read();
  }
}
