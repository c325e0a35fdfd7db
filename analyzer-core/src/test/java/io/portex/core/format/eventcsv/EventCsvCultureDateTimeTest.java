package io.portex.core.format.eventcsv;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.time.LocalStamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates and times as Windows writes them in each culture, and the order of day and month. */
class EventCsvCultureDateTimeTest {

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = '|',
      value = {
        "3/11/2026 9:51:23 AM|en-US|false|2026-03-11T09:51:23",
        "3/11/2026 9:51:23 PM|en-US|false|2026-03-11T21:51:23",
        "3/11/2026 12:05:00 AM|en-US|false|2026-03-11T00:05:00",
        "11/03/2026 09:51:23|en-GB, fr-FR|true|2026-03-11T09:51:23",
        "11.03.2026 09:51:23|de-DE|false|2026-03-11T09:51:23",
        "11.03.2026 9:51:23|ru-RU|false|2026-03-11T09:51:23",
        "2026/03/11 9:51:23|ja-JP|false|2026-03-11T09:51:23",
        "2026-03-11 오후 9:51:23|ko-KR|false|2026-03-11T21:51:23",
        "2026/3/11 上午 9:51:23|zh-CN 12h|false|2026-03-11T09:51:23",
        "2026-03-11T09:51:23.123|wevtutil|false|2026-03-11T09:51:23.123",
        "1/15/19 9:01:10 PM|en-US short year|false|2019-01-15T21:01:10",
        "15/01/2019 21:01:10|day above 12 wins over the file's order|false|2019-01-15T21:01:10",
        "\u200e3/\u200e11/\u200e2026 9:51:23\u202fAM|direction marks, narrow space|false|2026-03-11T09:51:23"
      })
  void readsEveryCulture(String text, String culture, boolean dayFirst, String expected) {
    LocalStamp stamp = CultureDateTime.parse(text, dayFirst);

    assertThat(stamp).isNotNull();
    assertThat(stamp.dateTime()).isEqualTo(LocalDateTime.parse(expected));
    assertThat(stamp.offset()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"31/31/2026 10:00:00", "3/11/2026", "yesterday 10:00", "3/11/2026 13:00:00 PM", "-"})
  void refusesWhatIsNoDateAndTime(String text) {
    assertThat(CultureDateTime.parse(text, false)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "13/03/2026 10:00:00|DAY_FIRST",
        "3/13/2026 10:00:00 AM|MONTH_FIRST",
        "3/11/2026 10:00:00 AM|EITHER",
        "11.03.2026 10:00:00|FIXED",
        "2026-03-11 10:00:00|FIXED",
        "3/3/2026 10:00:00 AM|FIXED"
      })
  void tellsWhatADateSaysAboutItsOrder(String text, CultureDateTime.Order order) {
    assertThat(CultureDateTime.orderOf(text)).isEqualTo(order);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-11T09:51:23Z|2026-03-11T09:51:23",
        "2026-03-11T10:51:23+01:00|2026-03-11T10:51:23"
      })
  void keepsAnOffsetTheTextStates(String text, String local) {
    LocalStamp stamp = CultureDateTime.parse(text, false);

    assertThat(stamp.dateTime()).isEqualTo(LocalDateTime.parse(local));
    assertThat(stamp.toInstant(ZoneOffset.ofHours(5)).toString()).isEqualTo("2026-03-11T09:51:23Z");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "11/03/2026 10:00:00;13/03/2026 10:00:00|true|",
        "3/11/2026 10:00:00 AM;3/13/2026 10:00:00 AM|false|",
        "3/11/2026 10:00:00 AM;3/10/2026 10:00:00 AM|false|day-month-guessed@1",
        "13/03/2026 10:00:00;3/13/2026 10:00:00 AM;14/03/2026 10:00:00|true|mixed-date-order@2",
        "11.03.2026 10:00:00;10.03.2026 10:00:00|false|"
      })
  void decidesTheOrderPerFile(String dates, boolean dayFirst, String warning) {
    DayMonthOrder order = new DayMonthOrder();
    String[] texts = dates.split(";");
    for (int i = 0; i < texts.length; i++) {
      order.observe(texts[i], i + 1);
    }
    DiagnosticSink diagnostics = new DiagnosticSink("dates.csv", 10);

    order.report(diagnostics, "eventlog-csv.");

    assertThat(order.dayFirst()).isEqualTo(dayFirst);
    assertThat(diagnostics.diagnostics())
        .extracting(d -> d.code().substring("eventlog-csv.".length()) + "@" + d.line())
        .containsExactlyElementsOf(
            warning == null ? java.util.List.of() : java.util.List.of(warning));
  }
}
