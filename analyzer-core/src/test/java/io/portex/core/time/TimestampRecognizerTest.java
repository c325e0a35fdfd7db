package io.portex.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampRecognizerTest {

  private final TimestampRecognizer recognizer = new TimestampRecognizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Wed 03/11/2026  9:05:03.12                | 2026-03-11T09:05:03.120",
        "11.03.2026  9:05:03,12                    | 2026-03-11T09:05:03.120",
        "2026/03/11  9:05:03.12                    | 2026-03-11T09:05:03.120",
        "2026-03-11 09:05:03                       | 2026-03-11T09:05:03",
        "==== 2026-03-11 10:00:00 ====             | 2026-03-11T10:00:00",
        "Wednesday, March 11, 2026 9:05:03 PM      | 2026-03-11T21:05:03",
        "Wednesday, March 11, 2026 12:05:03 AM     | 2026-03-11T00:05:03",
        "Mittwoch, 11. März 2026 09:05:03          | 2026-03-11T09:05:03",
        "mercredi 11 mars 2026 09:05:03            | 2026-03-11T09:05:03",
        "miércoles, 11 de marzo de 2026 9:05:03    | ",
        "13/03/2026 10:00:00                       | 2026-03-13T10:00:00",
        "Snapshot taken 2026-03-11_10:15:00 on SRV | 2026-03-11T10:15:00",
      })
  void readsTheWaysScriptsWriteTime(String line, String expected) {
    var found = recognizer.find(line.strip());
    if (expected == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).map(LocalStamp::dateTime).contains(LocalDateTime.parse(expected));
    }
  }

  @Test
  void keepsAnOffsetTheInputStates() {
    var found = recognizer.find("2026-03-11T09:05:03+01:00").orElseThrow();

    assertThat(found.offset()).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(found.toInstant(ZoneOffset.UTC)).hasToString("2026-03-11T08:05:03Z");
  }

  @Test
  void saysWhenDayAndMonthCouldBeEitherWay() {
    assertThat(recognizer.find("03/04/2026 10:00:00").orElseThrow().dayMonthGuessed()).isTrue();
    assertThat(recognizer.find("Wed 03/04/2026 10:00:00").orElseThrow().dayMonthGuessed())
        .isFalse();
  }

  @Test
  void netstatRowsAndNumbersAreNoTimestamps() {
    assertThat(recognizer.find("  TCP    10.0.0.5:50000  10.0.0.9:1433  ESTABLISHED  4")).isEmpty();
    assertThat(recognizer.find("  Aktive Verbindungen")).isEmpty();
    assertThat(recognizer.find("99.99.2026 10:00:00")).isEmpty();
  }

  @Test
  void readsDateAndTimeOnLinesOfTheirOwn() {
    assertThat(recognizer.findDateOnly("Mi 11.03.2026")).contains(LocalDate.of(2026, 3, 11));
    assertThat(recognizer.findDateOnly("Wed 03/11/2026")).contains(LocalDate.of(2026, 3, 11));
    assertThat(recognizer.findDateOnly("2026-03-11")).contains(LocalDate.of(2026, 3, 11));
    assertThat(recognizer.findTimeOnly(" 9:05:03,12")).contains(LocalTime.of(9, 5, 3, 120_000_000));
    assertThat(recognizer.findTimeOnly("TCP 1:2")).isEmpty();
  }
}
