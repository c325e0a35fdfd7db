package io.portex.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNameTimeTest {

  private final FileNameTime names = new FileNameTime();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "netstat_20260311_101500.txt, 2026-03-11, 10:15:00",
    "netstat-2026-03-11_10-15-00.txt, 2026-03-11, 10:15:00",
    "C:\\logs\\ns 2026-03-11T10.15.txt, 2026-03-11, 10:15:00",
    "TimeWaitTrend_2026-03-11.csv, 2026-03-11, ",
    "1015_netstat.txt, , 10:15:00",
    "capture-10-15-30.log, , 10:15:30",
  })
  void readsDateAndTimeFromNames(String name, LocalDate date, LocalTime time) {
    assertThat(names.find(name)).contains(new FileNameTime.Found(date, time));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"netstat.txt", "host1234_netstat.txt", "server01.txt", "report-2026-13-45.txt"})
  void findsNoTimeWhereThereIsNone(String name) {
    assertThat(names.find(name)).isEmpty();
  }
}
