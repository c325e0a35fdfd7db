package io.portex.core.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedTest {

  @Test
  void oneTakesTheSingularEveryOtherCountThePlural() {
    assertThat(Counted.of(1, "event", "events")).isEqualTo("1 event");
    assertThat(Counted.of(0, "event", "events")).isEqualTo("0 events");
    assertThat(Counted.of(38, "event", "events")).isEqualTo("38 events");
  }

  @Test
  void largeCountsHaveThousandsSeparators() {
    assertThat(Counted.of(15_900, "socket", "sockets")).isEqualTo("15,900 sockets");
  }
}
