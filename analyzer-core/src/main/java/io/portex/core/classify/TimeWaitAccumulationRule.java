package io.portex.core.classify;

import io.portex.core.model.RemoteUsage;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import io.portex.core.model.fact.TopTalkers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * TIME_WAIT accumulation: at the peak, TIME_WAIT at or above {@link Thresholds#TIME_WAIT_MIN} and
 * the largest connection state; or, with no snapshot, a TIME_WAIT series (monitoring script) that
 * peaks at or above it. Little's law gives the close rate and the sustainable rate.
 */
public final class TimeWaitAccumulationRule implements Rule {

  @Override
  public Subtype subtype() {
    return Subtype.TIME_WAIT_ACCUMULATION;
  }

  @Override
  public String requires() {
    return "a snapshot, or a TIME_WAIT series";
  }

  @Override
  public Optional<Finding> evaluate(Situation situation) {
    double min = situation.thresholds().get(Thresholds.TIME_WAIT_MIN);
    Optional<Snapshot> peak = situation.peak();
    if (peak.isPresent()) {
      Snapshot snapshot = peak.get();
      int timeWait = snapshot.count(TcpState.TIME_WAIT);
      if (timeWait < min || !Situation.isLargestState(snapshot, TcpState.TIME_WAIT)) {
        return Optional.empty();
      }
      return Optional.of(fromSnapshot(situation, snapshot, timeWait, min));
    }
    return Series.highest(situation.series(), Series.TIME_WAIT)
        .filter(p -> p.point().value() >= min)
        .map(p -> fromSeries(situation, p, min));
  }

  private Finding fromSnapshot(Situation situation, Snapshot snapshot, int timeWait, double min) {
    int inUse = situation.inUse(snapshot);
    List<Measurement> measurements = new ArrayList<>();
    measurements.add(new Measurement("TIME_WAIT at peak", timeWait, min, "sockets"));
    measurements.add(Measurement.context("ephemeral ports in use at peak", inUse, "ports"));
    rates(situation, timeWait, measurements);
    Optional<RemoteUsage> destination =
        snapshot.remotes().stream().max(Comparator.comparingInt(RemoteUsage::timeWait));
    String towards =
        destination
            .filter(d -> d.timeWait() > 0)
            .map(
                d ->
                    String.format(
                        Locale.ROOT, ", %,d of them towards %s", d.timeWait(), d.remote()))
            .orElse("");
    String summary =
        String.format(
            Locale.ROOT,
            "%,d sockets in TIME_WAIT at the peak (%s%s): connections are opened and closed faster"
                + " than TIME_WAIT lets their ports go",
            timeWait,
            percent(timeWait, inUse) + " of the ports in use",
            towards);
    return new Finding(
        subtype(),
        situation.severity(),
        0.9,
        summary,
        timeWait,
        measurements,
        List.of(new EvidenceRef("peak snapshot", snapshot.source(), snapshot.time())),
        recommendations(destination.map(RemoteUsage::remote).orElse(null)));
  }

  private Finding fromSeries(Situation situation, Series.Peak peak, double min) {
    long timeWait = Math.round(peak.point().value());
    List<Measurement> measurements = new ArrayList<>();
    measurements.add(new Measurement("TIME_WAIT at peak of series", timeWait, min, "sockets"));
    rates(situation, timeWait, measurements);
    List<EvidenceRef> evidence = new ArrayList<>();
    evidence.add(
        new EvidenceRef("TIME_WAIT series peak", peak.series().source(), peak.point().time()));
    // the script's own ranking of remote addresses, logged nearest the peak, names the destination
    Optional<TopTalkers> remotes =
        TopTalkers.nearest(
            situation.facts(TopTalkers.class),
            TopTalkers.Kind.REMOTE_ADDRESS,
            peak.point().time(),
            peak.series().source().file());
    Optional<TopTalkers.Entry> busiest = remotes.flatMap(TopTalkers::first);
    String towards = "";
    if (busiest.isPresent()) {
      TopTalkers ranking = remotes.get();
      evidence.add(
          new EvidenceRef("the script's top remote addresses", ranking.source(), ranking.time()));
      towards =
          String.format(
              Locale.ROOT,
              "; the top remote address of its list nearest that peak is %s, with %,d of them",
              busiest.get().key(),
              busiest.get().count());
    }
    return new Finding(
        subtype(),
        situation.severity(),
        0.7,
        String.format(
            Locale.ROOT,
            "the monitoring script counted up to %,d sockets in TIME_WAIT (no netstat snapshot to"
                + " check the other states)%s",
            timeWait,
            towards),
        timeWait,
        measurements,
        evidence,
        recommendations(busiest.map(TopTalkers.Entry::key).orElse(null)));
  }

  /** Little's law: closes per second = TIME_WAIT / duration; at most capacity / duration. */
  private static void rates(Situation situation, long timeWait, List<Measurement> measurements) {
    for (long seconds : situation.timeWaitDurations()) {
      String assumed = situation.timeWaitSeconds() == null ? " (assumed)" : "";
      measurements.add(
          Measurement.context(
              "closes per second with TIME_WAIT " + seconds + " s" + assumed,
              round((double) timeWait / seconds),
              "per second"));
      measurements.add(
          Measurement.context(
              "sustainable new connections per second with TIME_WAIT " + seconds + " s" + assumed,
              round((double) situation.capacity().effective() / seconds),
              "per second"));
    }
  }

  private static List<Recommendation> recommendations(String destination) {
    String target = destination == null ? "the busiest destination" : destination;
    return List.of(
        new Recommendation(
            "reuse-connections",
            "Reuse connections to "
                + target
                + " (HTTP keep-alive, a connection pool) instead of opening one per request",
            List.of("the real fix: it removes the churn instead of making room for it")),
        new Recommendation(
            "shorten-time-wait",
            "Shorten TIME_WAIT: set TcpTimedWaitDelay (REG_DWORD, seconds) under"
                + " HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters to 30",
            List.of(
                "reboot needed",
                "never 0: valid 30-300 (2-300 on 2012 R2 and later)",
                "only helps where this host closes the connection first")),
        new Recommendation(
            "widen-range",
            "Widen the dynamic port range: netsh int ipv4 set dynamicport tcp start=10000"
                + " num=55535",
            List.of(
                "check first that no service listens on a fixed port inside the new range",
                "buys headroom, not a fix")));
  }

  static String percent(long part, long whole) {
    return whole <= 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
  }

  static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
