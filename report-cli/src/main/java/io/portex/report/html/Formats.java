package io.portex.report.html;

import io.portex.core.prose.Counted;
import io.portex.core.prose.ProseTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How the reports write numbers and times: fixed locale, the analysis zone, UTC beside it. */
public final class Formats {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private static final DateTimeFormatter UTC_MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Formats() {}

  /**
   * A time window in UTC to the minute, as short as it can be said: {@code 2026-03-11 09:30 UTC},
   * {@code 2026-03-11 14:00–15:30 UTC}, or both dates when it spans days.
   */
  public static String utcWindow(Instant from, Instant to) {
    String start = UTC_MINUTE.format(from);
    String end = UTC_MINUTE.format(to);
    if (start.equals(end)) {
      return start + " UTC";
    }
    if (start.regionMatches(0, end, 0, "yyyy-MM-dd".length())) {
      return start + "\u2013" + end.substring("yyyy-MM-dd ".length()) + " UTC";
    }
    return start + " \u2013 " + end + " UTC";
  }

  /**
   * A sentence as a paragraph starts it: its first word capitalised when it is a plain lowercase
   * word ("the monitoring script" becomes "The monitoring script"); a name such as {@code
   * java.exe}, an address or a number stays as it is.
   */
  public static String sentence(String text) {
    if (text == null || text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
      return text;
    }
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    boolean plainWord = end == text.length() || " ,;:".indexOf(text.charAt(end)) >= 0;
    return plainWord ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
  }

  /** A whole number with thousands separators: {@code 16,384}. */
  public static String count(long value) {
    return Counted.number(value);
  }

  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? count((long) value)
        : String.format(Locale.ROOT, "%,.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f %%", share * 100);
  }

  /** {@code 2026-03-11 09:15:01 Europe/Berlin}; UTC alone when the zone is UTC; "unknown". */
  static String time(Instant time, ZoneId zone) {
    if (time == null) {
      return "unknown";
    }
    return ProseTime.of(time, zone);
  }

  /** The time of day in the zone, to the minute: {@code 11:03}; "unknown". */
  static String clock(Instant time, ZoneId zone) {
    return time == null ? "unknown" : CLOCK.format(time.atZone(zone));
  }

  /** The UTC instant, for the {@code datetime} attribute and tooltips. */
  static String utc(Instant time) {
    return time == null ? "" : time.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
