package io.portex.report.html;

import io.portex.core.HostAnalysis;
import io.portex.core.classify.ExhaustionBasis;
import io.portex.core.classify.Finding;
import io.portex.core.classify.Measurement;
import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.PortEvents;
import io.portex.core.model.TimeWaitDuration;
import io.portex.core.timeline.Timeline;
import io.portex.report.html.ReportView.Tile;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The key numbers of the verdict's host: peak usage against capacity, then the numbers each finding
 * rests on (its typed measurements), where usage is heading, and the Tcpip events found.
 */
final class Tiles {

  private Tiles() {}

  /** The tiles of the verdict's host, which the report shows first (its anchors start with h1). */
  static List<Tile> of(HostAnalysis host, ZoneId zone) {
    List<Tile> tiles = new ArrayList<>();
    Timeline timeline = host.timeline();
    EphemeralCapacity capacity = timeline.capacity();
    boolean byUsage =
        host.verdict().exhaustedBy() == ExhaustionBasis.USAGE
            || host.verdict().exhaustedBy() == ExhaustionBasis.EVENTS_AND_USAGE;
    timeline
        .peak()
        .fromSnapshots()
        .ifPresent(
            peak ->
                tiles.add(
                    new Tile(
                        "Peak ports in use",
                        Formats.count(peak.inUse()) + " / " + Formats.count(capacity.effective()),
                        Formats.percent(capacity.share(peak.inUse()))
                            + " of the capacity, "
                            + (peak.snapshot().time() == null
                                ? "in a snapshot without a time"
                                : Formats.time(peak.snapshot().time(), zone)),
                        byUsage ? "critical" : "")));
    for (Finding finding : host.findings()) {
      tiles.addAll(ofFinding(finding, host.timeline().timeWait()));
    }
    if (!host.verdict().exhausted()) {
      // when the ports already ran out, a time they would run out says nothing more
      trend(timeline, zone).ifPresent(tiles::add);
    }
    tiles.add(events(timeline));
    return tiles;
  }

  private static List<Tile> ofFinding(Finding finding, TimeWaitDuration timeWait) {
    List<Tile> tiles = new ArrayList<>();
    switch (finding.subtype()) {
      case TIME_WAIT_ACCUMULATION -> {
        Optional<Measurement> series = finding.measurement("timeWait.seriesPeak");
        Optional<Measurement> snapshot = finding.measurement("timeWait.atPeak");
        if (series.isPresent()) {
          tiles.add(
              tile(
                  "TIME_WAIT at its peak",
                  series.get(),
                  "counted by the monitoring script"
                      + snapshot.map(s -> "; snapshots show " + value(s)).orElse("")));
        } else {
          snapshot.ifPresent(s -> tiles.add(tile("TIME_WAIT at the peak", s, "")));
        }
        rate(finding, timeWait).ifPresent(tiles::add);
      }
      case CLOSE_WAIT_LEAK -> {
        finding
            .measurement("closeWait.growthPerHour")
            .ifPresent(
                m ->
                    tiles.add(
                        new Tile(
                            "CLOSE_WAIT growth",
                            "+" + Formats.number(m.value()) + " /h",
                            finding
                                .measurement("closeWait.endOfGrowth")
                                .map(e -> "reaching " + value(e) + " sockets")
                                .orElse(""),
                            "warning")));
      }
      case HIGH_CONNECTION_COUNT ->
          finding
              .measurement("established.atPeak")
              .ifPresent(m -> tiles.add(tile("ESTABLISHED at the peak", m, "open connections")));
      case BOUND_PORT_LEAK ->
          finding
              .measurement("bound.atPeak")
              .ifPresent(m -> tiles.add(tile("BOUND at the peak", m, "bound, never connected")));
      case SMALL_PORT_RANGE ->
          finding
              .measurement("capacity.effective")
              .ifPresent(m -> tiles.add(tile("Capacity", m, "16,384 by default")));
      case SINGLE_DESTINATION_SATURATION ->
          finding
              .measurement("destination.shareOfInUse")
              .ifPresent(
                  m ->
                      tiles.add(
                          new Tile(
                              "One destination's share",
                              Formats.percent(m.value()),
                              "of the ports in use"
                                  + finding
                                      .measurement("destination.headroom")
                                      .map(h -> "; headroom " + value(h) + " ports")
                                      .orElse(""),
                              "warning")));
    }
    return tiles;
  }

  /**
   * Connections closed per second against the rate the range sustains, for the TIME_WAIT duration
   * in force (or the longer one assumed when it is unknown).
   */
  private static Optional<Tile> rate(Finding finding, TimeWaitDuration timeWait) {
    Optional<Measurement> close = Optional.empty();
    Optional<Measurement> sustainable = Optional.empty();
    long seconds = 0;
    for (long candidate : timeWait.known() ? List.of(timeWait.seconds()) : List.of(240L, 120L)) {
      close = finding.measurement("closeRate.timeWait" + candidate + "s");
      sustainable = finding.measurement("sustainableRate.timeWait" + candidate + "s");
      seconds = candidate;
      if (close.isPresent() && sustainable.isPresent()) {
        break;
      }
    }
    if (close.isEmpty() || sustainable.isEmpty()) {
      return Optional.empty();
    }
    String capture =
        finding
            .measurement("openRate.capture")
            .map(m -> "; the capture measured " + Formats.number(m.value()) + " /s opened")
            .orElse("");
    boolean over = close.get().value() >= sustainable.get().value();
    return Optional.of(
        new Tile(
            "Closing rate vs sustainable",
            Formats.number(close.get().value())
                + " / "
                + Formats.number(sustainable.get().value())
                + " /s",
            "with TIME_WAIT " + seconds + " s" + (timeWait.known() ? "" : " (assumed)") + capture,
            over ? "critical" : ""));
  }

  private static Optional<Tile> trend(Timeline timeline, ZoneId zone) {
    if (timeline.projectedExhaustion() != null) {
      return Optional.of(
          new Tile(
              "Projected full",
              Formats.clock(timeline.projectedExhaustion(), zone),
              Formats.time(timeline.projectedExhaustion(), zone)
                  + ", at +"
                  + Formats.count(Math.round(timeline.usageGrowthPerHour()))
                  + " ports an hour",
              "critical"));
    }
    return Optional.empty();
  }

  /** The Tcpip event ids found with their counts, linked to the first one's rows. */
  private static Tile events(Timeline timeline) {
    List<String> found = new ArrayList<>();
    boolean exhaustion = false;
    String href = "";
    for (PortEvents tally : timeline.events()) {
      if (tally.count() > 0) {
        found.add(tally.eventId() + " × " + Formats.count(tally.count()));
        exhaustion |= tally.meansExhaustion();
        if (href.isEmpty()) {
          href = "#" + Appendix.eventId(1, tally.eventId());
        }
      }
    }
    if (found.isEmpty()) {
      return new Tile("Tcpip events", "none", "no 4227, 4231, 4266 or 4226 in the evidence", "");
    }
    return new Tile(
        "Tcpip events",
        String.join(", ", found),
        "4227/4231/4266: ports ran out; 4226: connects throttled",
        exhaustion ? "critical" : "",
        href);
  }

  private static Tile tile(String label, Measurement m, String note) {
    return new Tile(label, value(m) + " " + m.unit(), note, "");
  }

  private static String value(Measurement m) {
    return m.unit().equals("share") ? Formats.percent(m.value()) : Formats.number(m.value());
  }
}
