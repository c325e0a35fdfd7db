package io.portex.core.prose;

import java.util.Locale;

/** A count with its noun in the number it takes, as a sentence says it: "1 event", "6 events". */
public final class Counted {

  private Counted() {}

  /**
   * The count with thousands separators and its noun.
   *
   * @param count how many
   * @param one the noun for exactly one
   * @param many the noun for any other count
   */
  public static String of(long count, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
  }
}
