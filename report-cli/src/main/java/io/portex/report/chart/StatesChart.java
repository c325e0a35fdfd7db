package io.portex.report.chart;

import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import io.portex.core.timeline.SnapshotUsage;
import java.awt.Paint;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The TCP states at the peak snapshot (most ephemeral ports in use): one horizontal bar per state
 * that has sockets, most first, each in its state's color and labelled with its count.
 */
final class StatesChart {

  static final String ID = "states";
  private static final int FRAME_HEIGHT = 90;
  private static final int BAR_HEIGHT = 28;

  private static final String ROW = "sockets";

  private StatesChart() {}

  static Optional<Chart> render(ChartedHost host) {
    return host.timeline()
        .peak()
        .fromSnapshots()
        .map(SnapshotUsage::snapshot)
        .filter(peak -> peak.tcpSockets() > 0)
        .map(peak -> chart(host, peak));
  }

  private static Chart chart(ChartedHost host, Snapshot peak) {
    String svg =
        SvgRenderer.render(
            ChartStyle.chart(plot(peak, host.zone()), false),
            FRAME_HEIGHT + BAR_HEIGHT * shown(peak).size(),
            host.elementId(ID),
            "TCP sockets per state at the peak snapshot");
    String caption =
        "All "
            + ChartStyle.count(peak.tcpSockets())
            + " TCP sockets of the peak snapshot by state, inbound ones and listeners included;"
            + " only the ephemeral ports among them count against the capacity.";
    return new Chart(ID, "TCP states at the peak", caption, svg);
  }

  /** The states with sockets, most first (in the order of {@link TcpState} among equals). */
  static List<TcpState> shown(Snapshot peak) {
    return peak.states().entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(
            Comparator.comparing(
                    (Map.Entry<TcpState, Integer> e) -> e.getValue(), Comparator.reverseOrder())
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static CategoryPlot plot(Snapshot peak, ZoneId zone) {
    List<TcpState> states = shown(peak);
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (TcpState state : states) {
      dataset.addValue(peak.count(state), ROW, state.name());
    }
    CategoryAxis categories = new CategoryAxis(null);
    ChartStyle.axis(categories);
    categories.setCategoryMargin(0.25);
    NumberAxis counts =
        ChartStyle.countAxis(
            peak.time() == null
                ? "TCP sockets at the peak"
                : "TCP sockets, " + ChartStyle.minute(peak.time(), zone));
    counts.setUpperMargin(0.2);
    StateBarRenderer renderer = new StateBarRenderer(states);
    int total = peak.tcpSockets();
    renderer.setDefaultToolTipGenerator(
        (data, row, column) -> {
          int count = peak.count(states.get(column));
          return states.get(column).name()
              + ": "
              + ChartStyle.count(count)
              + " of "
              + ChartStyle.count(total)
              + " TCP sockets ("
              + ChartStyle.percent((double) count / total)
              + ")";
        });
    CategoryPlot plot = new CategoryPlot(dataset, categories, counts, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setDomainGridlinesVisible(false);
    return plot;
  }

  /** Bars in the color of their state, flat, labelled with the count. */
  private static final class StateBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;

    private final transient List<TcpState> states;

    StateBarRenderer(List<TcpState> states) {
      this.states = List.copyOf(states);
      setBarPainter(new StandardBarPainter());
      setShadowVisible(false);
      setDrawBarOutline(false);
      setMaximumBarWidth(0.8);
      setDefaultItemLabelGenerator(
          new StandardCategoryItemLabelGenerator(
              "{2}", NumberFormat.getIntegerInstance(ChartStyle.LOCALE)));
      setDefaultItemLabelsVisible(true);
      setDefaultItemLabelFont(ChartStyle.TICK_FONT);
      setDefaultItemLabelPaint(ChartStyle.TEXT);
      setDefaultPositiveItemLabelPosition(
          new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
      setItemLabelInsets(new RectangleInsets(4, 4, 4, 4));
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return StateColors.color(states.get(column).name());
    }
  }
}
