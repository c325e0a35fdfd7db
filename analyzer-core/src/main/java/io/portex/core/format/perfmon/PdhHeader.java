package io.portex.core.format.perfmon;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first header cell of a PDH CSV log: {@code (PDH-CSV 4.0) (Eastern Daylight Time)(240)} as
 * relog and Perfmon write it (zone name and bias in minutes, UTC = local time + bias), or a bare
 * {@code (PDH-CSV 4.0)} as typeperf writes it.
 *
 * @param zoneName the zone's name as written, or null
 * @param biasMinutes the bias, or null when the cell gives none or one out of any zone's range
 * @param biasOutOfRange true when the cell gave a bias no zone has
 */
record PdhHeader(String zoneName, Integer biasMinutes, boolean biasOutOfRange) {

  /** What marks a PDH CSV header, wherever it stands. */
  static final String MARK = "(PDH-CSV";

  /** Largest bias taken as real, in minutes (zones range from UTC-12 to UTC+14). */
  private static final int MAX_BIAS = 14 * 60;

  private static final Pattern CELL =
      Pattern.compile("\\(PDH-CSV [\\d.]+\\)\\s*(?:\\(([^()]*)\\)\\s*\\((-?\\d{1,5})\\))?");

  /** True when the cell is a PDH CSV header's first cell (possibly with quotes or text around). */
  static boolean isHeaderCell(String cell) {
    return cell.contains(MARK);
  }

  /** Reads the first header cell. */
  static PdhHeader parse(String cell) {
    Matcher m = CELL.matcher(cell);
    if (!m.find() || m.group(2) == null) {
      return new PdhHeader(null, null, false);
    }
    int bias = Integer.parseInt(m.group(2));
    String zone = m.group(1).strip();
    return Math.abs(bias) <= MAX_BIAS
        ? new PdhHeader(zone, bias, false)
        : new PdhHeader(zone, null, true);
  }
}
