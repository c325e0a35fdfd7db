package io.portex.core.format.monitor;

import io.portex.core.time.LocalStamp;
import io.portex.core.time.TimestampRecognizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count line of the monitoring script: {@code 2026-03-11 10:00:00 - TIME_WAIT connections: 1234}
 * (the words between {@code TIME_WAIT} and the colon vary between script versions and languages).
 *
 * @param stamp the time written, or null when it cannot be read
 * @param count the count, or -1 when it is no whole number
 * @param stampText the time as written
 * @param countText the count as written
 */
record CountLine(LocalStamp stamp, long count, String stampText, String countText) {

  private static final String MARK = "TIME_WAIT";

  private static final Pattern SHAPE =
      Pattern.compile(
          "^\\s*(?<stamp>\\S.{5,60}?)\\s+[-\u2013\u2014]\\s+TIME_WAIT(?![A-Za-z0-9_])[^:\uFF1A]{0,40}[:\uFF1A]\\s*(?<count>\\S+)\\s*$");

  private static final int MAX_DIGITS = 12;

  /** True when both the time and the count could be read. */
  boolean readable() {
    return stamp != null && count >= 0;
  }

  /** The count line on a line, or empty when the line has no such shape. */
  static Optional<CountLine> parse(String line, TimestampRecognizer timestamps) {
    // a count line has a colon after TIME_WAIT; a netstat row in that state has none
    int mark = line.indexOf(MARK);
    if (mark < 0 || !hasColonFrom(line, mark + MARK.length())) {
      return Optional.empty();
    }
    Matcher m = SHAPE.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String stampText = m.group("stamp");
    String countText = m.group("count");
    LocalStamp stamp = timestamps.find(stampText).orElse(null);
    return Optional.of(new CountLine(stamp, count(countText), stampText, countText));
  }

  private static boolean hasColonFrom(String line, int from) {
    return line.indexOf(':', from) >= 0 || line.indexOf('\uFF1A', from) >= 0;
  }

  private static long count(String text) {
    if (text.length() > MAX_DIGITS) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return -1;
      }
    }
    return Long.parseLong(text);
  }
}
