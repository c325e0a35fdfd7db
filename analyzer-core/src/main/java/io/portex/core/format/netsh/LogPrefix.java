package io.portex.core.format.netsh;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prefix a script's log puts before every line of netsh output it pasted: the same text on each
 * line ({@code vhd: Start Port : 1024}, {@code [WEB01] ...}) or a timestamp ({@code 2026-11-03
 * 10:00:01 Start Port : 1024}). It is learnt once from the first lines of the input, by the sniffer
 * and the reader alike, and taken off every line that carries it, so that the netsh words behind it
 * read as they would pasted bare.
 */
final class LogPrefix {

  /** Lines learnt from: enough for a script's preamble and the first block. */
  static final int LEARN_LINES = 200;

  /** Fewer non-blank lines than this say nothing about a prefix. */
  private static final int MIN_LINES = 3;

  /**
   * A date and time at the start of a line: ISO ({@code 2026-11-03 10:00:01}, {@code
   * 2026-11-03T10:00:01.123+01:00}) or culture-formatted ({@code 03.11.2026 10:00:01}, {@code
   * 11/03/2026 10:00:01 AM}), perhaps in brackets, then blanks and perhaps a {@code -} or {@code :}
   * separator.
   */
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "\\s*\\[?(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4})[ T]\\d{1,2}:\\d{2}"
              + "(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:\\s?[AaPp][Mm])?(?:Z|[+-]\\d{2}:?\\d{2})?\\]?"
              + "(?:\\s*[-:|](?=\\s))?(?:\\s+|$)");

  /** No prefix: lines are read as they are. */
  static final LogPrefix NONE = new LogPrefix(Kind.NONE, "");

  /** What the prefix is. */
  enum Kind {
    NONE,
    /** The same text on every line. */
    TEXT,
    /** A date and time on every line. */
    TIMESTAMP
  }

  private final Kind kind;
  private final String text;

  private LogPrefix(Kind kind, String text) {
    this.kind = kind;
    this.text = text;
  }

  Kind kind() {
    return kind;
  }

  /** The constant text, for a {@link Kind#TEXT} prefix; else "". */
  String text() {
    return text;
  }

  /** The prefix the first lines of an input share, or {@link #NONE}. */
  static LogPrefix learn(List<String> lines) {
    List<String> nonBlank = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        nonBlank.add(line.stripTrailing());
      }
      if (nonBlank.size() == LEARN_LINES) {
        break;
      }
    }
    if (nonBlank.size() < MIN_LINES) {
      return NONE;
    }
    boolean allStamped = true;
    for (String line : nonBlank) {
      if (timestampLength(line) < 0) {
        allStamped = false;
        break;
      }
    }
    if (allStamped) {
      return new LogPrefix(Kind.TIMESTAMP, "");
    }
    String common = commonText(nonBlank);
    return common.isEmpty() ? NONE : new LogPrefix(Kind.TEXT, common);
  }

  /** The line without the prefix; a line that does not carry it as it is. */
  String strip(String line) {
    switch (kind) {
      case TEXT:
        if (line.startsWith(text)) {
          return line.substring(text.length());
        }
        return line.stripTrailing().equals(text.stripTrailing()) ? "" : line;
      case TIMESTAMP:
        int length = timestampLength(line);
        return length < 0 ? line : line.substring(length);
      default:
        return line;
    }
  }

  /** Where the text after a leading timestamp starts, or -1 without one. */
  private static int timestampLength(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    if (i == line.length() || !(Character.isDigit(line.charAt(i)) || line.charAt(i) == '[')) {
      return -1;
    }
    Matcher m = TIMESTAMP.matcher(line);
    return m.lookingAt() ? m.end() : -1;
  }

  /**
   * The longest text every line starts with (lines come without trailing blanks, so a blank line of
   * the log, {@code vhd:}, shortens it to its separator), cut after its last separator: a {@code
   * :}, {@code >}, {@code ]} or {@code |} and the blanks after it, or the blanks after a word.
   * Blanks alone are no prefix.
   */
  private static String commonText(List<String> lines) {
    String first = lines.get(0);
    int length = first.length();
    for (String line : lines) {
      int n = 0;
      int max = Math.min(length, line.length());
      while (n < max && line.charAt(n) == first.charAt(n)) {
        n++;
      }
      length = n;
    }
    String common = first.substring(0, length);
    int cut = -1;
    for (int i = 0; i < common.length(); i++) {
      char c = common.charAt(i);
      boolean separator = c == ':' || c == '>' || c == ']' || c == '|';
      boolean afterWord = c == ' ' && i > 0 && common.charAt(i - 1) != ' ';
      if (separator || afterWord) {
        int end = i + 1;
        while (end < common.length() && common.charAt(end) == ' ') {
          end++;
        }
        cut = end;
      }
    }
    if (cut < 0 || common.substring(0, cut).isBlank()) {
      return "";
    }
    return common.substring(0, cut);
  }

  /** In words, for a diagnostic. */
  String describe() {
    return kind == Kind.TIMESTAMP ? "a timestamp" : "'" + text + "'";
  }
}
