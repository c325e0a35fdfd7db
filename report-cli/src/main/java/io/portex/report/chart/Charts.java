package io.portex.report.chart;

import io.portex.core.Analysis;
import io.portex.core.HostAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The charts of the HTML report, each an inline {@code <svg>} element: self-contained (no fonts,
 * images or styles from elsewhere), scaled by its {@code viewBox}, colored by {@link StateColors},
 * and byte for byte the same for the same analysis (fixed ids, US-English numbers, times in the
 * analysis zone, never the machine's locale or zone). Titles are left to the HTML.
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

  private Charts() {}

  /**
   * The charts of one host's part of the report, in the order they are shown, each with its title
   * and caption. Today only the worst host (the one {@link Analysis} answers for) is drawn; another
   * host gets none.
   */
  public static List<Chart> of(Analysis analysis, HostAnalysis host) {
    Objects.requireNonNull(analysis, "analysis");
    List<Chart> charts = new ArrayList<>();
    if (host != analysis.worst()) {
      return charts;
    }
    timeline(analysis).ifPresent(svg -> charts.add(new Chart("timeline", "Timeline", "", svg)));
    capture(analysis)
        .ifPresent(
            svg ->
                charts.add(
                    new Chart(
                        "capture",
                        "Measured by the packet capture",
                        "Connection attempts per second (solid) and failed attempts per second"
                            + " (dashed: refused or unanswered) per destination.",
                        svg)));
    states(analysis)
        .ifPresent(svg -> charts.add(new Chart("states", "TCP states at the peak", "", svg)));
    portRange(analysis)
        .ifPresent(
            svg ->
                charts.add(
                    new Chart("portrange", "Ports in use across the dynamic range", "", svg)));
    return charts;
  }

  /**
   * Sockets per state over time (TIME_WAIT, ESTABLISHED, CLOSE_WAIT, the other states summed), the
   * ephemeral ports in use, the effective capacity and 80 % of it, and the Tcpip exhaustion events
   * (a mark per event while there are at most 200, else the interval from first to last per id).
   * Only timed snapshots are drawn; without any, the TIME_WAIT series are.
   *
   * @return the chart, or empty when nothing timed can be drawn
   */
  public static Optional<String> timeline(Analysis analysis) {
    return TimelineChart.render(Objects.requireNonNull(analysis, "analysis"));
  }

  /**
   * The TCP states at the peak snapshot, one bar per state with sockets.
   *
   * @return the chart, or empty when there is no snapshot
   */
  public static Optional<String> states(Analysis analysis) {
    return StatesChart.render(Objects.requireNonNull(analysis, "analysis"));
  }

  /**
   * Ports in use across the dynamic range at the peak snapshot, in about 64 buckets, with the
   * excluded ranges shaded.
   *
   * @return the chart, or empty when there is no snapshot
   */
  public static Optional<String> portRange(Analysis analysis) {
    return PortRangeChart.render(Objects.requireNonNull(analysis, "analysis"));
  }

  /**
   * Connection attempts and failed attempts per second per destination, as the host's packet
   * capture measured them (the destinations with most attempts).
   *
   * @return the chart, or empty without a capture that kept rates per destination
   */
  public static Optional<String> capture(Analysis analysis) {
    return CaptureChart.render(Objects.requireNonNull(analysis, "analysis"));
  }
}
