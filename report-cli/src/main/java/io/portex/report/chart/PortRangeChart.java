package io.portex.report.chart;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.IpFamily;
import io.portex.core.model.Protocol;
import io.portex.core.model.Snapshot;
import io.portex.core.model.fact.ExcludedPortRange;
import io.portex.core.timeline.SnapshotUsage;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Where in the dynamic range the ports in use sit at the peak snapshot: the range cut into about
 * {@value #BUCKETS} equal buckets, the ports in use per bucket as bars against a line where a
 * bucket is full, and the excluded ranges (TCP, IPv4, inside the range) shaded and, where there is
 * room, labelled.
 */
final class PortRangeChart {

  static final String ID = "portrange";
  static final int HEIGHT = 300;
  static final int BUCKETS = 64;

  /**
   * Labels of excluded ranges closer than this share of the range to the last label are left out.
   */
  private static final double LABEL_SPACING = 0.14;

  private PortRangeChart() {}

  static Optional<Chart> render(ChartedHost host) {
    return host.timeline()
        .peak()
        .fromSnapshots()
        .map(SnapshotUsage::snapshot)
        .map(
            peak ->
                new Chart(
                    ID,
                    "Ports in use across the dynamic range",
                    caption(host.capacity(), peak, excluded(host)),
                    SvgRenderer.render(
                        chart(host, peak),
                        HEIGHT,
                        host.elementId(ID),
                        "Ephemeral ports in use across the dynamic port range at the peak"
                            + " snapshot")));
  }

  private static String caption(EphemeralCapacity capacity, Snapshot peak, List<int[]> excluded) {
    int size = bucketSize(capacity);
    return "Each bar counts the ports in use in one slice of "
        + size
        + " ports of the dynamic range "
        + capacity.start()
        + "-"
        + capacity.end()
        + " at the peak snapshot; the dashed line is a full slice ("
        + size
        + " of "
        + size
        + "). Windows hands out ephemeral ports across the whole range, so bars of even height"
        + " mean ordinary use and bars at the line mean the range is running out"
        + (excluded.isEmpty()
            ? "."
            : "; shaded ranges are excluded (reserved) and never handed out.");
  }

  /** Ports per bucket: the range divided into {@link #BUCKETS}, rounded up. */
  static int bucketSize(EphemeralCapacity capacity) {
    return (capacity.count() + BUCKETS - 1) / BUCKETS;
  }

  /** The excluded TCP IPv4 ranges clipped to the dynamic range, sorted, overlapping ones merged. */
  static List<int[]> excluded(ChartedHost host) {
    EphemeralCapacity capacity = host.capacity();
    List<int[]> clipped =
        host.timeline().facts(ExcludedPortRange.class).stream()
            .filter(r -> r.protocol() == Protocol.TCP && r.family() == IpFamily.IPV4)
            .filter(r -> r.end() >= capacity.start() && r.start() <= capacity.end())
            .map(
                r ->
                    new int[] {
                      Math.max(r.start(), capacity.start()), Math.min(r.end(), capacity.end())
                    })
            .sorted(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> r[1]))
            .toList();
    List<int[]> merged = new ArrayList<>();
    for (int[] range : clipped) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && range[0] <= last[1] + 1) {
        last[1] = Math.max(last[1], range[1]);
      } else {
        merged.add(range.clone());
      }
    }
    return merged;
  }

  private static JFreeChart chart(ChartedHost host, Snapshot peak) {
    EphemeralCapacity capacity = host.capacity();
    int size = bucketSize(capacity);
    XYIntervalSeries inUse = new XYIntervalSeries("ports in use");
    for (int low = capacity.start(); low <= capacity.end(); low += size) {
      int high = Math.min(capacity.end(), low + size - 1);
      int count = peak.localTcpPorts().countInRange(low, high);
      inUse.add(low, low, high + 1.0, count, count, count);
    }
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    dataset.addSeries(inUse);
    XYBarRenderer renderer = new XYBarRenderer(0.1);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setSeriesPaint(0, StateColors.color(StateColors.IN_USE));
    renderer.setDefaultToolTipGenerator(
        (data, series, item) -> {
          int low = (int) data.getXValue(series, item);
          int high = Math.min(capacity.end(), low + size - 1);
          return "ports "
              + low
              + "-"
              + high
              + ": "
              + ChartStyle.count(Math.round(data.getYValue(series, item)))
              + " in use of "
              + (high - low + 1);
        });
    NumberAxis ports =
        ChartStyle.portAxis(
            "local port (dynamic range " + capacity.start() + "-" + capacity.end() + ")");
    ports.setRange(capacity.start(), capacity.end() + 1.0);
    NumberAxis counts = ChartStyle.countAxis("ports in use per slice");
    counts.setRange(0, size * 1.3);
    XYPlot plot = new XYPlot(dataset, ports, counts, renderer);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    List<int[]> excluded = excluded(host);
    addExcluded(plot, excluded, capacity);
    Color grey = StateColors.color(StateColors.EIGHTY_PERCENT);
    ValueMarker full = LinePlot.reference(size, grey, ChartStyle.dashed(1.25f), "full: " + size);
    // just above the line at the left, under the excluded ranges' labels at the top
    full.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    full.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    plot.addRangeMarker(full, Layer.FOREGROUND);
    plot.setFixedLegendItems(legend(host, peak, excluded));
    return ChartStyle.chart(plot, true);
  }

  private static void addExcluded(XYPlot plot, List<int[]> excluded, EphemeralCapacity capacity) {
    double spacing = LABEL_SPACING * capacity.count();
    double lastLabel = Double.NEGATIVE_INFINITY;
    for (int[] range : excluded) {
      IntervalMarker marker = new IntervalMarker(range[0], range[1] + 1.0);
      marker.setPaint(StateColors.color(StateColors.EXCLUDED, 0.55));
      if (range[0] - lastLabel >= spacing) {
        marker.setLabel("excluded " + range[0] + "-" + range[1]);
        marker.setLabelFont(ChartStyle.SMALL_FONT);
        marker.setLabelPaint(ChartStyle.TEXT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        marker.setLabelOffset(new RectangleInsets(2, 2, 2, 2));
        lastLabel = range[0];
      }
      plot.addDomainMarker(marker, Layer.BACKGROUND);
    }
  }

  private static LegendItemCollection legend(
      ChartedHost host, Snapshot peak, List<int[]> excluded) {
    LegendItemCollection items = new LegendItemCollection();
    EphemeralCapacity capacity = host.capacity();
    items.add(
        box(
            "in use at the peak: "
                + ChartStyle.count(capacity.inUse(peak))
                + " of "
                + ChartStyle.count(capacity.effective()),
            StateColors.color(StateColors.IN_USE)));
    if (!excluded.isEmpty()) {
      long ports = excluded.stream().mapToLong(r -> r[1] - r[0] + 1L).sum();
      items.add(
          box(
              "excluded: " + ChartStyle.count(ports) + " ports in " + excluded.size() + " ranges",
              StateColors.color(StateColors.EXCLUDED, 0.55)));
    }
    return items;
  }

  private static LegendItem box(String label, Color color) {
    return new LegendItem(label, null, null, null, new Rectangle2D.Double(-6, -6, 12, 12), color);
  }
}
