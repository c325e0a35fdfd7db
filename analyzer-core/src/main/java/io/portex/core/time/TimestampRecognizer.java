package io.portex.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date and time written on a line by the scripts that capture Windows state: cmd's {@code
 * %date% %time%} in several cultures ({@code Wed 03/11/2026 9:05:03.12}, {@code 11.03.2026
 * 09:05:03,12}, {@code 2026/03/11 9:05:03.12}), PowerShell's {@code Get-Date} ({@code Wednesday,
 * March 11, 2026 9:05:03 AM}, {@code Mittwoch, 11. März 2026 09:05:03}), ISO-8601 with or without
 * offset, and banners such as {@code ==== 2026-03-11 10:00:00 ====}. Thread-safe.
 */
public final class TimestampRecognizer {

  private static final String TIME =
      "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,](\\d{1,9}))?(?:\\s*([AaPp])\\.?\\s?[Mm]\\.?)?";

  private static final Pattern ISO =
      Pattern.compile(
          "(?<![\\d/.])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ]+|_)"
              + TIME
              + "\\s*(Z|[+-]\\d{2}:?\\d{2})?(?![\\d:])");

  private static final Pattern DAY_FIRST_DOTS =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})[ T]+" + TIME + "(?![\\d:])");

  private static final Pattern SLASHES =
      Pattern.compile(
          "(?<![\\d/])(?:([A-Za-z]{2,3})\\.?\\s+)?(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+"
              + TIME
              + "(?![\\d:])");

  private static final Pattern MONTH_NAME_FIRST =
      Pattern.compile("(\\p{L}{3,12})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\s+" + TIME + "(?![\\d:])");

  private static final Pattern DAY_MONTH_NAME =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})\\.?\\s+(\\p{L}{3,12})\\.?\\s+(\\d{4})\\s+" + TIME + "(?![\\d:])");

  private static final Pattern DATE_ONLY =
      Pattern.compile(
          "^\\s*(?:\\p{L}{2,10}\\.?,?\\s+)?(?:(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})|(\\d{1,2})([./])(\\d{1,2})[./](\\d{4}))\\s*$");

  private static final Pattern TIME_ONLY = Pattern.compile("^\\s*" + TIME + "\\s*$");

  /** Lines longer than this hold data, not a timestamp banner. */
  private static final int MAX_LINE = 160;

  /** A date and time found on a line. */
  public Optional<LocalStamp> find(CharSequence line) {
    if (line.length() > MAX_LINE || !hasDigitColonDigit(line)) {
      return Optional.empty();
    }
    try {
      Matcher m = ISO.matcher(line);
      if (m.find()) {
        LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        return Optional.of(new LocalStamp(date.atTime(time(m, 4)), offset(m.group(9)), false));
      }
      m = DAY_FIRST_DOTS.matcher(line);
      if (m.find()) {
        LocalDate date = LocalDate.of(num(m, 3), num(m, 2), num(m, 1));
        return Optional.of(new LocalStamp(date.atTime(time(m, 4)), null, false));
      }
      m = SLASHES.matcher(line);
      if (m.find()) {
        return Optional.of(slashed(m));
      }
      m = MONTH_NAME_FIRST.matcher(line);
      if (m.find() && MonthNames.of(m.group(1)) > 0) {
        LocalDate date = LocalDate.of(num(m, 3), MonthNames.of(m.group(1)), num(m, 2));
        return Optional.of(new LocalStamp(date.atTime(time(m, 4)), null, false));
      }
      m = DAY_MONTH_NAME.matcher(line);
      if (m.find() && MonthNames.of(m.group(2)) > 0) {
        LocalDate date = LocalDate.of(num(m, 3), MonthNames.of(m.group(2)), num(m, 1));
        return Optional.of(new LocalStamp(date.atTime(time(m, 4)), null, false));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** A line holding only a date ({@code echo %date%}), for a time that follows on its own line. */
  public Optional<LocalDate> findDateOnly(CharSequence line) {
    if (line.length() > MAX_LINE) {
      return Optional.empty();
    }
    Matcher m = DATE_ONLY.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      if (m.group(1) != null) {
        return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
      }
      int first = num(m, 4);
      int second = num(m, 6);
      boolean dayFirst = ".".equals(m.group(5)) || first > 12;
      return Optional.of(
          dayFirst
              ? LocalDate.of(num(m, 7), second, first)
              : LocalDate.of(num(m, 7), first, second));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A line holding only a time of day ({@code echo %time%}). */
  public Optional<LocalTime> findTimeOnly(CharSequence line) {
    if (line.length() > 40) {
      return Optional.empty();
    }
    Matcher m = TIME_ONLY.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(time(m, 1));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static LocalStamp slashed(Matcher m) {
    int first = num(m, 2);
    int second = num(m, 3);
    int year = num(m, 4);
    LocalTime time = time(m, 5);
    boolean englishDay = m.group(1) != null; // "Wed 03/11/2026" is en-US, month first
    if (first > 12 && second <= 12) {
      return new LocalStamp(
          LocalDateTime.of(LocalDate.of(year, second, first), time),
          null,
          LocalStamp.DateOrder.DAY_FIRST);
    }
    LocalStamp.DateOrder order =
        first == second
            ? LocalStamp.DateOrder.FIXED
            : englishDay || second > 12
                ? LocalStamp.DateOrder.MONTH_FIRST
                : LocalStamp.DateOrder.OPEN;
    return new LocalStamp(LocalDateTime.of(LocalDate.of(year, first, second), time), null, order);
  }

  private static LocalTime time(Matcher m, int group) {
    int hour = num(m, group);
    int minute = num(m, group + 1);
    int second = m.group(group + 2) == null ? 0 : num(m, group + 2);
    String fraction = m.group(group + 3);
    int nanos = 0;
    if (fraction != null) {
      nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
    }
    String meridiem = m.group(group + 4);
    if (meridiem != null) {
      if (hour < 1 || hour > 12) {
        throw new DateTimeException("hour " + hour + " with AM/PM");
      }
      boolean pm = meridiem.equalsIgnoreCase("p");
      hour = hour % 12 + (pm ? 12 : 0);
    }
    return LocalTime.of(hour, minute, second, nanos);
  }

  private static ZoneOffset offset(String text) {
    if (text == null) {
      return null;
    }
    if (text.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String normalized = text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text;
    return ZoneOffset.of(normalized);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static boolean hasDigitColonDigit(CharSequence line) {
    for (int i = 1; i + 1 < line.length(); i++) {
      if (line.charAt(i) == ':'
          && Character.isDigit(line.charAt(i - 1))
          && Character.isDigit(line.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }
}
