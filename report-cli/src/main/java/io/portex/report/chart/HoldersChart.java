package io.portex.report.chart;

import io.portex.core.model.Snapshot;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The top destinations or processes of a host: at its peak snapshot as bars split by state, and,
 * when there are at least {@value #SNAPSHOTS_OVER_TIME} timed snapshots, the sockets of the top
 * {@value Holders#TOP_OVER_TIME} over time as lines.
 */
final class HoldersChart {

  /** Timed snapshots from which the top holders are followed over time. */
  static final int SNAPSHOTS_OVER_TIME = 3;

  private static final int BAR_HEIGHT = 30;
  private static final int FRAME_HEIGHT = 110;
  private static final int TIME_HEIGHT = 320;

  private HoldersChart() {}

  /** The top destinations at the peak snapshot. */
  static Optional<Chart> destinations(ChartedHost host) {
    return peak(host).flatMap(p -> bars(host, "destinations", Holders.destinations(p), p));
  }

  /** The top processes at the peak snapshot; none when no input named the owning processes. */
  static Optional<Chart> processes(ChartedHost host) {
    return peak(host)
        .filter(HoldersChart::attributed)
        .flatMap(p -> bars(host, "processes", Holders.processes(p), p));
  }

  /** The top destinations at the peak, followed over the timed snapshots. */
  static Optional<Chart> destinationsOverTime(ChartedHost host) {
    return peak(host).flatMap(p -> overTime(host, "destinations-time", Holders.destinations(p)));
  }

  /** The top processes at the peak, followed over the timed snapshots. */
  static Optional<Chart> processesOverTime(ChartedHost host) {
    return peak(host)
        .filter(HoldersChart::attributed)
        .flatMap(p -> overTime(host, "processes-time", Holders.processes(p)));
  }

  private static Optional<Snapshot> peak(ChartedHost host) {
    return host.timeline().peak().fromSnapshots().map(SnapshotUsage::snapshot);
  }

  /** True when the snapshot knows which process owns its sockets (netstat -o, Get-NetTCP...). */
  private static boolean attributed(Snapshot snapshot) {
    return snapshot.processes().stream().anyMatch(p -> p.pid() >= 0);
  }

  private static Optional<Chart> bars(ChartedHost host, String id, Holders holders, Snapshot peak) {
    if (holders.ranked().isEmpty()) {
      return Optional.empty();
    }
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<Integer> parts = new ArrayList<>();
    for (int part = 0; part < Holders.PARTS.size(); part++) {
      final int index = part;
      if (holders.ranked().stream().anyMatch(h -> h.parts()[index] > 0)) {
        parts.add(part);
      }
    }
    for (int part : parts) {
      for (Holders.Holder holder : holders.ranked()) {
        dataset.addValue(holder.parts()[part], partLabel(part), holder.label());
      }
    }
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(0.8);
    LegendItemCollection legend = new LegendItemCollection();
    for (int row = 0; row < parts.size(); row++) {
      Color color = StateColors.color(Holders.PARTS.get(parts.get(row)));
      renderer.setSeriesPaint(row, color);
      legend.add(LinePlot.item(partLabel(parts.get(row)), color, null, null, color));
    }
    renderer.setDefaultToolTipGenerator(
        (data, row, column) -> {
          Holders.Holder holder = holders.ranked().get(column);
          int value = holder.parts()[parts.get(row)];
          return value == 0
              ? null
              : holder.label()
                  + ": "
                  + ChartStyle.count(value)
                  + " "
                  + partLabel(parts.get(row))
                  + " of "
                  + ChartStyle.count(holder.total());
        });
    CategoryAxis names = new CategoryAxis(null);
    ChartStyle.axis(names);
    names.setCategoryMargin(0.2);
    names.setMaximumCategoryLabelWidthRatio(0.45f);
    names.setMaximumCategoryLabelLines(2);
    NumberAxis counts =
        ChartStyle.countAxis(
            "processes".equals(id) ? "TCP sockets at the peak" : "connections at the peak");
    counts.setUpperMargin(0.08);
    CategoryPlot plot = new CategoryPlot(dataset, names, counts, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setDomainGridlinesVisible(false);
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartStyle.chart(plot, true);
    int height = FRAME_HEIGHT + BAR_HEIGHT * holders.ranked().size();
    String svg =
        SvgRenderer.render(
            chart,
            height,
            host.elementId(id),
            "Top " + holders.kind() + " at the peak snapshot, sockets per state");
    return Optional.of(
        new Chart(
            id, "Top " + holders.kind() + " at the peak", barsCaption(host, holders, peak), svg));
  }

  private static String barsCaption(ChartedHost host, Holders holders, Snapshot peak) {
    String when =
        peak.time() == null
            ? "the snapshot with most ephemeral ports in use"
            : "the peak snapshot (" + ChartStyle.minute(peak.time(), host.zone()) + ")";
    String measure = "processes".equals(holders.kind()) ? "TCP sockets" : "connections";
    StringBuilder text = new StringBuilder("The ").append(measure);
    if (holders.ranked().size() == holders.all()) {
      text.append(" of each of the ").append(holders.all()).append(" ").append(holders.kind());
    } else {
      text.append(" of the ")
          .append(holders.ranked().size())
          .append(" ")
          .append(holders.kind())
          .append(" with most of them (of ")
          .append(ChartStyle.count(holders.all()))
          .append(")");
    }
    text.append(" in ").append(when).append(", by state.");
    holders.notes().forEach(note -> text.append(' ').append(note));
    return text.toString();
  }

  private static Optional<Chart> overTime(ChartedHost host, String id, Holders holders) {
    Timeline timeline = host.timeline();
    List<SnapshotUsage> timed = timeline.timed();
    if (timed.size() < SNAPSHOTS_OVER_TIME || holders.ranked().isEmpty()) {
      return Optional.empty();
    }
    long[] times = new long[timed.size()];
    for (int i = 0; i < timed.size(); i++) {
      times[i] = timed.get(i).snapshot().time().toEpochMilli();
    }
    List<PlotLine> lines = new ArrayList<>();
    List<Holders.Holder> followed =
        holders.ranked().subList(0, Math.min(Holders.TOP_OVER_TIME, holders.ranked().size()));
    for (int rank = 0; rank < followed.size(); rank++) {
      Holders.Holder holder = followed.get(rank);
      ToDoubleFunction<Snapshot> value = holders.valueIn().apply(holder);
      double[] values = new double[timed.size()];
      for (int i = 0; i < timed.size(); i++) {
        values[i] = value.applyAsDouble(timed.get(i).snapshot());
      }
      lines.add(
          PlotLine.thinned(
              StateColors.ranked(rank), holder.label(), times, values, ChartStyle.line(2f)));
    }
    boolean processes = "processes-time".equals(id);
    NumberAxis axis = ChartStyle.countAxis(processes ? "TCP sockets" : "connections");
    XYPlot plot = LinePlot.of(lines, host.zone(), axis, PointTips::count);
    JFreeChart chart = ChartStyle.chart(plot, true);
    String kind = holders.kind();
    String svg =
        SvgRenderer.render(
            chart, TIME_HEIGHT, host.elementId(id), "The top " + kind + " over time");
    return Optional.of(
        new Chart(
            id,
            "Top " + kind + " over time",
            "The "
                + followed.size()
                + " "
                + kind
                + " with most "
                + (processes ? "TCP sockets" : "connections")
                + " at the peak, in each of the "
                + timed.size()
                + " timed snapshots"
                + (processes
                    ? "."
                    : "; a gap is a snapshot whose list of its largest destinations left it out."),
            svg));
  }

  private static String partLabel(int part) {
    String key = Holders.PARTS.get(part);
    return StateColors.OTHER.equals(key) ? "other states" : key;
  }
}
