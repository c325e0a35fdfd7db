package io.portex.report.chart;

import io.portex.core.model.TcpState;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Used and free ephemeral ports at the peak snapshot as one bar across the capacity, with 80 % of
 * it marked: what a ticket with a single point in time (fewer than two timed snapshots) shows
 * instead of a timeline that would be one dot. Not drawn without a known capacity.
 */
final class GaugeChart {

  static final String ID = "gauge";
  static final int HEIGHT = 150;

  private static final String USED = "in use";
  private static final String FREE = "free";
  private static final String BAR = "ports";

  private GaugeChart() {}

  static Optional<Chart> render(ChartedHost host) {
    Timeline timeline = host.timeline();
    int capacity = host.capacity().effective();
    Optional<SnapshotUsage> peak = timeline.peak().fromSnapshots();
    if (timeline.timed().size() >= 2 || capacity <= 0 || peak.isEmpty()) {
      return Optional.empty();
    }
    SnapshotUsage usage = peak.get();
    int used = Math.min(usage.inUse(), capacity);
    int free = capacity - used;
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    dataset.addValue(used, USED, BAR);
    dataset.addValue(free, FREE, BAR);
    Color usedColor = StateColors.color(StateColors.IN_USE);
    Color freeColor = StateColors.color(StateColors.FREE);
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(0.6);
    renderer.setSeriesPaint(0, usedColor);
    renderer.setSeriesPaint(1, freeColor);
    renderer.setDefaultToolTipGenerator(
        (data, row, column) ->
            (row == 0 ? "in use: " + ChartStyle.count(used) : "free: " + ChartStyle.count(free))
                + " of "
                + ChartStyle.count(capacity)
                + " ("
                + ChartStyle.percent((row == 0 ? used : free) / (double) capacity)
                + ")");
    CategoryAxis bar = new CategoryAxis(null);
    bar.setVisible(false);
    NumberAxis ports = ChartStyle.countAxis("ephemeral ports");
    ports.setRange(0, capacity);
    CategoryPlot plot = new CategoryPlot(dataset, bar, ports, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    plot.setRangeGridlinesVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.addRangeMarker(
        LinePlot.reference(
            0.8 * capacity,
            StateColors.color(StateColors.EIGHTY_PERCENT),
            ChartStyle.dashed(1.5f),
            "80 %"),
        Layer.FOREGROUND);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(LinePlot.item(usedLabel(used, capacity), usedColor, null, null, usedColor));
    legend.add(LinePlot.item("free " + ChartStyle.count(free), freeColor, null, null, freeColor));
    legend.add(
        LinePlot.lineItem(
            "80 %", StateColors.color(StateColors.EIGHTY_PERCENT), ChartStyle.dashed(1.5f)));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartStyle.chart(plot, true);
    String svg =
        SvgRenderer.render(
            chart, HEIGHT, host.elementId(ID), "Ephemeral ports in use and free at the peak");
    return Optional.of(new Chart(ID, "Ports used and free", caption(host, usage, capacity), svg));
  }

  private static String usedLabel(int used, int capacity) {
    return "in use "
        + ChartStyle.count(used)
        + " of "
        + ChartStyle.count(capacity)
        + " ("
        + ChartStyle.percent(used / (double) capacity)
        + ")";
  }

  private static String caption(ChartedHost host, SnapshotUsage usage, int capacity) {
    String when =
        usage.snapshot().time() == null
            ? "the snapshot with most ports in use (its time is unknown)"
            : "the snapshot of " + ChartStyle.minute(usage.snapshot().time(), host.zone());
    List<String> states = new ArrayList<>();
    usage.ephemeralStates().entrySet().stream()
        .filter(e -> e.getValue() > 0 && e.getKey() != TcpState.LISTENING)
        .sorted(
            Comparator.comparing(
                    (Map.Entry<TcpState, Integer> e) -> e.getValue(), Comparator.reverseOrder())
                .thenComparing(Map.Entry::getKey))
        .forEach(e -> states.add(e.getKey().name() + " " + ChartStyle.count(e.getValue())));
    return "In "
        + when
        + ", "
        + ChartStyle.count(usage.inUse())
        + " of the "
        + ChartStyle.count(capacity)
        + " ephemeral ports were in use ("
        + ChartStyle.percent(usage.inUse() / (double) capacity)
        + ")"
        + (states.isEmpty() ? "" : ", held by " + String.join(", ", states))
        + ". With a single point in time there is no trend to draw; the dashed line is 80 % of"
        + " the capacity.";
  }
}
