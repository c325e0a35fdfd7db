package io.portex.report.batch;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What became of one case of a batch. A figure that is not known (every figure of a failed case) is
 * null, written as an empty cell or a JSON null, never as a sentinel value.
 *
 * @param name the case: its folder or archive name under the batch root
 * @param status {@code done}, {@code skipped} (unchanged since its result was written) or {@code
 *     failed}
 * @param reason why it failed, else empty
 * @param primary the verdict's primary sub-type, or empty
 * @param tone {@code critical}, {@code warning} or {@code calm} ({@link
 *     io.portex.report.VerdictWords#tone}), or empty
 * @param subtypes the sub-types, joined with {@code +}
 * @param hosts the machines the evidence names, joined with {@code , }, or empty
 * @param exhausted whether ports ran out, or null
 * @param peakInUse ephemeral ports in use at the peak, or null
 * @param capacity the effective capacity, or null
 * @param events Tcpip 4227, 4231 and 4266 events, or null
 * @param window the time window, in words
 * @param basis the verdict's basis, one sentence, or empty
 * @param action the first thing to do, or empty
 * @param millis how long the case took
 */
public record CaseResult(
    String name,
    String status,
    String reason,
    String primary,
    String tone,
    String subtypes,
    String hosts,
    Boolean exhausted,
    Integer peakInUse,
    Integer capacity,
    Long events,
    String window,
    String basis,
    String action,
    long millis)
    implements Serializable {

  /**
   * A column of the summary table.
   *
   * @param type its values' class: {@code String}, {@code Boolean}, {@code Integer} or {@code Long}
   * @param nullable whether a value may be null (unknown)
   */
  public record Column(String name, Class<?> type, boolean nullable) {}

  /** The columns of the summary, in order: what {@link #values()} gives. */
  public static final List<Column> COLUMNS =
      List.of(
          new Column("case", String.class, false),
          new Column("status", String.class, false),
          new Column("reason", String.class, false),
          new Column("primary", String.class, false),
          new Column("tone", String.class, false),
          new Column("subtypes", String.class, false),
          new Column("hosts", String.class, false),
          new Column("exhausted", Boolean.class, true),
          new Column("peakInUse", Integer.class, true),
          new Column("capacity", Integer.class, true),
          new Column("events", Long.class, true),
          new Column("window", String.class, false),
          new Column("basis", String.class, false),
          new Column("action", String.class, false));

  /** The values of {@link #COLUMNS}: text, numbers, a boolean and nulls (not the time taken). */
  public List<Object> values() {
    return Arrays.asList(
        name, status, reason, primary, tone, subtypes, hosts, exhausted, peakInUse, capacity,
        events, window, basis, action);
  }

  /** A case that failed, and why: no verdict and no figures. */
  public static CaseResult failed(String name, String reason, long millis) {
    return new CaseResult(
        name, "failed", reason, "", "", "", "", null, null, null, null, "", "", "", millis);
  }

  /**
   * The result whose {@link #values()} were written as these texts (an empty cell of a figure is
   * null).
   *
   * @throws IllegalArgumentException when they are not such values
   */
  static CaseResult parse(List<String> cells) {
    if (cells.size() != COLUMNS.size()) {
      throw new IllegalArgumentException(cells.size() + " values, not " + COLUMNS.size());
    }
    return new CaseResult(
        cells.get(0),
        cells.get(1),
        cells.get(2),
        cells.get(3),
        cells.get(4),
        cells.get(5),
        cells.get(6),
        cells.get(7).isEmpty() ? null : Boolean.parseBoolean(cells.get(7)),
        cells.get(8).isEmpty() ? null : Integer.valueOf(cells.get(8)),
        cells.get(9).isEmpty() ? null : Integer.valueOf(cells.get(9)),
        cells.get(10).isEmpty() ? null : Long.valueOf(cells.get(10)),
        cells.get(11),
        cells.get(12),
        cells.get(13),
        0);
  }

  /** Whether ports ran out, false when not known. */
  public boolean ranOut() {
    return Boolean.TRUE.equals(exhausted);
  }

  /** This result as listed again by a run that skipped the case: its figures, today's time. */
  CaseResult skipped(long millis) {
    return new CaseResult(
        name,
        "skipped",
        "inputs and settings unchanged since the result was written",
        primary,
        tone,
        subtypes,
        hosts,
        exhausted,
        peakInUse,
        capacity,
        events,
        window,
        basis,
        action,
        millis);
  }

  public boolean failed() {
    return "failed".equals(status);
  }

  /** True when the case failed because it held nothing portex could read (not portex's fault). */
  public boolean nothingReadable() {
    return failed() && reason.startsWith(BatchCase.NOTHING_READABLE);
  }
}
