package io.portex.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A date and time as an input wrote it, with its offset when the input gave one.
 *
 * @param dateTime the wall-clock date and time (an {@link DateOrder#OPEN} date read month first)
 * @param offset the offset the input stated, or null when it stated none
 * @param order what the text shows of the order of day and month
 */
public record LocalStamp(LocalDateTime dateTime, ZoneOffset offset, DateOrder order) {

  /** What a date shows of the order of its day and month. */
  public enum DateOrder {
    /** The order is not in question: ISO, dots, month names, or day = month. */
    FIXED,
    /** {@code 13/03/2026}: a first number above 12 is a day. */
    DAY_FIRST,
    /** {@code 03/13/2026}, or {@code Wed 03/11/2026} (a weekday before it is en-US's %date%). */
    MONTH_FIRST,
    /** {@code 03/11/2026}: either; read month first until the file says otherwise. */
    OPEN
  }

  /** A stamp whose order is {@link DateOrder#OPEN} when {@code dayMonthGuessed}, else fixed. */
  public LocalStamp(LocalDateTime dateTime, ZoneOffset offset, boolean dayMonthGuessed) {
    this(dateTime, offset, dayMonthGuessed ? DateOrder.OPEN : DateOrder.FIXED);
  }

  /** True when the order of day and month could not be told from the text. */
  public boolean dayMonthGuessed() {
    return order == DateOrder.OPEN;
  }

  /** An open stamp read day first ({@code 03/11/2026} as 3 November); any other as it is. */
  public LocalStamp readDayFirst() {
    if (order != DateOrder.OPEN) {
      return this;
    }
    LocalDate date = dateTime.toLocalDate();
    LocalDate swapped = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    return new LocalStamp(swapped.atTime(dateTime.toLocalTime()), offset, DateOrder.DAY_FIRST);
  }

  /** The instant, reading a time without offset in {@code zone}. */
  public Instant toInstant(ZoneId zone) {
    return offset != null ? dateTime.toInstant(offset) : dateTime.atZone(zone).toInstant();
  }
}
