package io.portex.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portex.core.classify.Thresholds;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** An analyzer's settings in words: what tools that keep results compare to tell stale ones. */
class AnalyzerSettingsTest {

  @Test
  void equalSettingsReadTheSameAndEveryChangeShows() {
    String defaults = Analyzer.builder().build().toString();

    assertThat(Analyzer.builder().build().toString()).isEqualTo(defaults);
    assertThat(defaults)
        .contains("zone=Z", "timeWaitMin=5000", "formats=[netstat,", "eventlog-evtx");
    assertThat(Analyzer.builder().zone(ZoneId.of("Europe/Berlin")).build().toString())
        .isNotEqualTo(defaults);
    assertThat(
            Analyzer.builder()
                .thresholds(Thresholds.DEFAULT.with(Thresholds.TIME_WAIT_MIN, 3000))
                .build()
                .toString())
        .isNotEqualTo(defaults);
    assertThat(Analyzer.builder().timeWaitSeconds(60).build().toString()).isNotEqualTo(defaults);
    assertThat(Analyzer.builder().maxLineLength(1000).build().toString()).isNotEqualTo(defaults);
  }

  @Test
  void readingThreadsChangeNoResultAndKeepEveryOtherSetting() {
    Analyzer berlin =
        Analyzer.builder().zone(ZoneId.of("Europe/Berlin")).timeWaitSeconds(60).build();

    assertThat(berlin.withReadingThreads(1).toString()).isEqualTo(berlin.toString());
    assertThat(Analyzer.builder().readingThreads(3).build().toString())
        .isEqualTo(Analyzer.builder().build().toString());
    assertThatThrownBy(() -> Analyzer.builder().readingThreads(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
