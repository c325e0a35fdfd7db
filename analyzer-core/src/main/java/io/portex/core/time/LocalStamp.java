package io.portex.core.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A date and time as an input wrote it, with its offset when the input gave one.
 *
 * @param dateTime the wall-clock date and time
 * @param offset the offset the input stated, or null when it stated none
 * @param dayMonthGuessed true when the order of day and month could not be told from the text
 */
public record LocalStamp(LocalDateTime dateTime, ZoneOffset offset, boolean dayMonthGuessed) {

  /** The instant, reading a time without offset in {@code zone}. */
  public Instant toInstant(ZoneId zone) {
    return offset != null ? dateTime.toInstant(offset) : dateTime.atZone(zone).toInstant();
  }
}
