package io.portex.core.format.eventxml;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks the StAX events of one {@code <Event>} element and keeps what portex reads from it: the
 * {@code <System>} values, the {@code <Data>} values of {@code <EventData>} (named or not) and the
 * leaf values of {@code <UserData>}. {@code <RenderingInfo>}, {@code <Binary>} and everything else
 * are passed over. Elements are matched by local name, whatever their namespace. One instance
 * collects one event.
 */
final class FieldCollector {

  /** Complaints kept per event; more would say nothing new. */
  private static final int MAX_COMPLAINTS = 4;

  private String provider;
  private int eventId = -1;
  private int qualifiers = -1;
  private int level = -1;
  private Instant time;
  private boolean timeWithoutZone;
  private String computer;
  private long recordId = -1;
  private String channel;
  private final List<String> eventData = new ArrayList<>();
  private final List<String> userData = new ArrayList<>();
  private boolean systemComplete;
  private final List<String> complaints = new ArrayList<>();

  private int depth;
  private String section = "";
  private final StringBuilder text = new StringBuilder();
  private boolean leafOpen;

  /** Reads {@code reader} to the end of its document. */
  void walk(XMLStreamReader reader) throws XMLStreamException {
    while (reader.hasNext()) {
      switch (reader.next()) {
        case XMLStreamConstants.START_ELEMENT -> start(reader);
        case XMLStreamConstants.END_ELEMENT -> end(reader.getLocalName());
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (leafOpen) {
            text.append(reader.getText());
          }
        }
        case XMLStreamConstants.DTD ->
            throw new XMLStreamException(
                "a document type declaration is not read", reader.getLocation());
        default -> {
          // comments and processing instructions say nothing about the event
        }
      }
    }
  }

  EventFields fields() {
    return new EventFields(
        provider,
        eventId,
        qualifiers,
        level,
        time,
        timeWithoutZone,
        computer,
        recordId,
        channel,
        InsertionStrings.unpack(eventData.isEmpty() ? userData : eventData),
        systemComplete,
        complaints);
  }

  private void start(XMLStreamReader reader) throws XMLStreamException {
    depth++;
    String name = reader.getLocalName();
    text.setLength(0);
    leafOpen = true;
    if (depth == 1 && !name.equals("Event")) {
      throw new XMLStreamException(
          "the element is <" + name + ">, not <Event>", reader.getLocation());
    }
    if (depth == 2) {
      section = name;
    } else if (depth == 3 && section.equals("System")) {
      systemAttributes(name, reader);
    }
  }

  private void systemAttributes(String name, XMLStreamReader reader) {
    switch (name) {
      case "Provider" -> {
        provider = attribute(reader, "Name");
        if (provider == null || provider.isBlank()) {
          provider = attribute(reader, "EventSourceName");
        }
      }
      case "EventID" -> {
        String value = attribute(reader, "Qualifiers");
        if (value != null && !value.isBlank()) {
          qualifiers = number(value, "EventID@Qualifiers");
        }
      }
      case "TimeCreated" -> {
        String value = attribute(reader, "SystemTime");
        if (value != null) {
          SystemTime parsed = SystemTime.parse(value);
          if (parsed == null) {
            complain("TimeCreated@SystemTime '" + value + "' is not a date and time");
          } else {
            time = parsed.instant();
            timeWithoutZone = parsed.withoutZone();
          }
        }
      }
      default -> {
        // values in the element text are taken at its end
      }
    }
  }

  private void end(String name) {
    if (depth == 2 && name.equals("System")) {
      systemComplete = true;
    } else if (depth == 3 && section.equals("System")) {
      systemValue(name, text.toString().strip());
    } else if (depth == 3 && section.equals("EventData") && name.equals("Data") && leafOpen) {
      eventData.add(text.toString());
    } else if (depth >= 3 && section.equals("UserData") && leafOpen) {
      userData.add(text.toString());
    }
    leafOpen = false;
    depth--;
  }

  private void systemValue(String name, String value) {
    switch (name) {
      case "EventID" -> eventId(value);
      case "Level" -> level = value.isEmpty() ? -1 : number(value, "Level");
      case "EventRecordID" -> recordId = value.isEmpty() ? -1 : longNumber(value);
      case "Computer" -> computer = value.isEmpty() ? null : value;
      case "Channel" -> channel = value.isEmpty() ? null : value;
      default -> {
        // Version, Task, Opcode, Keywords, Correlation, Execution, Security: not needed
      }
    }
  }

  /** An id above 65535 is the whole classic id: qualifiers in its high 16 bits. */
  private void eventId(String value) {
    long id;
    try {
      id = Long.parseLong(value);
    } catch (NumberFormatException e) {
      complain("EventID '" + value + "' is not a number");
      return;
    }
    if (id < 0 || id > 0xFFFF_FFFFL) {
      complain("EventID " + value + " is out of range");
    } else if (id > 0xFFFF) {
      eventId = (int) (id & 0xFFFF);
      qualifiers = qualifiers >= 0 ? qualifiers : (int) (id >>> 16);
    } else {
      eventId = (int) id;
    }
  }

  private int number(String value, String what) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      complain(what + " '" + value + "' is not a number");
      return -1;
    }
  }

  private long longNumber(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      complain("EventRecordID '" + value + "' is not a number");
      return -1;
    }
  }

  private void complain(String complaint) {
    if (complaints.size() < MAX_COMPLAINTS) {
      complaints.add(complaint);
    }
  }

  private static String attribute(XMLStreamReader reader, String name) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      if (reader.getAttributeLocalName(i).equals(name)) {
        return reader.getAttributeValue(i);
      }
    }
    return null;
  }
}
