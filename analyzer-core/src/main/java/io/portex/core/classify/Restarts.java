package io.portex.core.classify;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.ProcessUsage;
import io.portex.core.model.SourceRange;
import io.portex.core.model.TcpState;
import io.portex.core.prose.ProseTime;
import io.portex.core.timeline.SnapshotUsage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Restarts of the process holding CLOSE_WAIT, seen between two timed snapshots (SPEC §3): the count
 * drops to near zero, or the same image comes back under a new PID.
 */
final class Restarts {

  /** A fall to at most this share of the count before is a drop to near zero. */
  static final double NEAR_ZERO_SHARE = 0.1;

  /** Below this count, CLOSE_WAIT is too small for a fall to say anything. */
  static final int MIN_BEFORE = 50;

  private Restarts() {}

  /**
   * A restart seen between two snapshots.
   *
   * @param at the time of the snapshot after it
   * @param before the CLOSE_WAIT count before
   * @param after the count after
   * @param image the image name, or null when unknown
   * @param oldPid the holder's PID before, or -1
   * @param newPid the same image's PID after, or -1 when it did not come back (or is not named)
   * @param source the snapshot after it
   */
  record Restart(
      Instant at, int before, int after, String image, int oldPid, int newPid, SourceRange source) {

    /** The restart in words, its time named in {@code zone}. */
    String describe(ZoneId zone) {
      String who =
          image != null
              ? image
                  + (oldPid >= 0 ? " (PID " + oldPid : " (")
                  + (newPid >= 0 && newPid != oldPid ? ", then PID " + newPid : "")
                  + ")"
              : oldPid >= 0 ? "PID " + oldPid : "the process holding CLOSE_WAIT";
      return String.format(
          Locale.ROOT,
          "a restart of %s at %s (CLOSE_WAIT %,d -> %,d)",
          who.replace(" ()", ""),
          ProseTime.of(at, zone),
          before,
          after);
    }
  }

  static List<Restart> of(List<SnapshotUsage> timed, EphemeralCapacity capacity) {
    List<Restart> restarts = new ArrayList<>();
    for (int i = 1; i < timed.size(); i++) {
      between(timed.get(i - 1), timed.get(i), capacity).ifPresent(restarts::add);
    }
    return restarts;
  }

  /** True when one of the restarts lies between the two snapshots. */
  static boolean between(List<Restart> restarts, SnapshotUsage before, SnapshotUsage after) {
    return restarts.stream()
        .anyMatch(r -> r.at().equals(after.snapshot().time()) && before.snapshot().time() != null);
  }

  private static Optional<Restart> between(
      SnapshotUsage before, SnapshotUsage after, EphemeralCapacity capacity) {
    int was = before.count(TcpState.CLOSE_WAIT);
    int is = after.count(TcpState.CLOSE_WAIT);
    Optional<ProcessUsage> holder = Processes.top(before.snapshot(), TcpState.CLOSE_WAIT, capacity);
    String image = holder.map(ProcessUsage::name).orElse(null);
    int oldPid = holder.map(ProcessUsage::pid).orElse(-1);
    Optional<ProcessUsage> again =
        image == null
            ? Optional.empty()
            : after.snapshot().processes().stream()
                .filter(p -> image.equalsIgnoreCase(p.name()))
                .findFirst();
    boolean newPid =
        oldPid >= 0
            && again.isPresent()
            && again.get().pid() != oldPid
            && after.snapshot().processes().stream().noneMatch(p -> p.pid() == oldPid);
    boolean nearZero = was >= MIN_BEFORE && is <= NEAR_ZERO_SHARE * was;
    if (!nearZero && !newPid) {
      return Optional.empty();
    }
    return Optional.of(
        new Restart(
            after.snapshot().time(),
            was,
            is,
            image,
            oldPid,
            again.map(ProcessUsage::pid).orElse(-1),
            after.snapshot().source()));
  }
}
