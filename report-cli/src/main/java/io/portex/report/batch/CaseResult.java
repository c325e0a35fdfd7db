package io.portex.report.batch;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What became of one case of a batch.
 *
 * @param name the case: its folder or archive name under the batch root
 * @param status {@code done}, {@code skipped} (unchanged since its result was written) or {@code
 *     failed}
 * @param reason why it failed, else empty
 * @param primary the verdict's primary sub-type, or empty
 * @param subtypes the sub-types, joined with {@code +}
 * @param hosts the machines the evidence names, joined with {@code , }, or empty
 * @param exhausted whether ports ran out
 * @param peakInUse ephemeral ports in use at the peak, or -1
 * @param capacity the effective capacity
 * @param events Tcpip 4227, 4231 and 4266 events
 * @param window the time window, in words
 * @param millis how long the case took
 */
public record CaseResult(
    String name,
    String status,
    String reason,
    String primary,
    String subtypes,
    String hosts,
    boolean exhausted,
    int peakInUse,
    int capacity,
    long events,
    String window,
    long millis)
    implements Serializable {

  /**
   * A column of the summary table.
   *
   * @param type its values' class: {@code String}, {@code Boolean}, {@code Integer} or {@code Long}
   */
  public record Column(String name, Class<?> type) {}

  /** The columns of the summary, in order: what {@link #values()} gives. */
  public static final List<Column> COLUMNS =
      List.of(
          new Column("case", String.class),
          new Column("status", String.class),
          new Column("reason", String.class),
          new Column("primary", String.class),
          new Column("subtypes", String.class),
          new Column("hosts", String.class),
          new Column("exhausted", Boolean.class),
          new Column("peakInUse", Integer.class),
          new Column("capacity", Integer.class),
          new Column("events", Long.class),
          new Column("window", String.class));

  /** The values of {@link #COLUMNS}: text, numbers and a boolean (not the time taken). */
  public List<Object> values() {
    return Arrays.asList(
        name, status, reason, primary, subtypes, hosts, exhausted, peakInUse, capacity, events,
        window);
  }

  /** A case that failed before anything was read, and why. */
  public static CaseResult failed(String name, String reason, long millis) {
    return new CaseResult(name, "failed", reason, "", "", "", false, -1, 0, 0, "", millis);
  }

  /**
   * The result whose {@link #values()} were written as these texts.
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
        Boolean.parseBoolean(cells.get(6)),
        Integer.parseInt(cells.get(7)),
        Integer.parseInt(cells.get(8)),
        Long.parseLong(cells.get(9)),
        cells.get(10),
        0);
  }

  /** This result as listed again by a run that skipped the case: its figures, today's time. */
  CaseResult skipped(long millis) {
    return new CaseResult(
        name,
        "skipped",
        "inputs and settings unchanged since the result was written",
        primary,
        subtypes,
        hosts,
        exhausted,
        peakInUse,
        capacity,
        events,
        window,
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
