package io.portex.report.chart;

import io.portex.core.Analysis;
import io.portex.core.HostAnalysis;
import io.portex.core.classify.Conclusion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The charts of the HTML report, each an inline {@code <svg>} element: self-contained (no fonts,
 * images, styles or scripts from elsewhere; tooltips are {@code <title>} elements), scaled by its
 * {@code viewBox} from a phone-sized canvas, colored by {@link StateColors}, and byte for byte the
 * same for the same analysis (fixed ids, US-English numbers, times in the analysis zone, never the
 * machine's locale or zone).
 *
 * <p>Long captures are thinned to at most {@value PeakThinning#MAX_POINTS} points per line, keeping
 * the highest point of each run of consecutive points so that peaks are never lost.
 *
 * <p>Drawing needs Java2D but no display: the first use sets {@code java.awt.headless=true} unless
 * the property was set already. Text is measured with the fonts of the machine, so the layout can
 * differ by a fraction of a pixel between machines with different fonts.
 */
public final class Charts {

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** Every chart a host can have, in the order shown when its verdict puts none first. */
  private enum Kind {
    TIMELINE(TimelineChart::render),
    STATES_OVER_TIME(StateMultiplesChart::render),
    PROJECTION(ProjectionChart::render),
    GAUGE(GaugeChart::render),
    EVENTS(EventsChart::render),
    STATES(StatesChart::render),
    DESTINATIONS(HoldersChart::destinations),
    DESTINATIONS_OVER_TIME(HoldersChart::destinationsOverTime),
    PROCESSES(HoldersChart::processes),
    PROCESSES_OVER_TIME(HoldersChart::processesOverTime),
    RATE(RateChart::render),
    SERIES(SeriesChart::render),
    CAPTURE(CaptureChart::render),
    PORT_RANGE(PortRangeChart::render);

    private final Function<ChartedHost, Optional<Chart>> draw;

    Kind(Function<ChartedHost, Optional<Chart>> draw) {
      this.draw = draw;
    }
  }

  /** The charts about usage itself, always first. */
  private static final List<Kind> USAGE =
      List.of(Kind.TIMELINE, Kind.PROJECTION, Kind.GAUGE, Kind.EVENTS);

  /** The charts each verdict needs right after the usage charts: what its evidence is about. */
  private static final Map<Conclusion, List<Kind>> LEADS =
      Map.of(
          Conclusion.TIME_WAIT_ACCUMULATION,
          List.of(
              Kind.RATE, Kind.SERIES, Kind.CAPTURE, Kind.DESTINATIONS, Kind.DESTINATIONS_OVER_TIME),
          Conclusion.CLOSE_WAIT_LEAK,
          List.of(Kind.PROCESSES, Kind.PROCESSES_OVER_TIME),
          Conclusion.HIGH_CONNECTION_COUNT,
          List.of(Kind.PROCESSES, Kind.DESTINATIONS),
          Conclusion.BOUND_PORT_LEAK,
          List.of(Kind.PROCESSES, Kind.STATES),
          Conclusion.SMALL_PORT_RANGE,
          List.of(Kind.PORT_RANGE),
          Conclusion.SINGLE_DESTINATION_SATURATION,
          List.of(Kind.DESTINATIONS, Kind.DESTINATIONS_OVER_TIME));

  private Charts() {}

  /**
   * The charts of one host's part of the report, each from that host's own timeline (snapshots,
   * series, events, capacity), in the order its verdict needs them: usage over time (or a gauge for
   * a single point in time) and its projection first, then what the verdict is about (the processes
   * of a CLOSE_WAIT leak, the destinations of a saturated destination, the rate of a TIME_WAIT
   * accumulation, ...), then the rest. Element ids are unique across the hosts of the analysis.
   *
   * @param host one of {@code analysis.hosts()}
   */
  public static List<Chart> of(Analysis analysis, HostAnalysis host) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(host, "host");
    int index = analysis.hosts().indexOf(host);
    if (index < 0) {
      throw new IllegalArgumentException("not a host of the analysis: " + host.label());
    }
    ChartedHost charted = new ChartedHost(host, analysis.zone(), "portex-" + (index + 1) + "-");
    Set<Kind> order = new LinkedHashSet<>(USAGE);
    order.addAll(LEADS.getOrDefault(host.verdict().primary(), List.of()));
    order.addAll(List.of(Kind.values()));
    List<Chart> charts = new ArrayList<>();
    for (Kind kind : order) {
      kind.draw.apply(charted).ifPresent(charts::add);
    }
    return charts;
  }
}
