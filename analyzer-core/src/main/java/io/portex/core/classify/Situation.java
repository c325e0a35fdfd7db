package io.portex.core.classify;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.PortEvents;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.SourceRange;
import io.portex.core.model.TcpState;
import io.portex.core.model.fact.Fact;
import java.util.List;
import java.util.Optional;

/**
 * What the rules look at: the ticket's snapshots (in time order), series, Tcpip events, capacity,
 * the TIME_WAIT delay when the registry gave it, and the thresholds.
 *
 * @param facts the configuration facts read (netsh, registry, tasklist, ...)
 * @param timeWaitSeconds the registry's TcpTimedWaitDelay, or null when unknown
 * @param timeWaitSource where it was read, or null
 */
public record Situation(
    List<Snapshot> snapshots,
    List<Series> series,
    List<PortEvents> events,
    List<Fact> facts,
    EphemeralCapacity capacity,
    Long timeWaitSeconds,
    SourceRange timeWaitSource,
    Thresholds thresholds) {

  /** The TIME_WAIT durations assumed when the registry does not say (SPEC §1). */
  public static final List<Long> ASSUMED_TIME_WAIT_SECONDS = List.of(120L, 240L);

  /** The states that hold no outbound connection: listeners and bare binds are not compared. */
  private static final List<TcpState> NOT_CONNECTIONS =
      List.of(TcpState.LISTENING, TcpState.BOUND, TcpState.UNKNOWN);

  public Situation {
    snapshots = List.copyOf(snapshots);
    series = List.copyOf(series);
    events = List.copyOf(events);
    facts = List.copyOf(facts);
  }

  /** True when a fact of this kind was read. */
  public boolean has(Class<? extends Fact> kind) {
    return facts.stream().anyMatch(kind::isInstance);
  }

  /** The facts of one kind, in input order. */
  public <T extends Fact> List<T> facts(Class<T> kind) {
    return Fact.ofKind(facts, kind);
  }

  public int inUse(Snapshot snapshot) {
    return capacity.inUse(snapshot);
  }

  /** The snapshot with most ephemeral ports in use, the first of equals. */
  public Optional<Snapshot> peak() {
    return capacity.peak(snapshots);
  }

  /** Tcpip 4227, 4231 and 4266 events: the system's word that ports ran out. */
  public long exhaustionEvents() {
    return PortEvents.exhaustionCount(events);
  }

  /** Events, or peak usage at the exhausted share of capacity. */
  public boolean exhausted() {
    double share = thresholds.get(Thresholds.EXHAUSTED_SHARE);
    return exhaustionEvents() > 0
        || peak().map(p -> inUse(p) >= share * capacity.effective()).orElse(false);
  }

  /** True when {@code state} has at least as many sockets as any other connection state. */
  public static boolean isLargestState(Snapshot snapshot, TcpState state) {
    int count = snapshot.count(state);
    for (TcpState other : TcpState.values()) {
      if (other != state && !NOT_CONNECTIONS.contains(other) && snapshot.count(other) > count) {
        return false;
      }
    }
    return true;
  }

  /** The TIME_WAIT durations to reason with: the registry's, else the two assumptions. */
  public List<Long> timeWaitDurations() {
    return timeWaitSeconds != null ? List.of(timeWaitSeconds) : ASSUMED_TIME_WAIT_SECONDS;
  }

  /** Severity of a finding: critical when ports ran out. */
  String severity() {
    return exhausted() ? "critical" : "warning";
  }
}
