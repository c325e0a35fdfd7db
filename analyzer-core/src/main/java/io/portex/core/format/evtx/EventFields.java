package io.portex.core.format.evtx;

import io.portex.core.model.EventRecord;
import io.portex.core.model.SourceRange;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes the fields portex keeps out of a decoded event: {@code System/Provider@Name}, {@code
 * EventID} and its {@code Qualifiers}, {@code Level}, {@code TimeCreated@SystemTime}, {@code
 * Computer}, {@code EventRecordID}, {@code Channel}, and the data: every {@code EventData/Data}
 * (named or not) in order, then for {@code UserData} the text of its leaf elements in order. {@code
 * Binary} is not kept. Missing fields take the record header's values where it has them (time
 * written, record id), else -1 or null.
 */
final class EventFields {

  private static final Instant FILETIME_ZERO = ValueReader.fileTime(0);

  private EventFields() {}

  /**
   * @param roots the decoded record
   * @param recordId the record id of the record header, also the "line" of its source range
   * @param written when the record was written, from its header
   * @param file the input's name
   */
  static EventRecord of(List<XmlContent> roots, long recordId, Instant written, String file) {
    XmlElement event = event(roots);
    XmlElement system = event.child("System");
    String provider = "";
    int eventId = -1;
    int qualifiers = -1;
    int level = -1;
    Instant time = null;
    String computer = null;
    String channel = null;
    long eventRecordId = -1;
    if (system != null) {
      provider = attribute(system.child("Provider"), "Name", "");
      XmlElement id = system.child("EventID");
      eventId = (int) number(text(id));
      qualifiers = (int) number(attribute(id, "Qualifiers", null));
      level = (int) number(text(system.child("Level")));
      time = time(system.child("TimeCreated"));
      computer = nonEmpty(text(system.child("Computer")));
      channel = nonEmpty(text(system.child("Channel")));
      eventRecordId = number(text(system.child("EventRecordID")));
    }
    List<String> data = new ArrayList<>();
    eventData(event.child("EventData"), data);
    userData(event.child("UserData"), data);
    return record(
        provider,
        eventId,
        qualifiers,
        level,
        time,
        computer,
        channel,
        eventRecordId,
        data,
        recordId,
        written,
        file);
  }

  /**
   * The event of fields already taken, missing ones (a null time, a negative record id) replaced
   * from the record header as {@link #of} does.
   */
  static EventRecord record(
      String provider,
      int eventId,
      int qualifiers,
      int level,
      Instant time,
      String computer,
      String channel,
      long eventRecordId,
      List<String> data,
      long recordId,
      Instant written,
      String file) {
    return new EventRecord(
        provider,
        eventId,
        qualifiers,
        level,
        time != null ? time : written,
        computer,
        eventRecordId >= 0 ? eventRecordId : recordId,
        channel,
        data,
        new SourceRange(file, recordId, recordId));
  }

  private static XmlElement event(List<XmlContent> roots) {
    XmlElement first = null;
    for (XmlContent root : roots) {
      if (root instanceof XmlElement element) {
        if (element.name().equals("Event")) {
          return element;
        }
        first = first == null ? element : first;
      }
    }
    if (first == null) {
      throw new BinXmlException("the record holds no element");
    }
    return first;
  }

  /** Adds the text of every {@code Data} of an {@code EventData} element (null: none). */
  static void eventData(XmlElement eventData, List<String> data) {
    if (eventData != null) {
      for (XmlContent item : eventData.content()) {
        if (item instanceof XmlElement element && element.name().equals("Data")) {
          data.add(element.text());
        }
      }
    }
  }

  /** Adds the text of the leaf elements of a {@code UserData} element (null: none), in order. */
  static void userData(XmlElement userData, List<String> data) {
    if (userData != null) {
      leaves(userData, data);
    }
  }

  private static void leaves(XmlElement element, List<String> data) {
    for (XmlContent item : element.content()) {
      if (item instanceof XmlElement child) {
        if (child.isTextLeaf()) {
          data.add(child.text());
        } else {
          leaves(child, data);
        }
      }
    }
  }

  private static Instant time(XmlElement timeCreated) {
    return time(timeCreated == null ? null : timeCreated.attribute("SystemTime"));
  }

  /** The time of a {@code SystemTime} attribute (null: none), null when it has none. */
  static Instant time(XmlElement.Attribute systemTime) {
    if (systemTime == null || systemTime.parts().isEmpty()) {
      return null;
    }
    Instant time = systemTime.parts().size() == 1 ? systemTime.parts().get(0).instant() : null;
    if (time == null) {
      try {
        time = Instant.parse(systemTime.text().trim());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return time.equals(FILETIME_ZERO) ? null : time;
  }

  private static String text(XmlElement element) {
    return element == null ? null : element.text();
  }

  private static String attribute(XmlElement element, String name, String absent) {
    XmlElement.Attribute attribute = element == null ? null : element.attribute(name);
    return attribute == null ? absent : attribute.text();
  }

  static String nonEmpty(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  /** A decimal number up to 2^63 - 1, or -1 when there is none. */
  static long number(String text) {
    if (text == null) {
      return -1;
    }
    String digits = text.trim();
    if (digits.isEmpty() || digits.length() > 18) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
