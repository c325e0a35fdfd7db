package io.portex.report.chart;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.regex.Pattern;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a chart into an inline {@code <svg>} element: sized by a {@code viewBox} so it scales with
 * the page, with ids derived from a fixed prefix (JFreeSVG's default prefix holds a clock value), a
 * font list that reaches CJK and other scripts, rounded numbers, a {@code <title>} tooltip over
 * every item its renderer gave a tooltip (no script needed), and nothing that points outside the
 * document.
 */
final class SvgRenderer {

  private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

  /**
   * The fonts text is drawn in, first found wins: Latin fonts first, then fonts with CJK glyphs on
   * Linux, macOS and Windows, then the browser's sans-serif (which falls back per glyph too).
   */
  static final String FONT_FAMILIES =
      "DejaVu Sans, Helvetica, Arial, Noto Sans CJK SC, WenQuanYi Micro Hei, PingFang SC,"
          + " Microsoft YaHei, Yu Gothic, Malgun Gothic, sans-serif";

  /** A tooltip's hover area is at least this wide and high, centred on its item. */
  private static final double MIN_HOVER = 10;

  /** JFreeSVG declares its own namespace, unused unless its element hints are set. */
  private static final Pattern JFREESVG_NAMESPACE =
      Pattern.compile("\\s+xmlns:jfreesvg=(['\"])[^'\"]*\\1");

  static {
    // JFreeChart draws rotated text (the vertical axis labels) as glyph outlines unless told the
    // old JDK rotation bugs are gone: text stays text, small, selectable and readable by tools.
    // This is a JVM-wide JFreeChart setting, harmless on every JDK portex supports.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private SvgRenderer() {}

  /**
   * Renders the chart {@link ChartStyle#WIDTH} wide.
   *
   * @param id the element id, also the prefix of every id inside it (unique in the report)
   * @param description what the chart shows, for screen readers
   */
  static String render(JFreeChart chart, int height, String id, String description) {
    int width = ChartStyle.WIDTH;
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(id + "-");
    g2.setFontFunction(family -> FONT_FAMILIES);
    g2.setGeomDoubleConverter(SvgNumbers::geometry);
    g2.setTransformDoubleConverter(SvgNumbers::transform);
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(g2, new Rectangle(width, height), info);
    String svg = g2.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
    g2.dispose();
    return withTooltips(tidy(svg, description), info);
  }

  /**
   * Lays a transparent area with a {@code <title>} over every item that has a tooltip: browsers
   * show the title on hover (and on a long press on phones).
   */
  static String withTooltips(String svg, ChartRenderingInfo info) {
    StringBuilder tips = new StringBuilder();
    for (Object object : info.getEntityCollection().getEntities()) {
      ChartEntity entity = (ChartEntity) object;
      String text = entity.getToolTipText();
      if (text == null || text.isEmpty()) {
        continue;
      }
      Rectangle2D box = entity.getArea().getBounds2D();
      double w = Math.max(MIN_HOVER, box.getWidth());
      double h = Math.max(MIN_HOVER, box.getHeight());
      tips.append("<rect x='")
          .append(SvgNumbers.geometry(box.getCenterX() - w / 2))
          .append("' y='")
          .append(SvgNumbers.geometry(box.getCenterY() - h / 2))
          .append("' width='")
          .append(SvgNumbers.geometry(w))
          .append("' height='")
          .append(SvgNumbers.geometry(h))
          .append("'><title>")
          .append(escape(text))
          .append("</title></rect>");
    }
    if (tips.length() == 0) {
      return svg;
    }
    int end = svg.lastIndexOf("</svg>");
    return svg.substring(0, end)
        + "<g fill='#ffffff' fill-opacity='0'>"
        + tips
        + "</g>"
        + svg.substring(end);
  }

  /** Drops the unused JFreeSVG namespace and labels the element for assistive technology. */
  static String tidy(String svg, String description) {
    int rootEnd = svg.indexOf('>');
    if (!svg.startsWith("<svg") || rootEnd < 0 || !svg.contains(SVG_NAMESPACE)) {
      throw new IllegalStateException("not an SVG element");
    }
    String root = svg.substring(0, rootEnd);
    String body = svg.substring(rootEnd);
    if (!body.contains("jfreesvg:")) {
      root = JFREESVG_NAMESPACE.matcher(root).replaceFirst("");
    }
    String label = " role='img' aria-label='" + escape(description) + "'";
    return "<svg" + label + root.substring("<svg".length()) + body;
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '\'' -> escaped.append("&apos;");
        case '"' -> escaped.append("&quot;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
