package io.portex.core.format.trend;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Gives times of day their date, in file order: the day the file started on, the next day once the
 * times go back past midnight. A step back of a few hours at most is no new day but the clock being
 * set back (the end of daylight saving time, a time sync); the repeated local times then take the
 * later offset. Not thread-safe.
 */
final class TimeOfDayCalendar {

  /** Going back further than this is taken as passing midnight. */
  static final Duration MAX_STEP_BACK = Duration.ofHours(3);

  /** How a time of day was placed relative to the one before it. */
  enum Placement {
    IN_ORDER,
    NEXT_DAY,
    STEPPED_BACK
  }

  /** A time of day on its date. */
  record Placed(Instant time, LocalDateTime local, Placement placement) {}

  private final ZoneId zone;
  private LocalDate day;
  private LocalDateTime last;
  private boolean laterOffset;

  TimeOfDayCalendar(ZoneId zone) {
    this.zone = zone;
  }

  /** True once the day is known (from the file, or from a full date and time in it). */
  boolean knowsDay() {
    return day != null;
  }

  /** The day the first time of day falls on. */
  void startOn(LocalDate first) {
    day = first;
  }

  /** A time of day after the ones before it; {@link #knowsDay()} must be true. */
  Placed place(LocalTime time) {
    LocalDateTime local = day.atTime(time);
    Placement placement = Placement.IN_ORDER;
    if (last != null && local.isBefore(last)) {
      if (Duration.between(local, last).compareTo(MAX_STEP_BACK) > 0) {
        day = day.plusDays(1);
        local = day.atTime(time);
        laterOffset = false;
        placement = Placement.NEXT_DAY;
      } else {
        laterOffset = true;
        placement = Placement.STEPPED_BACK;
      }
    }
    last = local;
    ZonedDateTime zoned = local.atZone(zone);
    if (laterOffset) {
      zoned = zoned.withLaterOffsetAtOverlap();
    }
    return new Placed(zoned.toInstant(), local, placement);
  }

  /** A full date and time written in the file: later times of day follow on from it. */
  void anchor(LocalDateTime dateTime) {
    day = dateTime.toLocalDate();
    last = dateTime;
    laterOffset = false;
  }
}
