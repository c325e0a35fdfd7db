package io.portex.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThresholdsTest {

  @Test
  void defaultsAreThoseOfTheSpec() {
    assertThat(Thresholds.DEFAULT.get(Thresholds.TIME_WAIT_MIN)).isEqualTo(5000);
    assertThat(Thresholds.DEFAULT.get(Thresholds.CLOSE_WAIT_MIN)).isEqualTo(1000);
    assertThat(Thresholds.DEFAULT.get(Thresholds.ESTABLISHED_MIN)).isEqualTo(10000);
    assertThat(Thresholds.DEFAULT.get(Thresholds.EXHAUSTED_SHARE)).isEqualTo(0.9);
  }

  @Test
  void overridesAreCheckedAndLeaveTheDefaultsAlone() {
    Thresholds changed = Thresholds.DEFAULT.with("TimeWaitMin", 3000);

    assertThat(changed.get(Thresholds.TIME_WAIT_MIN)).isEqualTo(3000);
    assertThat(Thresholds.DEFAULT.get(Thresholds.TIME_WAIT_MIN)).isEqualTo(5000);
    assertThatThrownBy(() -> Thresholds.DEFAULT.with("nope", 1))
        .hasMessageContaining("no threshold 'nope'");
    assertThatThrownBy(() -> Thresholds.DEFAULT.with("exhaustedShare", 1.5))
        .hasMessageContaining("0 to 1");
  }
}
