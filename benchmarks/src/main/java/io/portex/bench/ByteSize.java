package io.portex.bench;

import java.util.Locale;

/** Reads sizes such as {@code 1g}, {@code 75m}, {@code 512k} or {@code 1000} (bytes). */
final class ByteSize {

  private ByteSize() {}

  /**
   * Parses a size with an optional binary suffix: {@code k} (KiB), {@code m} (MiB) or {@code g}
   * (GiB), with or without a trailing {@code b}.
   *
   * @throws IllegalArgumentException when the text is no size
   */
  static long parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.endsWith("b") && t.length() > 1) {
      t = t.substring(0, t.length() - 1);
    }
    long unit = 1;
    if (!t.isEmpty()) {
      switch (t.charAt(t.length() - 1)) {
        case 'k' -> unit = 1L << 10;
        case 'm' -> unit = 1L << 20;
        case 'g' -> unit = 1L << 30;
        default -> unit = 1;
      }
    }
    String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
    try {
      long value = Long.parseLong(digits.replace("_", ""));
      if (value <= 0) {
        throw new IllegalArgumentException("size must be positive: " + text);
      }
      return Math.multiplyExact(value, unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("not a size: " + text, e);
    }
  }
}
