package io.portex.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.model.EventRecord;
import io.portex.core.model.PortEvents;
import io.portex.core.model.SourceRange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortEventTallyTest {

  private static EventRecord event(String provider, int id, String time, long recordId) {
    return new EventRecord(
        provider,
        id,
        32768,
        3,
        time == null ? null : Instant.parse(time),
        "WEB01",
        recordId,
        "System",
        List.of("", "10.0.0.9:1433"),
        new SourceRange("System.evtx", recordId, recordId));
  }

  @Test
  void countsOnlyTheClassicTcpipProviderAndItsPortIds() {
    assertThat(PortEventTally.counts(event("Tcpip", 4227, null, 1))).isTrue();
    assertThat(PortEventTally.counts(event("tcpip", 4231, null, 1))).isTrue();
    assertThat(PortEventTally.counts(event("Microsoft-Windows-TCPIP", 4227, null, 1))).isFalse();
    assertThat(PortEventTally.counts(event("Tcpip", 4207, null, 1))).isFalse();
  }

  @Test
  void talliesFirstLastAndCountsARecordReadTwiceOnce() {
    PortEventTally tally = new PortEventTally();

    assertThat(tally.add(event("Tcpip", 4227, "2026-03-11T10:05:00Z", 12))).isTrue();
    assertThat(tally.add(event("Tcpip", 4227, "2026-03-11T09:55:00Z", 10))).isTrue();
    assertThat(tally.add(event("Tcpip", 4227, "2026-03-11T10:05:00Z", 12))).isFalse();
    assertThat(tally.add(event("Tcpip", 4231, "2026-03-11T10:06:00Z", 13))).isTrue();

    List<PortEvents> result = tally.result();
    assertThat(result).extracting(PortEvents::eventId).containsExactly(4227, 4231, 4266, 4226);
    PortEvents tcp4227 = result.get(0);
    assertThat(tcp4227.count()).isEqualTo(2);
    assertThat(tcp4227.first()).isEqualTo(Instant.parse("2026-03-11T09:55:00Z"));
    assertThat(tcp4227.last()).isEqualTo(Instant.parse("2026-03-11T10:05:00Z"));
    assertThat(tcp4227.records()).extracting(EventRecord::recordId).containsExactly(10L, 12L);
    assertThat(result.get(2).count()).isZero();
    assertThat(result.get(2).first()).isNull();
  }

  @Test
  void keepsTheEarliestRecordsAsEvidenceAndCountsTheRest() {
    PortEventTally tally = new PortEventTally();
    int total = PortEvents.KEPT + 50;
    for (int i = total; i > 0; i--) {
      tally.add(event("Tcpip", 4231, Instant.parse("2026-03-11T00:00:00Z").plusSeconds(i) + "", i));
    }

    PortEvents events = tally.result().get(1);

    assertThat(events.count()).isEqualTo(total);
    assertThat(events.records()).hasSize(PortEvents.KEPT);
    assertThat(events.records().get(0).recordId()).isEqualTo(1);
    assertThat(events.records().get(PortEvents.KEPT - 1).recordId()).isEqualTo(PortEvents.KEPT);
  }
}
