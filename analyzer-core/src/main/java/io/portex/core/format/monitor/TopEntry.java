package io.portex.core.format.monitor;

import io.portex.core.model.fact.TopTalkers;

/**
 * One line of a top-N block: a key and a count, however the script version wrote them ({@code
 * 49152: 123}, {@code 10.0.0.9 : 4567}, {@code Port 49152 - 123 connections}, {@code PID 4242
 * (w3wp) : 4567}, or count first as {@code Group-Object} prints it: {@code 123 49152}).
 */
final class TopEntry {

  /** Words after the count, such as {@code connections}, are at most this long. */
  private static final int MAX_TAIL = 24;

  private static final int MAX_DIGITS = 12;

  private TopEntry() {}

  /** What an entry line says, or why it says nothing usable. */
  record Parsed(TopTalkers.Entry entry, String problem) {}

  /**
   * Reads an entry of a block ranking {@code kind}.
   *
   * @param countFirst true under a {@code Count Name} table header
   * @return the entry, a problem, or null when the line is no entry at all
   */
  static Parsed parse(String line, TopTalkers.Kind kind, boolean countFirst) {
    String text = withoutRank(line.strip());
    int[] count = countFirst ? firstNumber(text) : lastNumber(text);
    if (count == null) {
      return null;
    }
    if (count[0] > 1 && text.charAt(count[0] - 1) == ',' && isDigit(text.charAt(count[0] - 2))) {
      return new Parsed(null, "count with a thousands separator: not read"); // not 12 of 5,012
    }
    long value =
        count[1] - count[0] > MAX_DIGITS ? -1 : Long.parseLong(text, count[0], count[1], 10);
    String keyPart =
        countFirst ? text.substring(count[1]).strip() : trimSeparators(text.substring(0, count[0]));
    if (keyPart.isEmpty() || value < 0) {
      return null;
    }
    String key =
        switch (kind) {
          case LOCAL_PORT -> port(keyPart);
          case REMOTE_ADDRESS -> address(keyPart);
          case PROCESS -> process(keyPart);
        };
    if (key == null) {
      return new Parsed(null, "no " + describe(kind) + " in '" + keyPart + "'");
    }
    return new Parsed(new TopTalkers.Entry(key, value), null);
  }

  /** True for a line shaped like an entry (a key and a count), of whatever ranking. */
  static boolean isEntry(String line, boolean countFirst) {
    String text = withoutRank(line.strip());
    return (countFirst ? firstNumber(text) : lastNumber(text)) != null;
  }

  private static String describe(TopTalkers.Kind kind) {
    return switch (kind) {
      case LOCAL_PORT -> "port number";
      case REMOTE_ADDRESS -> "address";
      case PROCESS -> "process id";
    };
  }

  /** Drops a rank number or bullet in front: {@code 1. }, {@code 2) }, {@code #3 }, {@code - }. */
  private static String withoutRank(String text) {
    int i = text.startsWith("#") ? 1 : 0;
    int digits = i;
    while (digits < text.length() && isDigit(text.charAt(digits)) && digits - i < 3) {
      digits++;
    }
    if (digits > i && digits < text.length()) {
      char after = text.charAt(digits);
      boolean marked = i == 1 || after == '.' || after == ')' || after == '\u3001';
      int rest = i == 1 ? digits : digits + 1;
      if (marked && rest < text.length() && Character.isWhitespace(text.charAt(rest))) {
        return text.substring(rest).strip();
      }
    }
    char first = text.isEmpty() ? ' ' : text.charAt(0);
    if ((first == '-' || first == '*' || first == '\u2022' || first == '\u00b7')
        && text.length() > 1
        && Character.isWhitespace(text.charAt(1))) {
      return text.substring(2).strip();
    }
    return text;
  }

  /**
   * The count: the last run of digits that stands apart from what is before it (so the last part of
   * {@code 10.0.0.9} is no count) and is no share or fraction ({@code (33.1%)} after a count is
   * skipped); as {start, end}, or null.
   */
  private static int[] lastNumber(String text) {
    int end = text.length();
    while (end > 0) {
      while (end > 0 && !isDigit(text.charAt(end - 1))) {
        end--;
      }
      if (end == 0 || text.length() - end > MAX_TAIL) {
        return null;
      }
      int start = end;
      while (start > 0 && isDigit(text.charAt(start - 1))) {
        start--;
      }
      if (!isShareOrFraction(text, start, end)) {
        return start > 0 && isSeparator(text.charAt(start - 1)) ? new int[] {start, end} : null;
      }
      end = start;
    }
    return null;
  }

  /** Digits followed by {@code %} or by a decimal point and more digits, or after a point. */
  private static boolean isShareOrFraction(String text, int start, int end) {
    if (end < text.length()) {
      char after = text.charAt(end);
      if (after == '%'
          || ((after == '.' || after == ',')
              && end + 1 < text.length()
              && isDigit(text.charAt(end + 1)))) {
        return true;
      }
    }
    return start > 0 && text.charAt(start - 1) == '.' && text.indexOf('%', end) > 0;
  }

  private static int[] firstNumber(String text) {
    int end = 0;
    while (end < text.length() && isDigit(text.charAt(end))) {
      end++;
    }
    if (end == 0 || end == text.length() || !Character.isWhitespace(text.charAt(end))) {
      return null;
    }
    return new int[] {0, end};
  }

  private static String trimSeparators(String text) {
    int end = text.length();
    while (end > 0 && (isSeparator(text.charAt(end - 1)) && text.charAt(end - 1) != '(')) {
      end--;
    }
    return text.substring(0, end).strip();
  }

  /** The last number of the key: {@code Port 49152}, {@code 0.0.0.0:49152}, {@code 49152}. */
  private static String port(String keyPart) {
    int end = keyPart.length();
    while (end > 0 && !isDigit(keyPart.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && isDigit(keyPart.charAt(start - 1))) {
      start--;
    }
    if (end == 0 || end - start > 5) {
      return null;
    }
    int port = Integer.parseInt(keyPart, start, end, 10);
    return port <= 65535 ? Integer.toString(port) : null;
  }

  /** The first word that looks like an address or host name ({@code IP 10.0.0.9} gives the IP). */
  private static String address(String keyPart) {
    String[] words = keyPart.split("[\\s,]+");
    for (String word : words) {
      String candidate = stripBrackets(word);
      if (looksLikeAddress(candidate)) {
        return candidate;
      }
    }
    return words.length == 1 && !words[0].isEmpty() && hasLetterOrDigit(words[0]) ? words[0] : null;
  }

  private static String stripBrackets(String word) {
    String w = word;
    while (!w.isEmpty() && (w.charAt(0) == '(' || w.charAt(0) == '"' || w.charAt(0) == '\'')) {
      w = w.substring(1);
    }
    while (!w.isEmpty()
        && ")\"':;".indexOf(w.charAt(w.length() - 1)) >= 0
        && !(w.endsWith("::") && w.length() > 2)) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** An IPv4 or IPv6 address (with port or zone), or a dotted host name. */
  private static boolean looksLikeAddress(String word) {
    if (word.isEmpty()) {
      return false;
    }
    int dots = 0;
    int colons = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c == ':') {
        colons++;
      } else if (!Character.isLetterOrDigit(c) && "-_[]%".indexOf(c) < 0) {
        return false;
      }
    }
    return dots >= 1 && hasLetterOrDigit(word) || colons >= 2;
  }

  /** The process id, else a process name standing alone ({@code w3wp}). */
  private static String process(String keyPart) {
    String pid = pid(keyPart);
    if (pid != null) {
      return pid;
    }
    return keyPart.indexOf(' ') < 0 && hasLetterOrDigit(keyPart) ? keyPart : null;
  }

  /** The first number, the process id ({@code PID 4242 (w3wp)}, {@code w3wp.exe 4242}). */
  private static String pid(String keyPart) {
    int start = 0;
    while (start < keyPart.length()) {
      while (start < keyPart.length() && !isDigit(keyPart.charAt(start))) {
        start++;
      }
      int end = start;
      while (end < keyPart.length() && isDigit(keyPart.charAt(end))) {
        end++;
      }
      boolean wordStart = start == 0 || !Character.isLetter(keyPart.charAt(start - 1));
      boolean wordEnd = end == keyPart.length() || !Character.isLetter(keyPart.charAt(end));
      if (end > start && wordStart && wordEnd && end - start <= 10) {
        long pid = Long.parseLong(keyPart, start, end, 10);
        return pid <= Integer.MAX_VALUE ? Long.toString(pid) : null;
      }
      start = end;
    }
    return null;
  }

  private static boolean hasLetterOrDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c)
        || c == ':'
        || c == '\uFF1A'
        || c == '='
        || c == '-'
        || c == '>'
        || c == ','
        || c == '('
        || c == '\t'
        || c == '\u3000';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
