package io.portex.core.classify;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.Snapshot;
import java.util.List;

/**
 * The verdict from port usage alone, until the sub-type rules exist: {@code exhausted} when the
 * busiest snapshot used at least {@link #EXHAUSTED_SHARE} of the capacity; the sub-type stays
 * {@code INCONCLUSIVE}.
 */
public final class UsageVerdict {

  /** Peak usage share of effective capacity that counts as exhausted (SPEC §3). */
  public static final double EXHAUSTED_SHARE = 0.90;

  private UsageVerdict() {}

  public static Verdict of(List<Snapshot> snapshots, EphemeralCapacity capacity) {
    if (snapshots.isEmpty()) {
      return new Verdict(false, "INCONCLUSIVE", List.of(), 0, "no connection data was read");
    }
    int peak = snapshots.stream().mapToInt(capacity::inUse).max().orElse(0);
    boolean exhausted = peak >= EXHAUSTED_SHARE * capacity.effective();
    return new Verdict(
        exhausted,
        "INCONCLUSIVE",
        List.of(),
        0,
        "peak "
            + peak
            + " of "
            + capacity.effective()
            + " ephemeral ports in use; sub-type rules are not applied yet");
  }
}
