package io.portex.core.format.perfmon;

import io.portex.core.time.LocalStamp;
import io.portex.core.time.TimestampRecognizer;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time of a sample. PDH writes {@code MM/dd/yyyy HH:mm:ss.fff} whatever the culture;
 * files saved again by other tools may hold {@code dd.MM.yyyy}, {@code yyyy/MM/dd} or ISO dates,
 * which are read where the layout says which is day and which month. A slashed date whose first
 * number cannot be a month shows a day-first file: the rest of its section is read day-first. One
 * instance per section; not thread-safe.
 */
final class SampleTime {

  /** A time read, and whether it showed the section to be day-first. */
  record Read(LocalStamp stamp, boolean showsDayFirst) {}

  private static final Pattern PDH =
      Pattern.compile(
          "(\\d{1,2})/(\\d{1,2})/(\\d{4})[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.(\\d{1,9}))?");

  private final TimestampRecognizer recognizer;
  private boolean dayFirst;
  private long monthFirstGuesses;

  SampleTime(TimestampRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  /** Samples of the section read month-first although day and month could have been swapped. */
  long monthFirstGuesses() {
    return monthFirstGuesses;
  }

  /** The time in a cell, or empty when it holds none. */
  Optional<Read> read(String cell) {
    Matcher m = PDH.matcher(cell);
    if (m.matches()) {
      return pdh(m);
    }
    if (cell.indexOf(':') < 0) {
      return Optional.empty();
    }
    return recognizer.find(cell).map(stamp -> new Read(stamp, false));
  }

  private Optional<Read> pdh(Matcher m) {
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    boolean showsDayFirst = !dayFirst && first > 12 && second <= 12;
    if (showsDayFirst) {
      dayFirst = true;
    }
    int month = dayFirst ? second : first;
    int day = dayFirst ? first : second;
    if (!dayFirst && first != second && second <= 12) {
      monthFirstGuesses++;
    }
    try {
      LocalDateTime time =
          LocalDateTime.of(
              Integer.parseInt(m.group(3)),
              month,
              day,
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
              m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9)));
      return Optional.of(new Read(new LocalStamp(time, null, false), showsDayFirst));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
