package io.portex.core.format.eventcsv;

import io.portex.core.source.AsciiKey;
import java.util.Map;

/**
 * Event levels as exports write them: a number, or the word Event Viewer and PowerShell show in the
 * culture of the exporting machine ({@code Warning}, {@code Warnung}, {@code Avertissement}, ...).
 * Words match on their {@link AsciiKey}, so accents lost to a wrong code page do not matter.
 */
public final class EventLevels {

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("critical", 1),
          Map.entry("kritisch", 1),
          Map.entry("critique", 1),
          Map.entry("crtico", 1),
          Map.entry("critico", 1),
          Map.entry("kritiek", 1),
          Map.entry("error", 2),
          Map.entry("fehler", 2),
          Map.entry("erreur", 2),
          Map.entry("errore", 2),
          Map.entry("erro", 2),
          Map.entry("fout", 2),
          Map.entry("warning", 3),
          Map.entry("warnung", 3),
          Map.entry("avertissement", 3),
          Map.entry("advertencia", 3),
          Map.entry("avviso", 3),
          Map.entry("aviso", 3),
          Map.entry("waarschuwing", 3),
          Map.entry("information", 4),
          Map.entry("informationen", 4),
          Map.entry("informations", 4),
          Map.entry("informacin", 4),
          Map.entry("informazioni", 4),
          Map.entry("informaes", 4),
          Map.entry("informatie", 4),
          Map.entry("verbose", 5),
          Map.entry("ausfhrlich", 5),
          Map.entry("dtaill", 5),
          Map.entry("detallado", 5),
          Map.entry("dettagliato", 5),
          Map.entry("detalhado", 5),
          Map.entry("logalways", 0),
          Map.entry("auditsuccess", 0),
          Map.entry("auditfailure", 0));

  private EventLevels() {}

  /** The level a number or word stands for, or -1 when it is neither. */
  public static int of(String text) {
    String value = text.strip();
    if (!value.isEmpty() && value.length() <= 3 && value.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(value);
    }
    Integer level = WORDS.get(AsciiKey.of(value));
    return level == null ? -1 : level;
  }

  /** True when {@code text} is a level word or number. */
  public static boolean known(String text) {
    return of(text) >= 0;
  }
}
