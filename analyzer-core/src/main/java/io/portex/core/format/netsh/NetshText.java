package io.portex.core.format.netsh;

import io.portex.core.model.Protocol;

/**
 * What a line of netsh output is, in any language: netsh output is keyed on its numbers, its dash
 * underlines and the protocol word it repeats from the command ({@code tcp}, {@code udp}); the
 * labels around them are translated and often mis-decoded.
 */
final class NetshText {

  /** A number netsh printed, or the reason there is none. */
  record LabelledNumber(String label, String value, long number) {

    boolean hasNumber() {
      return number >= 0;
    }
  }

  /**
   * A row of an excluded-range table: {@code 50000 50059 *}.
   *
   * @param end the end port, or -1 when the row was cut after the start
   */
  record ExcludedRow(long start, long end, boolean administered) {}

  private NetshText() {}

  /**
   * The protocol a title names ({@code Protocol tcp Dynamic Port Range}, {@code Plage de ports
   * dynamique du protocole tcp}, {@code Диапазоны исключенных портов для протокола tcp}): a short
   * line without digits or separators holding the word {@code tcp} or {@code udp}. Null otherwise.
   */
  static Protocol titleProtocol(String text) {
    if (text.length() > 100 || text.indexOf(':') >= 0 || text.indexOf('=') >= 0) {
      return null;
    }
    Protocol found = null;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        return null;
      }
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      Protocol word = protocolWord(text.substring(start, i));
      if (word != null) {
        if (found != null && found != word) {
          return null;
        }
        found = word;
      }
    }
    return found;
  }

  private static Protocol protocolWord(String word) {
    if (word.equalsIgnoreCase("tcp")) {
      return Protocol.TCP;
    }
    return word.equalsIgnoreCase("udp") ? Protocol.UDP : null;
  }

  /**
   * The number of dash runs when the line is nothing but dashes and blanks ({@code ----------
   * --------} has two), else 0. netsh sets its columns four blanks apart; runs shorter than three
   * dashes or one blank apart (PowerShell's {@code Format-Table}) make no netsh underline.
   */
  static int dashRuns(String text) {
    int runs = 0;
    int i = 0;
    int gap = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        gap++;
        i++;
        continue;
      }
      if (c != '-' || (runs > 0 && gap < 2)) {
        return 0;
      }
      gap = 0;
      int start = i;
      while (i < text.length() && text.charAt(i) == '-') {
        i++;
      }
      if (i - start < 3) {
        return 0;
      }
      runs++;
    }
    return runs;
  }

  /**
   * A {@code label : value} line of {@code show dynamicport} ({@code Start Port : 49152}), or null
   * when the line has no short label before a colon and a short value after it.
   */
  static LabelledNumber labelled(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon > 60) {
      return null;
    }
    String label = text.substring(0, colon).strip();
    String value = text.substring(colon + 1).strip();
    if (label.isEmpty() || value.length() > 12 || !hasLetter(label)) {
      return null;
    }
    return new LabelledNumber(label, value, number(value));
  }

  /** A table row: two port numbers and an optional {@code *}; one number when cut short. */
  static ExcludedRow excludedRow(String text) {
    String[] fields = text.strip().split("\\s+");
    if (fields.length == 0 || fields.length > 3) {
      return null;
    }
    long start = number(fields[0]);
    if (start < 0) {
      return null;
    }
    if (fields.length == 1) {
      return new ExcludedRow(start, -1, false);
    }
    long end = number(fields[1]);
    boolean administered = fields.length == 3 && fields[2].equals("*");
    if (end < 0 || (fields.length == 3 && !administered)) {
      return null;
    }
    return new ExcludedRow(start, end, administered);
  }

  /**
   * The footer of an excluded-range table ({@code * - Administered port exclusions.}, in the
   * system's language).
   */
  static boolean isFooter(String text) {
    return text.startsWith("*") && text.length() > 2 && hasLetter(text);
  }

  /** Digits only, at most ten of them; else -1. */
  static long number(String text) {
    if (text.isEmpty() || text.length() > 10) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean hasLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
