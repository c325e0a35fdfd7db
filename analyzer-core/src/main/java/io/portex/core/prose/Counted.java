package io.portex.core.prose;

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
    return number(count) + " " + (count == 1 ? one : many);
  }

  /**
   * A whole number with a comma between thousands, as {@code String.format(Locale.ROOT, "%,d")}
   * writes it ({@code 16,384}, {@code -1,000}), without parsing a format: charts write one per
   * point of every tooltip.
   */
  public static String number(long value) {
    String digits = Long.toString(value);
    int sign = value < 0 ? 1 : 0;
    int length = digits.length() - sign;
    if (length <= 3) {
      return digits;
    }
    StringBuilder text = new StringBuilder(digits.length() + (length - 1) / 3);
    text.append(digits, 0, sign);
    int head = length % 3 == 0 ? 3 : length % 3;
    text.append(digits, sign, sign + head);
    for (int at = sign + head; at < digits.length(); at += 3) {
      text.append(',').append(digits, at, at + 3);
    }
    return text.toString();
  }
}
