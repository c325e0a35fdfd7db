package io.portex.core.format.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.format.FormatRegistry;
import io.portex.core.format.InputFormat;
import io.portex.core.format.evtx.EvtxWriter.Event;
import io.portex.core.source.CharsetDetector;
import io.portex.core.source.TextHead;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** .evtx is recognised by its signature; text formats never claim it, nor it text. */
class EvtxSniffTest {

  private static final EvtxFormat FORMAT = new EvtxFormat();

  private static final EvtxWriter LOG =
      new EvtxWriter().add(Event.tcpip(4227, 1, Instant.parse("2026-03-11T09:00:00Z"), "x"));

  private static TextHead head(String name, byte[] bytes) {
    byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, TextHead.SIZE));
    var charset = CharsetDetector.detect(head, head.length);
    String text = charset.binary() ? "" : new String(head, charset.charset());
    return new TextHead(name, head, charset, text);
  }

  @Test
  void fileHeaderSignature() {
    assertThat(FORMAT.sniff(head("System.evtx", LOG.toBytes())).confidence()).isEqualTo(0.99);
  }

  @Test
  void bareChunkSignature() {
    assertThat(FORMAT.sniff(head("chunk.bin", LOG.firstChunk())).confidence()).isEqualTo(0.9);
  }

  @Test
  void textIsNotEvtx_evenNamedSo() {
    byte[] netstat =
        "  TCP    10.0.0.5:49731     10.0.0.9:443     TIME_WAIT       0\r\n"
            .getBytes(StandardCharsets.US_ASCII);

    assertThat(FORMAT.sniff(head("System.evtx", netstat)).confidence()).isZero();
    assertThat(FORMAT.sniff(head("empty.evtx", new byte[0])).confidence()).isZero();
  }

  @Test
  void evtxIsBinaryToTheCharsetDetectorAndNoTextFormatClaimsIt() {
    TextHead head = head("System.evtx", LOG.toBytes());

    assertThat(head.charset().binary()).isTrue();
    for (InputFormat format : FormatRegistry.standard().formats()) {
      if (format.id().equals(EvtxFormat.ID)) {
        continue; // once registered there
      }
      assertThat(format.sniff(head).confidence())
          .as(format.id())
          .isLessThan(FormatRegistry.MIN_CONFIDENCE);
    }
  }

  @Test
  void evtxWinsAmongAllFormats() {
    var formats = new java.util.ArrayList<>(FormatRegistry.standard().formats());
    formats.add(FORMAT);
    FormatRegistry registry = new FormatRegistry(formats);

    assertThat(registry.best(head("System.evtx", LOG.toBytes())))
        .get()
        .extracting(c -> c.format().id())
        .isEqualTo("eventlog-evtx");
    assertThat(registry.best(head("chunk", LOG.firstChunk())))
        .get()
        .extracting(c -> c.format().id())
        .isEqualTo("eventlog-evtx");
  }
}
