package io.portex.core.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
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

  @Test
  void numbersAreWrittenAsFormatWritesThemAtEveryLength() {
    long[] edges = {
      0, 1, -1, 999, 1000, -1000, 16_384, 999_999, 1_000_000, Long.MAX_VALUE, Long.MIN_VALUE
    };
    for (long value : edges) {
      assertThat(Counted.number(value)).isEqualTo(String.format(Locale.ROOT, "%,d", value));
    }
    Random random = new Random(16);
    for (int i = 0; i < 10_000; i++) {
      long value = random.nextLong() >> random.nextInt(64);
      assertThat(Counted.number(value))
          .as("%d", value)
          .isEqualTo(String.format(Locale.ROOT, "%,d", value));
    }
  }
}
