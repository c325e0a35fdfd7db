package io.portex.report.chart;

import io.portex.core.model.ProcessUsage;
import io.portex.core.model.RemoteUsage;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import io.portex.core.prose.ProcessName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Who holds the sockets of a snapshot, ranked: its remote endpoints (destinations) or its
 * processes, each with its sockets in TIME_WAIT, ESTABLISHED, CLOSE_WAIT, BOUND and the other
 * states (a connection to a destination is never BOUND: a bound socket has no remote end).
 *
 * @param kind {@code destinations} or {@code processes}, for sentences
 * @param ranked the top holders, most sockets first
 * @param all how many holders the snapshot had in all
 * @param valueIn a holder's sockets in another snapshot: 0 when the snapshot lists every holder and
 *     not this one, NaN when it may have cut it from its list
 * @param notes the sentences that explain names among the ranked (what PID 0 is)
 */
record Holders(
    String kind,
    List<Holder> ranked,
    int all,
    Function<Holder, ToDoubleFunction<Snapshot>> valueIn,
    List<String> notes) {

  /** The states a holder's bar is split into, in order; {@code other} for the rest. */
  static final List<String> PARTS =
      List.of("TIME_WAIT", "ESTABLISHED", "CLOSE_WAIT", "BOUND", StateColors.OTHER);

  /** Holders drawn as bars. */
  static final int TOP = 8;

  /** Holders followed over time. */
  static final int TOP_OVER_TIME = 5;

  /**
   * One holder.
   *
   * @param key what identifies it from snapshot to snapshot (the endpoint, or the PID)
   * @param label its name for the chart
   * @param parts sockets per {@link #PARTS} entry
   */
  record Holder(String key, String label, int[] parts) {
    int total() {
      int sum = 0;
      for (int part : parts) {
        sum += part;
      }
      return sum;
    }
  }

  /** The remote endpoints with most connections (the capture's catch-all left out). */
  static Holders destinations(Snapshot snapshot) {
    List<Holder> ranked = new ArrayList<>();
    for (RemoteUsage r : snapshot.remotes()) {
      if (r.remote().equals(Snapshot.Builder.OTHER_REMOTES) || r.connections() == 0) {
        continue;
      }
      int other = Math.max(0, r.connections() - r.timeWait() - r.established() - r.closeWait());
      ranked.add(
          new Holder(
              r.remote(),
              r.remote(),
              new int[] {r.timeWait(), r.established(), r.closeWait(), 0, other}));
    }
    return new Holders(
        "destinations",
        top(ranked),
        snapshot.distinctRemotes(),
        holder -> s -> remoteValue(s, holder.key()),
        List.of());
  }

  /** The processes with most TCP sockets. */
  static Holders processes(Snapshot snapshot) {
    List<Holder> ranked = new ArrayList<>();
    Map<String, ProcessUsage> byKey = new HashMap<>();
    for (ProcessUsage p : snapshot.processes()) {
      if (p.total() == 0) {
        continue;
      }
      Map<TcpState, Integer> states = p.states();
      int timeWait = states.getOrDefault(TcpState.TIME_WAIT, 0);
      int established = states.getOrDefault(TcpState.ESTABLISHED, 0);
      int closeWait = states.getOrDefault(TcpState.CLOSE_WAIT, 0);
      int bound = states.getOrDefault(TcpState.BOUND, 0);
      int other = Math.max(0, p.total() - timeWait - established - closeWait - bound);
      String key = Integer.toString(p.pid());
      byKey.put(key, p);
      ranked.add(
          new Holder(
              key, ProcessName.of(p), new int[] {timeWait, established, closeWait, bound, other}));
    }
    List<Holder> top = top(ranked);
    return new Holders(
        "processes",
        top,
        snapshot.processes().size(),
        holder -> s -> processValue(s, holder.key()),
        ProcessName.meanings(top.stream().map(h -> byKey.get(h.key())).toList()));
  }

  private static List<Holder> top(List<Holder> holders) {
    return holders.stream()
        .sorted(Comparator.comparingInt(Holder::total).reversed().thenComparing(Holder::key))
        .limit(TOP)
        .toList();
  }

  private static double remoteValue(Snapshot snapshot, String remote) {
    for (RemoteUsage r : snapshot.remotes()) {
      if (r.remote().equals(remote)) {
        return r.connections();
      }
    }
    return snapshot.remotes().size() < Snapshot.Builder.MAX_REMOTES ? 0 : Double.NaN;
  }

  private static double processValue(Snapshot snapshot, String pid) {
    for (ProcessUsage p : snapshot.processes()) {
      if (Integer.toString(p.pid()).equals(pid)) {
        return p.total();
      }
    }
    return 0;
  }
}
