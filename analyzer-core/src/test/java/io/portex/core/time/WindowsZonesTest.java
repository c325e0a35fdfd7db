package io.portex.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WindowsZonesTest {

  @Test
  void standardAndDaylightNamesMapToTheirIanaZone() {
    assertThat(WindowsZones.of("W. Europe Standard Time")).contains(ZoneId.of("Europe/Berlin"));
    assertThat(WindowsZones.of("w. europe daylight time")).contains(ZoneId.of("Europe/Berlin"));
    assertThat(WindowsZones.of("Eastern Standard Time")).contains(ZoneId.of("America/New_York"));
    assertThat(WindowsZones.of("UTC")).contains(ZoneId.of("Etc/UTC"));
    assertThat(WindowsZones.of("Pacific Standard Time (Mexico)"))
        .contains(ZoneId.of("America/Tijuana"));
  }

  @Test
  void localizedOrUnknownNamesMapToNothing() {
    assertThat(WindowsZones.of("Mitteleuropäische Zeit")).isEmpty();
    assertThat(WindowsZones.of("")).isEmpty();
    assertThat(WindowsZones.of(null)).isEmpty();
  }
}
