package io.portex.core.format.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.TestInputs;
import io.portex.core.model.EventRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Tcpip events of the wevtutil XML fixture, written into an .evtx by the test writer, read back
 * the same: the native reader and the XML export reader agree field by field, and a ticket holding
 * both counts each event once.
 */
class EvtxAndExportsAgreeTest {

  @TempDir Path dir;

  @Test
  void sameEventsFromXmlAndEvtx() throws IOException {
    Path xml = TestInputs.fixture("eventxml/wevtutil-qe-system.xml");
    List<EventRecord> fromXml = tcpip(TestInputs.analyze(xml));
    assertThat(fromXml).extracting(EventRecord::eventId).contains(4227, 4231, 4266);

    EvtxWriter writer = new EvtxWriter();
    for (EventRecord event : fromXml) {
      writer.add(
          new EvtxWriter.Event(
              event.provider(),
              event.eventId(),
              event.qualifiers(),
              event.level(),
              event.time(),
              event.recordId(),
              event.channel(),
              event.computer(),
              event.data(),
              null));
    }
    Path evtx = Files.write(dir.resolve("System.evtx"), writer.toBytes());

    Analysis fromEvtx = TestInputs.analyze(evtx);
    Analysis both = TestInputs.analyze(xml, evtx);

    assertThat(fields(tcpip(fromEvtx))).isEqualTo(fields(fromXml));
    for (int id : List.of(4227, 4231, 4266)) {
      assertThat(both.events(id).count())
          .as("event %d counted once across both exports", id)
          .isEqualTo(fromEvtx.events(id).count());
    }
  }

  private static List<EventRecord> tcpip(Analysis analysis) {
    return analysis.events().stream().flatMap(e -> e.records().stream()).toList();
  }

  /** Everything but where each was read. */
  private static List<String> fields(List<EventRecord> events) {
    return events.stream()
        .map(
            e ->
                String.join(
                    "|",
                    e.provider(),
                    "" + e.eventId(),
                    "" + e.qualifiers(),
                    "" + e.level(),
                    "" + e.time(),
                    "" + e.computer(),
                    "" + e.recordId(),
                    "" + e.channel(),
                    String.join(",", e.data())))
        .sorted()
        .toList();
  }
}
