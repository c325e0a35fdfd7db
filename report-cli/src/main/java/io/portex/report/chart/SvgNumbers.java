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
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    if (rounded.signum() == 0) {
      return "0";
    }
    return rounded.toPlainString();
  }
}
