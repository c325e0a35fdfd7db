package io.portex.core.format.eventtext;

/**
 * One line of an event as text, as portex looks at it: without the {@code > } quote markers and the
 * trailing double spaces a markdown paste adds, without the indentation of {@code wevtutil}, and
 * split into label and value when it is a {@code Label: value} line of a known label.
 *
 * @param unquoted the line without quote markers and leading white space, trailing spaces kept
 * @param text the line, cleaned
 * @param key the label's key, or null when the line is no labelled line
 * @param value the text after the label's colon, trimmed; empty when there is no label
 */
record TextLine(String unquoted, String text, TextKey key, String value) {

  /** Longest label looked at: {@code Catégorie de la tâche}. */
  private static final int MAX_LABEL = 32;

  static TextLine of(String raw) {
    String unquoted = withoutQuoteMarkers(raw);
    String text = unquoted.strip();
    int colon = text.indexOf(':');
    if (colon > 0 && colon <= MAX_LABEL) {
      TextKey key = TextKey.of(text.substring(0, colon));
      if (key != null) {
        return new TextLine(unquoted, text, key, text.substring(colon + 1).strip());
      }
    }
    return new TextLine(unquoted, text, null, "");
  }

  /** True for {@code Event[0]:}, the line before each event of {@code wevtutil qe /f:text}. */
  boolean isWevtutilHeader() {
    return text.startsWith("Event[") && text.endsWith("]:") && text.length() > 8;
  }

  /** True when the line starts an {@code <Event>} element. */
  boolean startsEventXml() {
    if (!text.startsWith("<Event")) {
      return false;
    }
    if (text.length() == "<Event".length()) {
      return true;
    }
    char after = text.charAt("<Event".length());
    return after == ' ' || after == '>' || after == '\t' || after == '/';
  }

  boolean isBlank() {
    return text.isEmpty();
  }

  /** The line without leading {@code >} markers of a markdown quote (nested ones too). */
  private static String withoutQuoteMarkers(String line) {
    int at = 0;
    while (true) {
      while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
        at++;
      }
      boolean marker =
          at < line.length()
              && line.charAt(at) == '>'
              && (at + 1 == line.length() || line.charAt(at + 1) == ' ');
      if (!marker) {
        return line.substring(at);
      }
      at++;
    }
  }
}
