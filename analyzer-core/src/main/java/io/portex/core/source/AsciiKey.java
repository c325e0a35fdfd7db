package io.portex.core.source;

/**
 * The comparison key of a word from a localized or mis-decoded capture: its ASCII letters and
 * digits, lower case; everything else dropped. {@code ABHÖREN}, {@code ABH™REN}, {@code ABH?REN}
 * and {@code ABHREN} share one key, {@code TIME_WAIT} and {@code TimeWait} another, and {@code
 * informaci¢n} (cp850 read as cp437) the key of {@code información}.
 */
public final class AsciiKey {

  private AsciiKey() {}

  public static String of(CharSequence text) {
    StringBuilder key = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        key.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        key.append((char) (c + ('a' - 'A')));
      }
    }
    return key.toString();
  }
}
