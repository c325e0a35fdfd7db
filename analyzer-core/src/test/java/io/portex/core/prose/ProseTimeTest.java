package io.portex.core.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProseTimeTest {

  private static final Instant AT = Instant.parse("2026-03-11T09:30:00.750Z");

  @Test
  void aSentenceNamesTheTimeInTheReadersZoneToTheSecond() {
    assertThat(ProseTime.of(AT, ZoneId.of("Europe/Berlin")))
        .isEqualTo("2026-03-11 10:30:00 Europe/Berlin");
  }

  @Test
  void utcIsWrittenAsUtcNotAsAnIsoInstant() {
    assertThat(ProseTime.of(AT, ZoneOffset.UTC)).isEqualTo("2026-03-11 09:30:00 UTC");
    assertThat(ProseTime.of(AT, ZoneId.of("UTC"))).isEqualTo("2026-03-11 09:30:00 UTC");
  }

  @Test
  void summerTimeIsTheZonesOwn() {
    assertThat(ProseTime.of(Instant.parse("2026-07-01T09:30:00Z"), ZoneId.of("Europe/Berlin")))
        .isEqualTo("2026-07-01 11:30:00 Europe/Berlin");
  }
}
