package io.portex.core.format.evtx;

import java.util.List;

/**
 * One element of a decoded event, with its substitutions filled in: the minimal tree the event's
 * fields are taken from (no XML text is rendered).
 *
 * @param name the element name, e.g. {@code EventID}
 * @param attributes its attributes, in order
 * @param content child elements and text values, in order
 */
record XmlElement(String name, List<Attribute> attributes, List<XmlContent> content)
    implements XmlContent {

  /** An attribute; its value may be made of several parts (text, substitutions). */
  record Attribute(String name, List<Value> parts) {

    String text() {
      if (parts.size() == 1) {
        return parts.get(0).text();
      }
      StringBuilder text = new StringBuilder();
      parts.forEach(part -> text.append(part.text()));
      return text.toString();
    }
  }

  /** The first child element of that name, or null. */
  XmlElement child(String childName) {
    for (XmlContent item : content) {
      if (item instanceof XmlElement element && element.name.equals(childName)) {
        return element;
      }
    }
    return null;
  }

  /** The attribute of that name, or null. */
  Attribute attribute(String attributeName) {
    for (Attribute attribute : attributes) {
      if (attribute.name.equals(attributeName)) {
        return attribute;
      }
    }
    return null;
  }

  /** The text of the element and its descendants, in document order. */
  String text() {
    if (content.size() == 1 && content.get(0) instanceof Value value) {
      return value.text();
    }
    StringBuilder text = new StringBuilder();
    appendText(text);
    return text.toString();
  }

  /** True when the element holds text (possibly empty) and no child elements. */
  boolean isTextLeaf() {
    boolean text = false;
    for (XmlContent item : content) {
      if (item instanceof XmlElement) {
        return false;
      }
      text = true;
    }
    return text;
  }

  private void appendText(StringBuilder text) {
    for (XmlContent item : content) {
      if (item instanceof XmlElement element) {
        element.appendText(text);
      } else {
        text.append(((Value) item).text());
      }
    }
  }
}
