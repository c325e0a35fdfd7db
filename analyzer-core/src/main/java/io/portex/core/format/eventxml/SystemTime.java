package io.portex.core.format.eventxml;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The {@code SystemTime} attribute of {@code <TimeCreated>}: ISO-8601 in UTC as Windows writes it
 * ({@code 2019-01-16T02:01:10.611477100Z}), or without a zone and with a space as python-evtx
 * writes it ({@code 2018-07-12 00:42:00.925304}), which is UTC as well.
 *
 * @param instant the time
 * @param withoutZone true when the text named no zone
 */
record SystemTime(Instant instant, boolean withoutZone) {

  /** The time written in {@code text}, or null when it is not an ISO-8601 date and time. */
  static SystemTime parse(String text) {
    String iso = text.strip().replace(' ', 'T');
    try {
      if (iso.endsWith("Z") || iso.endsWith("z")) {
        return new SystemTime(Instant.parse(iso.substring(0, iso.length() - 1) + "Z"), false);
      }
      if (hasOffset(iso)) {
        return new SystemTime(OffsetDateTime.parse(iso).toInstant(), false);
      }
      return new SystemTime(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC), true);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A {@code +hh:mm} or {@code -hh:mm} after the time of day. */
  private static boolean hasOffset(String iso) {
    int t = iso.indexOf('T');
    return t > 0 && (iso.indexOf('+', t) > 0 || iso.indexOf('-', t) > 0);
  }
}
