package io.portex.core.format.eventxml;

import java.util.ArrayList;
import java.util.List;

/**
 * Event data values as third-party renderings write them. python-evtx packs all insertion strings
 * of a classic event into one {@code <Data>} as escaped {@code <string>...</string>} items; they
 * are unpacked here into one value each. Event Viewer's indented copies put an empty value on lines
 * of its own ({@code <Data>}, newline, spaces, {@code </Data>}); such a value is empty again.
 */
final class InsertionStrings {

  private static final String OPEN = "<string>";
  private static final String CLOSE = "</string>";

  private InsertionStrings() {}

  /** The values of {@code raw}, in order, packed items unpacked. */
  static List<String> unpack(List<String> raw) {
    List<String> values = new ArrayList<>(raw.size());
    for (String value : raw) {
      List<String> items = items(value);
      if (items == null) {
        values.add(clean(value));
      } else {
        values.addAll(items);
      }
    }
    return values;
  }

  /** A value as written, or empty when it is only the indentation of a copy. */
  static String clean(String value) {
    return value.isBlank() && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) ? "" : value;
  }

  /** The {@code <string>} items of a packed value, or null when it is not one. */
  private static List<String> items(String value) {
    String packed = value.strip();
    if (!packed.startsWith(OPEN) || !packed.endsWith(CLOSE)) {
      return null;
    }
    List<String> items = new ArrayList<>();
    int at = 0;
    while (at < packed.length()) {
      if (!packed.startsWith(OPEN, at)) {
        return null;
      }
      int end = packed.indexOf(CLOSE, at + OPEN.length());
      if (end < 0) {
        return null;
      }
      items.add(packed.substring(at + OPEN.length(), end));
      at = end + CLOSE.length();
      while (at < packed.length() && Character.isWhitespace(packed.charAt(at))) {
        at++;
      }
    }
    return items;
  }
}
