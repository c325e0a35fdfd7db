package io.portex.report.chart;

import io.portex.core.Analysis;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
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

  static final int WIDTH = 900;
  static final int HEIGHT = 260;
  static final String ID = "portex-states";

  private static final String ROW = "sockets";

  private StatesChart() {}

  static Optional<String> render(Analysis analysis) {
    return analysis
        .peak()
        .map(
            peak ->
                SvgRenderer.render(
                    ChartStyle.chart(plot(peak, analysis.zone()), false),
                    WIDTH,
                    HEIGHT,
                    ID,
                    "TCP sockets per state at the peak snapshot"));
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
                ? "TCP sockets at the peak snapshot"
                : "TCP sockets at the peak, " + ChartStyle.minute(peak.time(), zone));
    counts.setUpperMargin(0.12);
    CategoryPlot plot = new CategoryPlot(dataset, categories, counts, new StateBarRenderer(states));
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
      setMaximumBarWidth(0.12);
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
