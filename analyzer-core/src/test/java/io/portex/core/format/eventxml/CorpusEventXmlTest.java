package io.portex.core.format.eventxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.TestInputs;
import io.portex.core.diag.Severity;
import io.portex.core.model.EventRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The real event XML of the shared corpus, with the fields established by reading each file by
 * hand: a libevtx and a python-evtx rendering of one classic NetBT record (same record, different
 * shape) and a Tcpip event copied from Event Viewer's XML view with its collapse markers.
 */
class CorpusEventXmlTest {

  private static EventReads.Result read(String name) {
    EventReads.Result result = EventReads.read(TestInputs.corpus("events/" + name), ZoneOffset.UTC);
    assertThat(result.format()).isEqualTo("eventlog-xml");
    assertThat(result.problems()).isEmpty();
    assertThat(result.events()).hasSize(1);
    return result;
  }

  @Test
  void libevtxRendering() {
    EventReads.Result result = read("netbt-4321-classic-from-evtx-libevtx-render.xml");

    EventRecord e = result.events().get(0);
    assertThat(e.provider()).isEqualTo("NetBT");
    assertThat(e.eventId()).isEqualTo(4321);
    assertThat(e.qualifiers()).isEqualTo(49152);
    assertThat(e.level()).isEqualTo(2);
    assertThat(e.time()).isEqualTo(Instant.parse("2018-07-12T00:42:00.925305500Z"));
    assertThat(e.computer()).isEqualTo("DESKTOP-1N4R894");
    assertThat(e.recordId()).isEqualTo(405);
    assertThat(e.channel()).isEqualTo("System");
    assertThat(e.data())
        .containsExactly("", "DESKTOP-1N4R894:0", "74.118.138.195", "74.118.138.92");
    assertThat(e.source().firstLine()).isEqualTo(1);
    assertThat(e.source().lastLine()).isEqualTo(21);
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void pythonEvtxRendering() {
    EventReads.Result result = read("netbt-4321-classic-from-evtx-pythonevtx-render.xml");

    EventRecord e = result.events().get(0);
    assertThat(e.provider()).isEqualTo("NetBT");
    assertThat(e.eventId()).isEqualTo(4321);
    assertThat(e.qualifiers()).isEqualTo(49152);
    assertThat(e.level()).isEqualTo(2);
    assertThat(e.time()).isEqualTo(Instant.parse("2018-07-12T00:42:00.925304Z"));
    assertThat(e.computer()).isEqualTo("DESKTOP-1N4R894");
    assertThat(e.recordId()).isEqualTo(405);
    assertThat(e.channel()).isEqualTo("System");
    // python-evtx lists the insertion strings in another order than libevtx: kept as written
    assertThat(e.data())
        .containsExactly("DESKTOP-1N4R894:0", "", "74.118.138.195", "74.118.138.92");
    assertThat(e.source().firstLine()).isEqualTo(1);
    assertThat(e.source().lastLine()).isEqualTo(19);
    assertThat(result.codes(Severity.INFO)).containsExactly("eventlog-xml.time-without-zone@1");
  }

  @Test
  void eventViewerXmlViewWithCollapseMarkers() {
    EventReads.Result result = read("tcpip-4207-eventviewer-friendlyxml-netadaptercx.txt");

    EventRecord e = result.events().get(0);
    assertThat(e.provider()).isEqualTo("Tcpip");
    assertThat(e.eventId()).isEqualTo(4207);
    assertThat(e.qualifiers()).isEqualTo(49152);
    assertThat(e.level()).isEqualTo(2);
    assertThat(e.time()).isEqualTo(Instant.parse("2024-06-09T04:10:45.6208539Z"));
    assertThat(e.computer()).isEqualTo("lime");
    assertThat(e.recordId()).isEqualTo(1506);
    assertThat(e.channel()).isEqualTo("System");
    assertThat(e.data()).containsExactly("", "IPv4", "28");
    assertThat(e.source().firstLine()).isEqualTo(1);
    assertThat(e.source().lastLine()).isEqualTo(24);
    assertThat(result.codes(Severity.INFO)).containsExactly("eventlog-xml.collapse-markers@1");
  }
}
