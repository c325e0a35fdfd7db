package io.portex.core.format.eventtext;

import io.portex.core.source.AsciiKey;
import java.util.HashMap;
import java.util.Map;

/**
 * The labels of an event as text, in the languages portex knows (English, German, French), as
 * {@link AsciiKey}s: {@code Ereignis-ID}, {@code Schlüsselwörter} and their mis-decoded forms match
 * alike. Event Viewer writes {@code Task Category} and {@code Keywords}, wevtutil {@code Task} and
 * {@code Keyword}.
 */
enum TextKey {
  LOG_NAME("logname", "protokollname", "nomdujournal"),
  SOURCE("source", "quelle"),
  DATE("date", "datum"),
  EVENT_ID("eventid", "ereignisid", "iddelvnement"),
  TASK("taskcategory", "task", "aufgabenkategorie", "aufgabe", "catgoriedelatche"),
  LEVEL("level", "ebene", "niveau"),
  OPCODE("opcode", "vorgangscode", "opration"),
  KEYWORDS("keywords", "keyword", "schlsselwrter", "motscls"),
  USER("user", "benutzer", "utilisateur"),
  USER_NAME("username", "benutzername"),
  COMPUTER("computer", "ordinateur"),
  DESCRIPTION("description", "beschreibung"),
  EVENT_XML("eventxml", "ereignisxml", "xmldelvnement");

  private static final Map<String, TextKey> BY_KEY = new HashMap<>();

  static {
    for (TextKey key : values()) {
      for (String alias : key.aliases) {
        BY_KEY.put(alias, key);
      }
    }
  }

  private final String[] aliases;

  TextKey(String... aliases) {
    this.aliases = aliases;
  }

  /** The key a label stands for, or null. */
  static TextKey of(String label) {
    return BY_KEY.get(AsciiKey.of(label));
  }
}
