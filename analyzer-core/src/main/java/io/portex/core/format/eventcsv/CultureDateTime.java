package io.portex.core.format.eventcsv;

import io.portex.core.time.LocalStamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date and time as Windows writes it in the culture of the machine that exported it: {@code
 * 3/11/2026 9:51:23 AM} (en-US), {@code 11/03/2026 09:51:23} (en-GB, fr-FR), {@code 11.03.2026
 * 09:51:23} (de-DE, ru-RU), {@code 2026/03/11 9:51:23} (ja-JP, zh-CN), {@code 2026-03-11 오전
 * 9:51:23} (ko-KR), {@code 2026-03-11T09:51:23.123} (wevtutil), two-digit years ({@code 1/15/19}),
 * and the invisible direction marks Windows puts into some of them. Whether {@code 03/11} is March
 * or November the text alone cannot say: the caller decides per file ({@link DayMonthOrder}).
 */
public final class CultureDateTime {

  /** What a date says by itself about the order of day and month. */
  public enum Order {
    /** The first number is above 12: day first. */
    DAY_FIRST,
    /** The second number is above 12: month first. */
    MONTH_FIRST,
    /** Both numbers could be a month, and they differ. */
    EITHER,
    /** The order is not in question: year first, dots (always day first), or equal numbers. */
    FIXED
  }

  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{1,4})\\.?(?:\\s+|T)"
              + "(?:(上午|下午|午前|午後|오전|오후)\\s*)?"
              + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,](\\d{1,9}))?"
              + "\\s*(?:([AaPp])\\.?\\s?[Mm]\\.?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");

  private static final int FIRST = 1;
  private static final int SEPARATOR = 2;
  private static final int SECOND = 3;
  private static final int THIRD = 4;
  private static final int EAST_ASIAN_MERIDIEM = 5;
  private static final int HOUR = 6;
  private static final int WESTERN_MERIDIEM = 10;
  private static final int ZONE = 11;

  private CultureDateTime() {}

  /**
   * The date and time written in {@code text}, or null when it is none.
   *
   * @param dayFirst how to read a date whose order the text leaves open ({@link Order#EITHER})
   */
  public static LocalStamp parse(String text, boolean dayFirst) {
    Matcher m = DATE_TIME.matcher(clean(text));
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDate date = date(m, dayFirst);
      if (date == null) {
        return null;
      }
      LocalDateTime dateTime = date.atTime(time(m));
      return new LocalStamp(dateTime, offset(m.group(ZONE)), false);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** What {@code text} says by itself about the order of day and month; null when no date. */
  public static Order orderOf(String text) {
    Matcher m = DATE_TIME.matcher(clean(text));
    if (!m.matches()) {
      return null;
    }
    if (m.group(FIRST).length() > 2 || m.group(SEPARATOR).equals(".")) {
      return Order.FIXED;
    }
    int first = Integer.parseInt(m.group(FIRST));
    int second = Integer.parseInt(m.group(SECOND));
    if (first > 12 && second <= 12) {
      return Order.DAY_FIRST;
    }
    if (second > 12 && first <= 12) {
      return Order.MONTH_FIRST;
    }
    return first == second ? Order.FIXED : Order.EITHER;
  }

  /** The text without direction marks, with ordinary spaces, trimmed. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')) {
        continue;
      }
      out.append(c == '\u00A0' || c == '\u202F' ? ' ' : c);
    }
    return out.toString().strip();
  }

  private static LocalDate date(Matcher m, boolean dayFirst) {
    String first = m.group(FIRST);
    int second = Integer.parseInt(m.group(SECOND));
    String third = m.group(THIRD);
    if (first.length() > 2) {
      return third.length() > 2
          ? null
          : LocalDate.of(Integer.parseInt(first), second, Integer.parseInt(third));
    }
    int year = year(third);
    if (year < 0) {
      return null;
    }
    int leading = Integer.parseInt(first);
    boolean dayLeads =
        m.group(SEPARATOR).equals(".")
            || (leading > 12 && second <= 12)
            || (dayFirst && !(second > 12 && leading <= 12));
    return dayLeads ? LocalDate.of(year, second, leading) : LocalDate.of(year, leading, second);
  }

  /** A four-digit year, or a two-digit one in Windows' default window 1930–2029; -1 else. */
  private static int year(String text) {
    if (text.length() == 4) {
      return Integer.parseInt(text);
    }
    if (text.length() == 2) {
      int year = Integer.parseInt(text);
      return year < 30 ? 2000 + year : 1900 + year;
    }
    return -1;
  }

  private static LocalTime time(Matcher m) {
    int hour = Integer.parseInt(m.group(HOUR));
    int minute = Integer.parseInt(m.group(HOUR + 1));
    int second = m.group(HOUR + 2) == null ? 0 : Integer.parseInt(m.group(HOUR + 2));
    String fraction = m.group(HOUR + 3);
    int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
    Boolean afternoon = afternoon(m);
    if (afternoon != null) {
      if (hour < 1 || hour > 12) {
        throw new DateTimeException("hour " + hour + " with a meridiem");
      }
      hour = hour % 12 + (afternoon ? 12 : 0);
    }
    return LocalTime.of(hour, minute, second, nanos);
  }

  /** True for PM, false for AM, null for a 24-hour time. */
  private static Boolean afternoon(Matcher m) {
    String western = m.group(WESTERN_MERIDIEM);
    if (western != null) {
      return western.equalsIgnoreCase("p");
    }
    String eastern = m.group(EAST_ASIAN_MERIDIEM);
    if (eastern != null) {
      return eastern.equals("下午") || eastern.equals("午後") || eastern.equals("오후");
    }
    return null;
  }

  private static ZoneOffset offset(String text) {
    if (text == null) {
      return null;
    }
    if (text.equals("Z")) {
      return ZoneOffset.UTC;
    }
    return ZoneOffset.of(
        text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text);
  }
}
