package io.portex.core.format;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.model.Snapshot;
import io.portex.core.time.DayMonthEvidence;
import io.portex.core.time.LocalStamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The snapshots of one capture on their way out, held back while a stamp's date is open to
 * day-first and month-first readings ({@code 03/11/2026} from an en-GB {@code %date%}) and no stamp
 * of the file has shown the order yet: once one shows it ({@link DayMonthEvidence}), the held
 * snapshots are timed in that order and handed on, in the order of the file. Shared by the readers
 * of capture loops (netstat, Get-NetTCPConnection text). Not thread-safe: one per input.
 */
public final class StampedSnapshots {

  private final Consumer<Snapshot> next;
  private final ZoneId zone;
  private final DayMonthEvidence dates = new DayMonthEvidence();
  private final List<Snapshot> waiting = new ArrayList<>();
  private final List<LocalStamp> waitingStamps = new ArrayList<>();

  /**
   * @param next where snapshots go once their time is settled
   * @param zone the zone of times written without one
   */
  public StampedSnapshots(Consumer<Snapshot> next, ZoneId zone) {
    this.next = next;
    this.zone = zone;
  }

  /**
   * Notes a stamp line of the file; a stamp that shows the order releases the held snapshots.
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
    return dates.resolve(stamp).toInstant(zone);
  }

  /**
   * A finished snapshot, timed by {@link #time} of its stamp.
   *
   * @param stamp the stamp its time was read from, or null when it came otherwise
   */
  public void add(Snapshot snapshot, LocalStamp stamp) {
    boolean open = stamp != null && stamp.dayMonthGuessed() && !dates.decided();
    if (open || !waiting.isEmpty()) {
      waiting.add(snapshot);
      waitingStamps.add(open ? stamp : null);
      return;
    }
    // built with the time the file's order gives, which no later stamp changes
    next.accept(snapshot);
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
    for (int i = 0; i < waiting.size(); i++) {
      Snapshot snapshot = waiting.get(i);
      LocalStamp stamp = waitingStamps.get(i);
      next.accept(stamp != null ? snapshot.withTime(time(stamp), snapshot.timeSource()) : snapshot);
    }
    waiting.clear();
    waitingStamps.clear();
  }
}
