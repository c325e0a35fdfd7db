package io.portex.core.format.evtx;

import java.time.Instant;
import java.util.List;

/**
 * A decoded BinXml value: a substitution value of a template instance or literal text of a
 * template. Numbers, GUIDs, SIDs and times are kept as the text Windows renders for them, except a
 * FILETIME (an {@link Instant}), an array (a {@code List<Value>}) and nested BinXml (a {@link
 * Region}).
 *
 * @param type its {@link ValueType}
 * @param data a {@code String}, {@code Instant}, {@code List<Value>}, {@code Region} or null
 */
record Value(int type, Object data) implements XmlContent {

  static final Value NULL = new Value(ValueType.NULL, null);

  static Value text(String text) {
    return new Value(ValueType.STRING, text);
  }

  boolean isNull() {
    return type == ValueType.NULL;
  }

  boolean isArray() {
    return data instanceof List;
  }

  boolean isBinXml() {
    return data instanceof Region;
  }

  @SuppressWarnings("unchecked")
  List<Value> items() {
    return isArray() ? (List<Value>) data : List.of(this);
  }

  Region region() {
    return (Region) data;
  }

  /** The time of a FILETIME value, else null. */
  Instant instant() {
    return data instanceof Instant instant ? instant : null;
  }

  /** The value as text: empty for NULL, items joined by {@code ", "} for arrays. */
  String text() {
    if (data == null || data instanceof Region) {
      return "";
    }
    if (data instanceof String text) {
      return text;
    }
    if (isArray()) {
      StringBuilder joined = new StringBuilder();
      for (Value item : items()) {
        if (joined.length() > 0) {
          joined.append(", ");
        }
        joined.append(item.text());
      }
      return joined.toString();
    }
    return data.toString();
  }
}
