package io.portex.core.prose;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How a sentence names a point in time: to the second, in the zone the reader asked for, with that
 * zone named ({@code 2026-03-11 10:30:00 Europe/Berlin}, or {@code 2026-03-11 09:30:00 UTC}). The
 * one wording of an instant in prose, for the findings' summaries and notes and for the reports
 * around them, so that a time reads the same in a sentence and in the table beside it. Fields meant
 * for tools keep ISO-8601 UTC.
 */
public final class ProseTime {

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private ProseTime() {}

  /**
   * The instant in words.
   *
   * @param time the instant, not null
   * @param zone the reader's zone
   */
  public static String of(Instant time, ZoneId zone) {
    Instant seconds = time.truncatedTo(ChronoUnit.SECONDS);
    if (zone.normalized().equals(ZoneOffset.UTC)) {
      return LOCAL.format(seconds.atZone(ZoneOffset.UTC)) + " UTC";
    }
    return LOCAL.format(seconds.atZone(zone)) + " " + zone.getId();
  }
}
