package io.portex.core.time;

import java.text.DateFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Month names and abbreviations in the languages Windows captures come in. */
final class MonthNames {

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    for (String tag : new String[] {"en", "de", "fr", "es", "it", "pt", "nl"}) {
      DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.forLanguageTag(tag));
      String[] full = symbols.getMonths();
      String[] abbreviated = symbols.getShortMonths();
      for (int m = 0; m < 12; m++) {
        put(full[m], m + 1);
        put(abbreviated[m], m + 1);
      }
    }
  }

  private MonthNames() {}

  private static void put(String name, int month) {
    String key = normalize(name);
    if (!key.isEmpty()) {
      MONTHS.putIfAbsent(key, month);
    }
  }

  private static String normalize(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /** The month 1–12 of a name such as {@code March}, {@code März}, {@code mars}, or -1. */
  static int of(String name) {
    return MONTHS.getOrDefault(normalize(name), -1);
  }
}
