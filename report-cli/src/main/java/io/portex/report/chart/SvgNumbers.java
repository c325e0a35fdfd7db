package io.portex.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as written into the SVG: rounded to a fixed number of decimals, without trailing zeros,
 * the same in every locale. Rounding keeps the output small and hides the last-digit noise of font
 * metrics.
 */
final class SvgNumbers {

  /** Decimals of coordinates: a hundredth of a pixel is far below what any screen shows. */
  static final int GEOMETRY_DECIMALS = 2;

  /** Decimals of transform matrices, where rotations need more precision. */
  static final int TRANSFORM_DECIMALS = 6;

  private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
  private static final long[] POWERS_OF_TEN_LONG = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  /** How near a half a scaled value must be to be rounded from its decimal form instead. */
  private static final double NEAR_HALF = 1e-6;

  /**
   * Beyond this the binary error of the scaled value can reach {@link #NEAR_HALF}: such values take
   * the slow path (chart coordinates stay far below it).
   */
  private static final double FAST_LIMIT = 1e9;

  private SvgNumbers() {}

  static String geometry(double value) {
    return rounded(value, GEOMETRY_DECIMALS);
  }

  static String transform(double value) {
    return rounded(value, TRANSFORM_DECIMALS);
  }

  static String rounded(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return "0";
    }
    double scaled = Math.abs(value) * POWERS_OF_TEN[decimals];
    double fraction = scaled - Math.floor(scaled);
    // near a half, binary error could round the other way than the decimal the value reads as
    if (scaled >= FAST_LIMIT || Math.abs(fraction - 0.5) < NEAR_HALF) {
      return BigDecimal.valueOf(value)
          .setScale(decimals, RoundingMode.HALF_UP)
          .stripTrailingZeros()
          .toPlainString();
    }
    long units = Math.round(scaled); // half up, away from zero once the sign is put back
    if (units == 0) {
      return "0";
    }
    long unit = POWERS_OF_TEN_LONG[decimals];
    long whole = units / unit;
    long decimalsPart = units % unit;
    StringBuilder text = new StringBuilder(24);
    if (value < 0) {
      text.append('-');
    }
    text.append(whole);
    if (decimalsPart != 0) {
      int digits = decimals;
      while (decimalsPart % 10 == 0) {
        decimalsPart /= 10;
        digits--;
      }
      String shown = Long.toString(decimalsPart);
      text.append('.');
      text.append("0".repeat(digits - shown.length()));
      text.append(shown);
    }
    return text.toString();
  }
}
