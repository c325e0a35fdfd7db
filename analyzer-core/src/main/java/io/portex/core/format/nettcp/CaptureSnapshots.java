package io.portex.core.format.nettcp;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.model.Snapshot;

/**
 * Hands the snapshots of one input on as they are complete. The only snapshot of an input, when its
 * content gave it no time, takes the file's time in the analysis ({@link
 * io.portex.core.time.FileTime}); several untimed snapshots of one input stay untimed, in their
 * order, since one file time cannot be the time of each. Not thread-safe.
 */
final class CaptureSnapshots {

  private final ReadContext context;
  private final EvidenceSink sink;
  private Snapshot held;
  private int count;

  CaptureSnapshots(ReadContext context, EvidenceSink sink) {
    this.context = context;
    this.sink = sink;
  }

  /** Takes a finished snapshot; it is handed on when the next one arrives or at {@link #finish}. */
  void add(Snapshot snapshot) {
    count++;
    if (held != null) {
      sink.snapshot(held);
    }
    held = snapshot;
  }

  /**
   * Hands on the last snapshot (an input's only untimed snapshot takes the file's time in the
   * analysis, once the host's other evidence is known).
   */
  void finish() {
    if (held == null) {
      return;
    }
    Snapshot last = held;
    held = null;
    sink.snapshot(last);
  }

  int count() {
    return count;
  }
}
