package io.portex.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a capture time from a file name: {@code netstat_20260311_101500.txt}, {@code
 * netstat-2026-03-11_10-15-00.txt}, {@code ns 2026-03-11T10.15.txt}, or a time of day alone as in
 * {@code 1015_netstat.txt} (then the date is unknown).
 */
public final class FileNameTime {

  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(?<!\\d)(20\\d{2}|19\\d{2})[-_.]?(\\d{2})[-_.]?(\\d{2})(?:[-_T .@]{0,3}(\\d{2})[-_.:h]?(\\d{2})(?:[-_.:m]?(\\d{2}))?)?(?!\\d)");

  private static final Pattern TIME_OF_DAY =
      Pattern.compile(
          "(?:^|[-_. ])([01]\\d|2[0-3])[-_.:h]?([0-5]\\d)(?:[-_.:m]?([0-5]\\d))?(?=$|[-_. ])");

  /**
   * What a file name says of the time.
   *
   * @param date the date, or null when the name gives a time of day only
   * @param time the time of day, or null when the name gives a date only
   */
  public record Found(LocalDate date, LocalTime time) {

    /** Date and time, when the name gives both. */
    public Optional<LocalDateTime> dateTime() {
      return date != null && time != null ? Optional.of(date.atTime(time)) : Optional.empty();
    }
  }

  /** The date and time in a file name (extension and folders ignored). */
  public Optional<Found> find(String fileName) {
    String name = stem(fileName);
    Matcher m = DATE_TIME.matcher(name);
    boolean dateShaped = false;
    while (m.find()) {
      dateShaped = true;
      try {
        LocalDate date =
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        LocalTime time =
            m.group(4) == null
                ? null
                : LocalTime.of(
                    Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        return Optional.of(new Found(date, time));
      } catch (DateTimeException e) {
        // not a date after all; look further along the name
      }
    }
    m = TIME_OF_DAY.matcher(name);
    if (!dateShaped && m.find()) {
      LocalTime time =
          LocalTime.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
      return Optional.of(new Found(null, time));
    }
    return Optional.empty();
  }

  private static String stem(String fileName) {
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    String name = fileName.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
