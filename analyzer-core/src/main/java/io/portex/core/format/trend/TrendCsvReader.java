package io.portex.core.format.trend;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.format.StampedItems;
import io.portex.core.model.Series;
import io.portex.core.time.LocalStamp;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Reads one trend file into the series {@code TIME_WAIT}. Times of day take the date in the file
 * name (else the modification time's, with a warning) and move to the next day when they pass
 * midnight; a full date and time in the Time column is taken as written, a slashed date open to
 * both day-first and month-first readings in the order the file's other dates show ({@link
 * StampedItems}). One instance reads one input.
 */
final class TrendCsvReader {

  private final ReadContext context;
  private final EvidenceSink sink;
  private final DiagnosticSink diagnostics;
  private final TimeOfDayCalendar calendar;
  private final Series.Builder counts = Series.Builder.timeWaitCounts();
  private final StampedItems<Count> stamped;

  private int timeColumn = 0;
  private int countColumn = 1;
  private long records;
  private boolean dayUnknown;
  private long undated;

  TrendCsvReader(ReadContext context, EvidenceSink sink) {
    this.context = context;
    this.sink = sink;
    this.diagnostics = context.diagnostics();
    this.calendar = new TimeOfDayCalendar(context.zone());
    this.stamped =
        new StampedItems<>(
            (count, time) -> counts.add(time, count.value(), count.line()), context.zone());
  }

  /** The count of a row, before its time is settled. */
  private record Count(long value, long line) {}

  void read() throws IOException {
    context.forEachCsvRecord("trend-csv", ',', (record, line) -> accept(cells(record), line));
    finish();
  }

  private void accept(String[] cells, long line) {
    records++;
    if (isHeader(cells)) {
      if (records > 1) {
        diagnostics.info(
            "trend-csv.repeated-header", line, "header repeated; skipped", join(cells));
      }
      return;
    }
    if (records == 1 && !onFirstRow(cells, line)) {
      return;
    }
    if (cells.length <= Math.max(timeColumn, countColumn)) {
      diagnostics.warning(
          "trend-csv.short-row", line, "row holds no time and count; skipped", join(cells));
      return;
    }
    String timeCell = cells[timeColumn];
    String countCell = cells[countColumn];
    long count = TrendRow.count(countCell);
    if (count < 0) {
      diagnostics.warning(
          "trend-csv.bad-count",
          line,
          "count '" + countCell + "' is no whole number; row skipped",
          join(cells));
      return;
    }
    Optional<LocalTime> timeOfDay = context.timestamps().findTimeOnly(timeCell);
    if (timeOfDay.isPresent()) {
      Instant time = onTimeOfDay(timeOfDay.get(), line, cells);
      if (time != null) {
        stamped.add(new Count(count, line), time, null);
      }
      return;
    }
    Optional<LocalStamp> stamp = context.timestamps().find(timeCell);
    if (stamp.isEmpty()) {
      diagnostics.warning(
          "trend-csv.bad-time", line, "'" + timeCell + "' is no time; row skipped", join(cells));
      return;
    }
    Instant time = stamped.stamp(stamp.get(), line, timeCell);
    calendar.anchor(stamped.resolved(stamp.get()).dateTime());
    stamped.add(new Count(count, line), time, stamp.get());
  }

  /** A header names the columns; a first row without one is read as time and count. */
  private boolean onFirstRow(String[] cells, long line) {
    if (cells.length > 0 && TrendRow.looksLikeRow(join(cells))) {
      diagnostics.warning(
          "trend-csv.no-header",
          line,
          "no Time,Count header; read as time and count columns",
          join(cells));
      return true;
    }
    diagnostics.warning(
        "trend-csv.unexpected-header",
        line,
        "first line is no Time,Count header; the first column is read as time, the second as count",
        join(cells));
    return false;
  }

  private boolean isHeader(String[] cells) {
    int time = -1;
    int count = -1;
    for (int i = 0; i < cells.length; i++) {
      if (TrendRow.isTimeHeader(cells[i]) && time < 0) {
        time = i;
      } else if (TrendRow.isCountHeader(cells[i]) && count < 0) {
        count = i;
      }
    }
    if (time < 0 || count < 0) {
      return false;
    }
    timeColumn = time;
    countColumn = count;
    return true;
  }

  private Instant onTimeOfDay(LocalTime time, long line, String[] cells) {
    if (!calendar.knowsDay() && !findDay(line)) {
      undated++;
      return null;
    }
    TimeOfDayCalendar.Placed placed = calendar.place(time);
    switch (placed.placement()) {
      case NEXT_DAY ->
          diagnostics.info(
              "trend-csv.next-day",
              line,
              "time goes back past midnight: read as " + placed.local().toLocalDate(),
              join(cells));
      case STEPPED_BACK ->
          diagnostics.info(
              "trend-csv.clock-set-back",
              line,
              "time goes back by less than "
                  + TimeOfDayCalendar.MAX_STEP_BACK.toHours()
                  + " hours: read as the clock set back (daylight saving time ends), same day",
              join(cells));
      default -> {}
    }
    return placed.time();
  }

  /** The day of the first time of day: the file name's date, else the modification time's. */
  private boolean findDay(long line) {
    if (dayUnknown) {
      return false;
    }
    Optional<LocalDate> named = context.fileNameDate();
    if (named.isPresent()) {
      calendar.startOn(named.get());
      return true;
    }
    Instant modified = context.file().lastModified();
    if (modified == null) {
      dayUnknown = true;
      return false;
    }
    LocalDate day = modified.atZone(context.zone()).toLocalDate();
    diagnostics.warning(
        "trend-csv.date-from-mtime",
        line,
        "the file name gives no date; times of day read on "
            + day
            + ", the date the file was last modified (weak: it may be the date of a copy)",
        "");
    calendar.startOn(day);
    return true;
  }

  private void finish() {
    stamped.finish(diagnostics, "trend-csv.", context.file().lastModified());
    if (undated > 0) {
      diagnostics.error(
          "trend-csv.no-date",
          0,
          undated
              + " times of day not read: neither the file name nor the modification time gives a"
              + " date",
          "");
    }
    if (counts.isEmpty()) {
      diagnostics.warning(
          "trend-csv.no-counts",
          0,
          records == 0 ? "the file is empty" : "no TIME_WAIT count could be read",
          "");
      return;
    }
    sink.series(counts.build(context.file().name()));
  }

  private static String[] cells(String[] record) {
    String[] cells = new String[record.length];
    for (int i = 0; i < record.length; i++) {
      cells[i] = record[i] == null ? "" : record[i].strip();
    }
    return cells;
  }

  private static String join(String[] cells) {
    return String.join(",", cells);
  }
}
