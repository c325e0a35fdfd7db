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

  /** Beyond this a double no longer holds every whole number: such values take the slow path. */
  private static final double EXACT_LONG = 0x1p52;

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
    if (scaled >= EXACT_LONG) {
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
    long fraction = units % unit;
    StringBuilder text = new StringBuilder(24);
    if (value < 0) {
      text.append('-');
    }
    text.append(whole);
    if (fraction != 0) {
      int digits = decimals;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      String shown = Long.toString(fraction);
      text.append('.');
      text.append("0".repeat(digits - shown.length()));
      text.append(shown);
    }
    return text.toString();
  }
}
