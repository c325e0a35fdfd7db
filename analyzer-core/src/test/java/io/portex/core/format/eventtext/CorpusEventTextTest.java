package io.portex.core.format.eventtext;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.format.eventxml.EventReads;
import io.portex.core.model.EventRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The real events as text of the shared corpus, with the fields established by reading each file by
 * hand: a "Copy details as text" of Tcpip 4227 cut off by its public copies in the middle of its
 * XML part, and a Microsoft doc's markdown rendering of one without Date and Computer.
 */
class CorpusEventTextTest {

  @Test
  void copyDetailsCutOffInItsXmlPart() {
    EventReads.Result result =
        EventReads.read(
            TestInputs.corpus("events/tcpip-4227-eventviewer-copytext-microsoft-AL-4468.txt"),
            ZoneOffset.UTC);

    assertThat(result.format()).isEqualTo("eventlog-text");
    assertThat(result.events()).hasSize(1);
    EventRecord e = result.events().get(0);
    assertThat(e.provider()).isEqualTo("Tcpip");
    assertThat(e.eventId()).isEqualTo(4227);
    assertThat(e.qualifiers()).isEqualTo(32768);
    assertThat(e.level()).isEqualTo(3);
    // from the XML (UTC), not the label (1/15/19 9:01:10 PM, local time of an unknown zone)
    assertThat(e.time()).isEqualTo(Instant.parse("2019-01-16T02:01:10.611477100Z"));
    assertThat(e.computer()).isNull();
    assertThat(e.recordId()).isEqualTo(14996);
    assertThat(e.channel()).isEqualTo("System");
    assertThat(e.data()).containsExactly("");
    assertThat(e.source().firstLine()).isEqualTo(1);
    assertThat(e.source().lastLine()).isEqualTo(25);
    assertThat(result.diagnostics()).hasSize(1);
    Diagnostic cut = result.diagnostics().get(0);
    assertThat(cut.severity()).isEqualTo(Severity.WARNING);
    assertThat(cut.code()).isEqualTo("eventlog-text.truncated-xml");
    assertThat(cut.line()).isEqualTo(25);
  }

  @Test
  void markdownRenderingWithoutDate() {
    EventReads.Result result =
        EventReads.read(
            TestInputs.corpus("events/tcpip-4227-msdocs-kb2003449-eventtext.txt"), ZoneOffset.UTC);

    assertThat(result.format()).isEqualTo("eventlog-text");
    assertThat(result.events()).hasSize(1);
    EventRecord e = result.events().get(0);
    assertThat(e.provider()).isEqualTo("Tcpip");
    assertThat(e.eventId()).isEqualTo(4227);
    assertThat(e.qualifiers()).isEqualTo(-1);
    assertThat(e.level()).isEqualTo(3);
    assertThat(e.time()).isNull();
    assertThat(e.computer()).isNull();
    assertThat(e.recordId()).isEqualTo(-1);
    assertThat(e.channel()).isEqualTo("System");
    assertThat(e.data()).isEmpty();
    assertThat(e.source().firstLine()).isEqualTo(1);
    assertThat(e.source().lastLine()).isEqualTo(8);
    assertThat(result.problems()).isEmpty();
    assertThat(result.codes(Severity.INFO)).containsExactly("eventlog-text.no-date@1");
  }
}
