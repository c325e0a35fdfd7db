package io.portex.report.chart;

import java.util.Objects;

/**
 * One chart of a host's report: an inline {@code <svg>} element with what a reader needs around it.
 *
 * @param id stable within one host's charts (a lowercase word, usable in an HTML anchor)
 * @param title the heading shown above the chart
 * @param caption one or two sentences saying what the chart shows and how to read it; may be empty
 * @param svg the chart itself, a self-contained {@code <svg>} element
 */
public record Chart(String id, String title, String caption, String svg) {

  public Chart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(svg, "svg");
  }
}
