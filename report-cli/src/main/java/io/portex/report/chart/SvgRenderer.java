package io.portex.report.chart;

import java.awt.Rectangle;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a chart into an inline {@code <svg>} element: sized by a {@code viewBox} so it scales with
 * the page, with ids derived from a fixed prefix (JFreeSVG's default prefix holds a clock value),
 * generic font families, rounded numbers, and nothing that points outside the document.
 */
final class SvgRenderer {

  private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

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
   * Renders the chart.
   *
   * @param id the element id, also the prefix of every id inside it (unique in the report)
   * @param description what the chart shows, for screen readers
   */
  static String render(JFreeChart chart, int width, int height, String id, String description) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(id + "-");
    g2.setFontFunction(family -> "sans-serif");
    g2.setGeomDoubleConverter(SvgNumbers::geometry);
    g2.setTransformDoubleConverter(SvgNumbers::transform);
    chart.draw(g2, new Rectangle(width, height));
    String svg = g2.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
    g2.dispose();
    return tidy(svg, description);
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

  private static String escape(String text) {
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
