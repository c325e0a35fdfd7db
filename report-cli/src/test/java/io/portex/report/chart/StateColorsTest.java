package io.portex.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateColorsTest {

  @Test
  void everyStateOfItsOwnAndEveryChartElementHasAColor() {
    assertThat(StateColors.all())
        .containsKeys(
            "TIME_WAIT",
            "ESTABLISHED",
            "CLOSE_WAIT",
            "LISTENING",
            "BOUND",
            "other",
            "in use",
            "capacity",
            "80 %",
            "events",
            "excluded");
    assertThat(StateColors.hex("TIME_WAIT")).isEqualTo("#0072B2");
  }

  @Test
  void colorsAreDistinctSixDigitHex() {
    assertThat(StateColors.all().values()).allMatch(hex -> hex.matches("#[0-9A-F]{6}"));
    assertThat(new HashSet<>(StateColors.all().values())).hasSameSizeAs(StateColors.all().values());
  }

  @Test
  void statesWithoutAColorOfTheirOwnAreOther() {
    assertThat(StateColors.hex("SYN_SENT")).isEqualTo(StateColors.hex("other"));
    assertThat(StateColors.hex("FIN_WAIT_2")).isEqualTo(StateColors.hex("other"));
    assertThatNullPointerException().isThrownBy(() -> StateColors.hex(null));
  }

  @Test
  void allIsSortedAndReadOnly() {
    List<String> keys = List.copyOf(StateColors.all().keySet());
    assertThat(keys).isSorted();
    assertThat(StateColors.all()).isUnmodifiable();
  }

  @Test
  void shadesKeepTheColorAndSetTheAlpha() {
    assertThat(StateColors.color("events", 0.5).getAlpha()).isEqualTo(128);
    assertThat(StateColors.color("events", 0.5).getRGB() & 0xFFFFFF)
        .isEqualTo(Integer.parseInt(StateColors.hex("events").substring(1), 16));
  }
}
