package io.portex.report.chart;

import java.awt.Color;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The one color of each TCP state and chart element, in the charts and in the HTML alike, so that
 * TIME_WAIT is the same blue wherever it appears. The palette is Okabe-Ito (readable with every
 * common color-vision deficiency), plus a grey for the states without a color of their own and a
 * wine red from Paul Tol's palette for the Tcpip events.
 *
 * <p>Keys are the English netstat state names ({@code TIME_WAIT}, {@code ESTABLISHED}, {@code
 * CLOSE_WAIT}, {@code LISTENING}, {@code BOUND}), {@code other} for every other state, and the
 * chart elements {@code in use} (ephemeral ports in use), {@code capacity}, {@code 80 %}, {@code
 * events} (Tcpip exhaustion events), {@code excluded} (excluded port ranges) and {@code free} (free
 * ports).
 */
public final class StateColors {

  /** The color of every state that has none of its own. */
  static final String OTHER = "other";

  static final String IN_USE = "in use";
  static final String CAPACITY = "capacity";
  static final String EIGHTY_PERCENT = "80 %";
  static final String EVENTS = "events";
  static final String EXCLUDED = "excluded";
  static final String FREE = "free";

  /**
   * Colors of ranked items that have no color of their own (destinations, processes, sources of a
   * series), the first for the first: Okabe-Ito's, black and grey last.
   */
  private static final List<Color> RANKED =
      List.of(
          Color.decode("#0072B2"),
          Color.decode("#E69F00"),
          Color.decode("#009E73"),
          Color.decode("#CC79A7"),
          Color.decode("#56B4E9"),
          Color.decode("#D55E00"),
          Color.decode("#000000"),
          Color.decode("#999999"));

  private static final Map<String, String> COLORS = palette();

  private StateColors() {}

  private static Map<String, String> palette() {
    Map<String, String> colors = new TreeMap<>();
    colors.put("TIME_WAIT", "#0072B2");
    colors.put("ESTABLISHED", "#009E73");
    colors.put("CLOSE_WAIT", "#D55E00");
    colors.put("LISTENING", "#56B4E9");
    colors.put("BOUND", "#CC79A7");
    colors.put(OTHER, "#999999");
    colors.put(IN_USE, "#E69F00");
    colors.put(CAPACITY, "#000000");
    colors.put(EIGHTY_PERCENT, "#595959");
    colors.put(EVENTS, "#882255");
    colors.put(EXCLUDED, "#F0E442");
    colors.put(FREE, "#E3E3E3");
    return Collections.unmodifiableMap(colors);
  }

  /**
   * The color of a state or chart element as {@code #RRGGBB}; states without a color of their own
   * ({@code SYN_SENT}, {@code FIN_WAIT_2}, ...) and unknown keys get the color of {@code other}.
   */
  public static String hex(String key) {
    Objects.requireNonNull(key, "key");
    return COLORS.getOrDefault(key, COLORS.get(OTHER));
  }

  /** Every key and its color, sorted by key, for the report's CSS. */
  public static Map<String, String> all() {
    return COLORS;
  }

  static Color color(String key) {
    return Color.decode(hex(key));
  }

  /** The color of the {@code rank}-th ranked item (0 first); ranks past the palette repeat it. */
  static Color ranked(int rank) {
    return RANKED.get(rank % RANKED.size());
  }

  /** The color of a key with an alpha (0–1), for shading. */
  static Color color(String key, double alpha) {
    Color color = color(key);
    return new Color(
        color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(alpha * 255));
  }
}
