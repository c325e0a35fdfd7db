package io.portex.core.format;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.model.Snapshot;
import io.portex.core.time.LocalStamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The snapshots of one capture on their way out, held back while a stamp's date is open to
 * day-first and month-first readings and no stamp of the file has shown the order yet ({@link
 * StampedItems}): once one shows it, the held snapshots are timed in that order and handed on, in
 * the order of the file. Shared by the readers of capture loops (netstat, Get-NetTCPConnection
 * text). Not thread-safe: one per input.
 */
public final class StampedSnapshots {

  private final StampedItems<Snapshot> items;

  /**
   * @param next where snapshots go once their time is settled
   * @param zone the zone of times written without one
   */
  public StampedSnapshots(Consumer<Snapshot> next, ZoneId zone) {
    this.items =
        new StampedItems<>(
            (snapshot, time) ->
                next.accept(
                    Objects.equals(time, snapshot.time())
                        ? snapshot
                        : snapshot.withTime(time, snapshot.timeSource())),
            zone);
  }

  /**
   * Notes a stamp line of the file; a stamp that shows the order releases the held snapshots.
   *
   * @return the stamp's time as the file's order reads it so far
   */
  public Instant stamp(LocalStamp stamp, long line, String text) {
    return items.stamp(stamp, line, text);
  }

  /** The time of a stamp as the file's order reads it so far (month first until shown). */
  public Instant time(LocalStamp stamp) {
    return items.time(stamp);
  }

  /**
   * A finished snapshot, timed by {@link #time} of its stamp.
   *
   * @param stamp the stamp its time was read from, or null when it came otherwise
   */
  public void add(Snapshot snapshot, LocalStamp stamp) {
    // only an open date can be read again; any other snapshot keeps the time it was built with
    items.add(snapshot, snapshot.time(), stamp != null && stamp.dayMonthGuessed() ? stamp : null);
  }

  /**
   * Hands on what is held (in the order the file's modification time leaves, else month first) and
   * says how open dates were read.
   *
   * @param prefix the format id and a dot
   * @param lastModified the file's modification time, or null when unknown
   */
  public void finish(DiagnosticSink diagnostics, String prefix, Instant lastModified) {
    items.finish(diagnostics, prefix, lastModified);
  }
}
