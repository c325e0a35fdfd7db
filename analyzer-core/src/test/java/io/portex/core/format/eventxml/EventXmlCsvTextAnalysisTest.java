package io.portex.core.format.eventxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.portex.core.Analysis;
import io.portex.core.InputReport;
import io.portex.core.TestInputs;
import io.portex.core.model.PortEvents;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Through the analyzer, as a ticket is read: each export of the fixture log is recognised by
 * sniffing among every format, and its Tcpip events are counted, the unrelated ones (Service
 * Control Manager, NetBT) handed over and left aside.
 */
class EventXmlCsvTextAnalysisTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "eventxml/wevtutil-qe-system.xml, eventlog-xml",
    "eventxml/eventviewer-saved-events.xml, eventlog-xml",
    "eventcsv/eventviewer-de-de.csv, eventlog-csv",
    "eventcsv/get-winevent-export.csv, eventlog-csv",
    "eventtext/wevtutil-qe-system-text.txt, eventlog-text",
    "eventtext/eventviewer-copy-details-en-us.txt, eventlog-text"
  })
  void countsTheTcpipEventsOfEveryExport(String fixture, String format) {
    Analysis analysis =
        EventReads.analyzer(EventReads.FIXTURE_ZONE).analyze(List.of(TestInputs.fixture(fixture)));

    InputReport input = analysis.inputs().get(0);
    assertThat(input.format()).isEqualTo(format);
    assertThat(input.records()).isEqualTo(6);
    assertThat(analysis.events())
        .extracting(PortEvents::eventId, PortEvents::count)
        .containsExactly(tuple(4227, 1L), tuple(4231, 1L), tuple(4266, 1L), tuple(4226, 0L));
    PortEvents tcp4227 = analysis.events(4227);
    assertThat(tcp4227.first().getEpochSecond())
        .isEqualTo(Instant.parse("2026-03-11T09:51:23Z").getEpochSecond());
    assertThat(analysis.verdict().exhausted()).isTrue();
  }
}
