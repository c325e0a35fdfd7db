package io.portex.core.format.eventcsv;

import io.portex.core.diag.DiagnosticSink;

/**
 * The order of day and month in the dates of one file, decided from the dates that show it: a
 * number above 12 can only be a day. A file whose dates never show it is read month first, as en-US
 * writes, with a warning. Not thread-safe: one instance per input.
 */
public final class DayMonthOrder {

  private long dayFirst;
  private long monthFirst;
  private long firstDayFirstLine;
  private long firstMonthFirstLine;
  private long firstOpenLine;
  private String firstOpenText;

  /** Takes note of one date of the file. */
  public void observe(String text, long line) {
    CultureDateTime.Order order = CultureDateTime.orderOf(text);
    if (order == null) {
      return;
    }
    switch (order) {
      case DAY_FIRST -> {
        firstDayFirstLine = dayFirst++ == 0 ? line : firstDayFirstLine;
      }
      case MONTH_FIRST -> {
        firstMonthFirstLine = monthFirst++ == 0 ? line : firstMonthFirstLine;
      }
      case EITHER -> {
        if (firstOpenLine == 0) {
          firstOpenLine = line;
          firstOpenText = text.strip();
        }
      }
      case FIXED -> {
        // says nothing about the order
      }
    }
  }

  /** True when dates whose order is open are to be read day first. */
  public boolean dayFirst() {
    return dayFirst > monthFirst;
  }

  /**
   * Reports what the reader must know: a guessed order (dates open to both readings and none that
   * decides), or dates that contradict one another.
   *
   * @param code the diagnostic code prefix, the format id and a dot
   */
  public void report(DiagnosticSink diagnostics, String code) {
    if (dayFirst > 0 && monthFirst > 0) {
      diagnostics.warning(
          code + "mixed-date-order",
          dayFirst() ? firstMonthFirstLine : firstDayFirstLine,
          "dates are written day first ("
              + dayFirst
              + ") and month first ("
              + monthFirst
              + "): exports of different cultures mixed? Dates open to both read "
              + (dayFirst() ? "day first" : "month first"),
          "");
    } else if (dayFirst == 0 && monthFirst == 0 && firstOpenLine > 0) {
      diagnostics.warning(
          code + "day-month-guessed",
          firstOpenLine,
          "no date has a day above 12, so day and month cannot be told apart: read month first"
              + " (en-US). Wrong if the exporting machine wrote day first (en-GB, fr-FR, ...)",
          firstOpenText);
    }
  }
}
