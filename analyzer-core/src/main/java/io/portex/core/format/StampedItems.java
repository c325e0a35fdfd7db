package io.portex.core.format;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.time.DayMonthEvidence;
import io.portex.core.time.LocalStamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What one input reads at the times of its stamp lines (snapshots, counts, top-N lists), handed on
 * in the order of the file once each time is settled: held back while a stamp's date is open to
 * day-first and month-first readings ({@code 03/11/2026} from an en-GB {@code %date%}) and no stamp
 * of the file has shown the order yet. Once one shows it ({@link DayMonthEvidence}), what is held
 * is timed in that order and handed on. Shared by the readers of capture loops (through {@link
 * StampedSnapshots}), of the trend CSV and of the monitoring log. Not thread-safe: one per input.
 *
 * @param <T> what is read
 */
public final class StampedItems<T> {

  /** Receives what was read, in the order of the file, with its settled time. */
  @FunctionalInterface
  public interface Settled<T> {
    /**
     * @param time its time as the file's order reads its stamp, or the time it was given with when
     *     it has no stamp (null when it has none either)
     */
    void accept(T item, Instant time);
  }

  private record Held<T>(T item, Instant time, LocalStamp stamp) {}

  private final Settled<T> next;
  private final ZoneId zone;
  private final DayMonthEvidence dates = new DayMonthEvidence();
  private final List<Held<T>> waiting = new ArrayList<>();

  /**
   * @param next where items go once their time is settled
   * @param zone the zone of times written without one
   */
  public StampedItems(Settled<T> next, ZoneId zone) {
    this.next = next;
    this.zone = zone;
  }

  /**
   * Notes a stamp line of the file; a stamp that shows the order releases what is held.
   *
   * @return the stamp's time as the file's order reads it so far
   */
  public Instant stamp(LocalStamp stamp, long line, String text) {
    if (dates.observe(stamp, line, text)) {
      release();
    }
    return time(stamp);
  }

  /** The time of a stamp as the file's order reads it so far (month first until shown). */
  public Instant time(LocalStamp stamp) {
    return resolved(stamp).toInstant(zone);
  }

  /** The stamp as the file's order reads it so far: open ones day first once the file shows it. */
  public LocalStamp resolved(LocalStamp stamp) {
    return dates.resolve(stamp);
  }

  /**
   * Something read, in the order of the file.
   *
   * @param time its time when it has no stamp (a time of day placed on a calendar), else ignored
   * @param stamp the stamp (noted by {@link #stamp}) its time is read from, or null
   */
  public void add(T item, Instant time, LocalStamp stamp) {
    boolean open = stamp != null && stamp.dayMonthGuessed() && !dates.decided();
    if (open || !waiting.isEmpty()) {
      waiting.add(new Held<>(item, time, stamp));
      return;
    }
    next.accept(item, stamp != null ? time(stamp) : time);
  }

  /**
   * Hands on what is held (in the order the file's modification time leaves, else month first) and
   * says how open dates were read ({@link DayMonthEvidence#report}).
   *
   * @param prefix the format id and a dot
   * @param lastModified the file's modification time, or null when unknown
   */
  public void finish(DiagnosticSink diagnostics, String prefix, Instant lastModified) {
    dates.decideByFileTime(lastModified, zone);
    release();
    dates.report(diagnostics, prefix);
  }

  private void release() {
    for (Held<T> held : waiting) {
      next.accept(held.item(), held.stamp() != null ? time(held.stamp()) : held.time());
    }
    waiting.clear();
  }
}
