package io.portex.core.classify;

import io.portex.core.model.RemoteUsage;
import io.portex.core.model.Series;
import io.portex.core.model.TcpState;
import io.portex.core.model.fact.CaptureDestination;
import io.portex.core.model.fact.PacketCapture;
import io.portex.core.model.fact.TopTalkers;
import io.portex.core.timeline.ConnectionRates;
import io.portex.core.timeline.Peak;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * TIME_WAIT accumulation: at the peak snapshot, ephemeral TIME_WAIT at or above {@link
 * #TIME_WAIT_MIN} and the largest state; or a TIME_WAIT series (monitoring script) that peaks at or
 * above it, alone or above what the snapshots show (then its larger figure decides, as long as the
 * snapshots do not show another state dominating). Little's law gives the close rate and the
 * sustainable rate.
 */
public final class TimeWaitAccumulationRule implements Rule {

  public static final Threshold TIME_WAIT_MIN =
      Threshold.sockets(
          "timeWaitMin",
          5000,
          "ephemeral TIME_WAIT sockets at the peak from which TIME_WAIT accumulation is called");

  public static final Threshold HOST_CLOSES_FIRST_SHARE =
      Threshold.share(
          "hostClosesFirstShare",
          0.5,
          "share of a packet capture's connections closed by a FIN whose first FIN this host sent,"
              + " from which shortening TIME_WAIT here is recommended");

  @Override
  public Subtype subtype() {
    return Subtype.TIME_WAIT_ACCUMULATION;
  }

  @Override
  public String requires() {
    return "a snapshot, or a TIME_WAIT series";
  }

  @Override
  public List<Threshold> thresholds() {
    return List.of(TIME_WAIT_MIN, HOST_CLOSES_FIRST_SHARE);
  }

  @Override
  public Optional<Finding> evaluate(Timeline timeline, Thresholds thresholds) {
    double min = thresholds.get(TIME_WAIT_MIN);
    Peak peak = timeline.peak();
    Optional<SnapshotUsage> snapshot = peak.fromSnapshots();
    if (snapshot.isPresent() && !snapshot.get().isLargest(TcpState.TIME_WAIT)) {
      return Optional.empty();
    }
    if (peak.seriesExceedsSnapshot() && peak.seriesTimeWait() >= min) {
      return Optional.of(fromSeries(timeline, thresholds, peak.timeWaitSeries()));
    }
    return snapshot
        .filter(s -> s.count(TcpState.TIME_WAIT) >= min)
        .map(s -> fromSnapshot(timeline, thresholds, s));
  }

  private Finding fromSnapshot(Timeline timeline, Thresholds thresholds, SnapshotUsage peak) {
    int timeWait = peak.count(TcpState.TIME_WAIT);
    List<Measurement> measurements = new ArrayList<>();
    measurements.add(
        Measurement.tested(
            "timeWait.atPeak", "TIME_WAIT at peak", timeWait, TIME_WAIT_MIN, thresholds));
    measurements.add(
        Measurement.context(
            "ephemeralInUse.atPeak", "ephemeral ports in use at peak", peak.inUse(), "ports"));
    rates(timeline, timeWait, measurements);
    boolean hostCloses = measured(timeline, thresholds, measurements);
    Aim aim = Processes.destinations(peak.snapshot(), RemoteUsage::timeWait, timeWait);
    String summary =
        String.format(
                Locale.ROOT,
                "%,d sockets in TIME_WAIT at the peak (%s of the %,d ports in use), %s: connections"
                    + " are opened and closed faster than TIME_WAIT lets their ports go",
                timeWait,
                Aim.percent(timeWait, Math.max(timeWait, peak.inUse())),
                peak.inUse(),
                towards(aim, peak.snapshot(), timeWait))
            + whoCloses(timeline, hostCloses);
    return Finding.of(
        subtype(),
        0.9,
        summary,
        timeWait,
        measurements,
        List.of(new EvidenceRef("peak snapshot", peak.snapshot().source(), peak.snapshot().time())),
        recommendations(TargetSystem.of(timeline), aim, hostCloses));
  }

  /** "431 of them towards X" for a destination holding at least half, else the spread. */
  private static String towards(Aim aim, io.portex.core.model.Snapshot snapshot, long timeWait) {
    if (aim.named() == null) {
      return aim.description();
    }
    long held =
        snapshot.remotes().stream()
            .filter(r -> r.remote().equals(aim.named()))
            .mapToLong(RemoteUsage::timeWait)
            .sum();
    return String.format(
        Locale.ROOT, "%,d of them (%s) towards %s", held, Aim.percent(held, timeWait), aim.named());
  }

  /**
   * From the series' peak: alone, or above what the snapshots show (the larger figure decides; the
   * snapshots still name the destination, with its port, when they show one).
   */
  private Finding fromSeries(Timeline timeline, Thresholds thresholds, Series.Peak peak) {
    long timeWait = Math.round(peak.point().value());
    Optional<SnapshotUsage> snapshot = timeline.peak().fromSnapshots();
    List<Measurement> measurements = new ArrayList<>();
    measurements.add(
        Measurement.tested(
            "timeWait.seriesPeak",
            "TIME_WAIT at peak of series",
            timeWait,
            TIME_WAIT_MIN,
            thresholds));
    snapshot.ifPresent(
        s -> {
          measurements.add(
              Measurement.context(
                  "timeWait.atPeak",
                  "TIME_WAIT at peak snapshot",
                  s.count(TcpState.TIME_WAIT),
                  "sockets"));
          measurements.add(
              Measurement.context(
                  "ephemeralInUse.atPeak", "ephemeral ports in use at peak", s.inUse(), "ports"));
        });
    rates(timeline, timeWait, measurements);
    boolean hostCloses = measured(timeline, thresholds, measurements);
    List<EvidenceRef> evidence = new ArrayList<>();
    evidence.add(
        new EvidenceRef("TIME_WAIT series peak", peak.series().source(), peak.point().time()));
    snapshot.ifPresent(
        s ->
            evidence.add(
                new EvidenceRef("peak snapshot", s.snapshot().source(), s.snapshot().time())));
    Aim aim =
        snapshot
            .map(
                s ->
                    Processes.destinations(
                        s.snapshot(), RemoteUsage::timeWait, s.count(TcpState.TIME_WAIT)))
            .orElse(null);
    // the script's own ranking of remote addresses, logged nearest the peak, names the destination
    Optional<TopTalkers> remotes =
        TopTalkers.nearest(
            timeline.facts(TopTalkers.class),
            TopTalkers.Kind.REMOTE_ADDRESS,
            peak.point().time(),
            peak.series().source().file());
    Optional<TopTalkers.Entry> busiest = remotes.flatMap(TopTalkers::first);
    if (aim == null || (aim.named() == null && remotes.isPresent())) {
      Aim ranked =
          remotes
              .map(
                  r ->
                      Aim.of(
                          r.entries().stream()
                              .map(e -> new Aim.Holder(e.key(), e.count()))
                              .toList(),
                          timeWait,
                          "remote addresses",
                          true))
              .orElse(null);
      if (ranked != null && (aim == null || ranked.named() != null)) {
        aim = ranked;
      }
    }
    if (aim == null) {
      aim = Aim.of(List.of(), timeWait, "destinations", true);
    }
    StringBuilder summary =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "the monitoring script counted up to %,d sockets in TIME_WAIT",
                timeWait));
    if (snapshot.isPresent()) {
      SnapshotUsage s = snapshot.get();
      summary.append(
          String.format(
              Locale.ROOT,
              " at %s; the snapshots peak at %,d (%s of the %,d ports in use), %s",
              timeline.words(peak.point().time()),
              s.count(TcpState.TIME_WAIT),
              Aim.percent(s.count(TcpState.TIME_WAIT), Math.max(1, s.inUse())),
              s.inUse(),
              towards(
                  Processes.destinations(
                      s.snapshot(), RemoteUsage::timeWait, s.count(TcpState.TIME_WAIT)),
                  s.snapshot(),
                  s.count(TcpState.TIME_WAIT))));
    } else {
      summary.append(" (no netstat snapshot to check the other states)");
    }
    if (busiest.isPresent()) {
      TopTalkers ranking = remotes.get();
      evidence.add(
          new EvidenceRef("the script's top remote addresses", ranking.source(), ranking.time()));
      summary.append(
          String.format(
              Locale.ROOT,
              "; the top remote address of its list nearest that peak is %s, with %,d of them"
                  + " (%s)",
              busiest.get().key(),
              busiest.get().count(),
              Aim.percent(busiest.get().count(), Math.max(1, timeWait))));
    }
    summary.append(whoCloses(timeline, hostCloses));
    boolean snapshotsAgree =
        snapshot.isPresent()
            && snapshot.get().count(TcpState.TIME_WAIT) >= thresholds.get(TIME_WAIT_MIN);
    return Finding.of(
        subtype(),
        snapshotsAgree ? 0.9 : snapshot.isPresent() ? 0.8 : 0.7,
        summary.toString(),
        timeWait,
        measurements,
        evidence,
        recommendations(TargetSystem.of(timeline), aim, hostCloses));
  }

  /**
   * Little's law: closes per second = TIME_WAIT / duration; at most capacity / duration. The
   * timeline's {@link io.portex.core.timeline.ConnectionRates} computed both from the peak's larger
   * TIME_WAIT figure, the one this finding reports.
   */
  private static void rates(Timeline timeline, long timeWait, List<Measurement> measurements) {
    String assumed = timeline.timeWait().known() ? "" : " (assumed)";
    for (ConnectionRates.AtDuration rate : timeline.rates().byDuration()) {
      long seconds = rate.seconds();
      measurements.add(
          Measurement.context(
              "closeRate.timeWait" + seconds + "s",
              "closes per second with TIME_WAIT " + seconds + " s" + assumed,
              rate.littlesLaw() != null ? rate.littlesLaw() : round((double) timeWait / seconds),
              "per second"));
      measurements.add(
          Measurement.context(
              "sustainableRate.timeWait" + seconds + "s",
              "sustainable new connections per second with TIME_WAIT " + seconds + " s" + assumed,
              rate.sustainable(),
              "per second"));
    }
  }

  /**
   * Beside Little's law, what the host's packet capture measured: attempts and the host's closes
   * per second, and the share of connections whose first FIN the host sent, tested against {@link
   * #HOST_CLOSES_FIRST_SHARE}. Returns false only when a capture saw connections closed by a FIN
   * and too few of them by this host: then its TIME_WAIT is not what shortening would free.
   */
  private static boolean measured(
      Timeline timeline, Thresholds thresholds, List<Measurement> measurements) {
    Optional<PacketCapture> capture = timeline.capture();
    if (capture.isEmpty()) {
      return true;
    }
    CaptureDestination totals = capture.get().hostTotals();
    double seconds = capture.get().span().toNanos() / 1e9;
    measurements.add(
        Measurement.context(
            "openRate.capture",
            "connection attempts per second measured by the packet capture",
            round(capture.get().attemptsPerSecond()),
            "per second"));
    if (seconds > 0) {
      measurements.add(
          Measurement.context(
              "closeRate.capture",
              "closes per second by this host (first FIN) measured by the packet capture",
              round(totals.closedByHost() / seconds),
              "per second"));
    }
    if (totals.closedByHost() + totals.closedByRemote() == 0) {
      return true;
    }
    Measurement share =
        Measurement.tested(
            "hostClosesFirst.capture",
            "share of connections closed by a FIN whose first FIN this host sent",
            Math.round(totals.hostClosesShare() * 1000) / 1000.0,
            HOST_CLOSES_FIRST_SHARE,
            thresholds);
    measurements.add(share);
    return share.met();
  }

  /** Who sends the first FIN, as the capture measured it, or "" without one that saw a close. */
  private static String whoCloses(Timeline timeline, boolean hostCloses) {
    return timeline
        .capture()
        .map(PacketCapture::hostTotals)
        .filter(t -> t.closedByHost() + t.closedByRemote() > 0)
        .map(
            t ->
                String.format(
                    Locale.ROOT,
                    "; a packet capture measured %s connection attempts a second, and this host"
                        + " sent the first FIN of %,d of %,d connections closed (%s)%s",
                    round(timeline.capture().get().attemptsPerSecond()),
                    t.closedByHost(),
                    t.closedByHost() + t.closedByRemote(),
                    Aim.percent(t.closedByHost(), t.closedByHost() + t.closedByRemote()),
                    hostCloses
                        ? ""
                        : ": the remote side mostly closes first, so shortening TIME_WAIT here"
                            + " frees little"))
        .orElse("");
  }

  /**
   * Shortening TIME_WAIT is advised unless a packet capture shows the remote side closing first.
   */
  private static List<Recommendation> recommendations(
      TargetSystem system, Aim aim, boolean hostCloses) {
    List<Recommendation> all = new ArrayList<>();
    all.add(
        ServiceAdvice.reuse(
            "reuse-connections",
            aim,
            List.of("the real fix: it removes the churn instead of making room for it")));
    if (hostCloses) {
      all.add(
          new Recommendation(
              "shorten-time-wait",
              "Shorten TIME_WAIT to "
                  + FixCommands.SHORT_TIME_WAIT
                  + " s (TcpTimedWaitDelay, REG_DWORD, seconds)",
              FixCommands.shortenTimeWait(system),
              FixCommands.timeWaitCaveats(system)));
    }
    all.add(FixCommands.widenRangeAdvice(system, "buys headroom, not a fix"));
    return all;
  }

  static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
