package io.portex.core.classify;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.PortEvents;
import io.portex.core.model.Snapshot;
import java.util.List;

/**
 * The verdict until the sub-type rules exist: {@code exhausted} when Tcpip said ports ran out
 * (4227, 4231 or 4266) or the busiest snapshot used at least {@link #EXHAUSTED_SHARE} of the
 * capacity; the sub-type stays {@code INCONCLUSIVE}.
 */
public final class UsageVerdict {

  /** Peak usage share of effective capacity that counts as exhausted (SPEC §3). */
  public static final double EXHAUSTED_SHARE = 0.90;

  /** The ids whose presence alone means ports ran out (4226 only throttles connects). */
  static final List<Integer> EXHAUSTION_IDS = List.of(4227, 4231, 4266);

  private UsageVerdict() {}

  public static Verdict of(
      List<Snapshot> snapshots, List<PortEvents> events, EphemeralCapacity capacity) {
    long exhaustionEvents =
        events.stream()
            .filter(e -> EXHAUSTION_IDS.contains(e.eventId()))
            .mapToLong(PortEvents::count)
            .sum();
    String eventBasis =
        exhaustionEvents > 0 ? exhaustionEvents + " Tcpip exhaustion event(s); " : "";
    if (snapshots.isEmpty()) {
      return new Verdict(
          exhaustionEvents > 0,
          "INCONCLUSIVE",
          List.of(),
          0,
          eventBasis + "no connection data was read");
    }
    int peak = snapshots.stream().mapToInt(capacity::inUse).max().orElse(0);
    boolean exhausted = exhaustionEvents > 0 || peak >= EXHAUSTED_SHARE * capacity.effective();
    return new Verdict(
        exhausted,
        "INCONCLUSIVE",
        List.of(),
        0,
        eventBasis
            + "peak "
            + peak
            + " of "
            + capacity.effective()
            + " ephemeral ports in use; sub-type rules are not applied yet");
  }
}
