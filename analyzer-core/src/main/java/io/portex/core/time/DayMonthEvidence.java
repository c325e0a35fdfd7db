package io.portex.core.time;

import io.portex.core.diag.DiagnosticSink;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The order of day and month in the slashed dates of one file ({@code 03/11/2026}), decided by the
 * stamps that show it: a first number above 12 is a day (en-GB's {@code dd/MM/yyyy}), a second one
 * above 12 or a weekday before the date (en-US's {@code %date%}) says month first. Dates open to
 * both readings follow the file's order once a stamp shows it, wherever that stamp stands; else the
 * file's modification time may rule one reading out; a file that shows nothing is read month first,
 * with a warning. Not thread-safe: one per input.
 */
public final class DayMonthEvidence {

  private LocalStamp.DateOrder decided;
  private long decidedLine;
  private String decidedText;
  private long firstOpenLine;
  private String firstOpenText;
  private long contradictingLine;
  private LocalDateTime latestMonthFirst;
  private LocalDateTime latestDayFirst;
  private Instant fileTime;

  /** Stamps this far past the file's modification time still count as written before it. */
  static final Duration FILE_TIME_SLACK = Duration.ofDays(1);

  /**
   * Notes one stamp of the file.
   *
   * @return true when this stamp decided the order (the first that shows it)
   */
  public boolean observe(LocalStamp stamp, long line, String text) {
    LocalStamp.DateOrder order = stamp.order();
    if (order == LocalStamp.DateOrder.OPEN) {
      if (firstOpenLine == 0) {
        firstOpenLine = line;
        firstOpenText = text.strip();
      }
      latestMonthFirst = later(latestMonthFirst, stamp.dateTime());
      latestDayFirst = later(latestDayFirst, stamp.readDayFirst().dateTime());
      return false;
    }
    if (order != LocalStamp.DateOrder.DAY_FIRST && order != LocalStamp.DateOrder.MONTH_FIRST) {
      return false;
    }
    if (decided == null) {
      decided = order;
      decidedLine = line;
      decidedText = text.strip();
      return true;
    }
    if (decided != order && contradictingLine == 0) {
      contradictingLine = line;
    }
    return false;
  }

  /**
   * Decides an order no stamp showed by the file's modification time: a file is written after the
   * stamps in it, so a reading that puts the latest open date after it (a day past it, for zones)
   * is wrong when the other does not ({@code 11/03/2026} in a file written on 11 March 2026 is not
   * 3 November).
   *
   * @param lastModified the file's modification time, or null when unknown
   * @return true when the file time decided the order
   */
  public boolean decideByFileTime(Instant lastModified, ZoneId zone) {
    if (decided != null || latestMonthFirst == null || lastModified == null) {
      return false;
    }
    Instant limit = lastModified.plus(FILE_TIME_SLACK);
    boolean monthFirstLate = latestMonthFirst.atZone(zone).toInstant().isAfter(limit);
    boolean dayFirstLate = latestDayFirst.atZone(zone).toInstant().isAfter(limit);
    if (monthFirstLate == dayFirstLate) {
      return false;
    }
    decided = monthFirstLate ? LocalStamp.DateOrder.DAY_FIRST : LocalStamp.DateOrder.MONTH_FIRST;
    fileTime = lastModified;
    return true;
  }

  private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
    return a == null || b.isAfter(a) ? b : a;
  }

  /** True once a stamp showed the order. */
  public boolean decided() {
    return decided != null;
  }

  /** The stamp as the file's order reads it: open ones day first once the file shows that. */
  public LocalStamp resolve(LocalStamp stamp) {
    return decided == LocalStamp.DateOrder.DAY_FIRST ? stamp.readDayFirst() : stamp;
  }

  /**
   * Says how open dates were read: by the file's order ({@code <prefix>date-order}, info), guessed
   * month first ({@code <prefix>ambiguous-date}, warning), and stamps that contradict each other
   * ({@code <prefix>mixed-date-order}, warning).
   *
   * @param prefix the format id and a dot
   */
  public void report(DiagnosticSink diagnostics, String prefix) {
    if (contradictingLine > 0) {
      diagnostics.warning(
          prefix + "mixed-date-order",
          contradictingLine,
          "this date is written "
              + words(
                  decided == LocalStamp.DateOrder.DAY_FIRST
                      ? LocalStamp.DateOrder.MONTH_FIRST
                      : LocalStamp.DateOrder.DAY_FIRST)
              + " but line "
              + decidedLine
              + " wrote "
              + words(decided)
              + ": captures of different machines mixed? Dates open to both read "
              + words(decided),
          "");
    }
    if (firstOpenLine == 0) {
      return;
    }
    if (decided != null && fileTime != null) {
      diagnostics.info(
          prefix + "date-order",
          firstOpenLine,
          "no date in the file has a day above 12; dates are read "
              + words(decided)
              + ": read the other way, the latest would lie after the file was last written ("
              + fileTime
              + ")",
          firstOpenText);
    } else if (decided != null) {
      diagnostics.info(
          prefix + "date-order",
          firstOpenLine,
          "dates open to both readings are read "
              + words(decided)
              + ", as line "
              + decidedLine
              + " shows ("
              + decidedText
              + ")",
          firstOpenText);
    } else {
      diagnostics.warning(
          prefix + "ambiguous-date",
          firstOpenLine,
          "no date in the file has a day above 12, so day and month cannot be told apart: read"
              + " month first (en-US). Wrong if the machine wrote dd/MM/yyyy (en-GB, fr-FR, ...):"
              + " its dates are then off by months",
          firstOpenText);
    }
  }

  private static String words(LocalStamp.DateOrder order) {
    return order == LocalStamp.DateOrder.DAY_FIRST
        ? "day first (dd/MM/yyyy)"
        : "month first (MM/dd/yyyy)";
  }
}
