package io.portex.core.format.pcap;

import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.FormatRegistry;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.model.EventRecord;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.fact.Fact;
import io.portex.core.model.fact.PacketCapture;
import io.portex.core.source.CharsetDetector;
import io.portex.core.source.InputFile;
import io.portex.core.source.TextHead;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a capture reads as: the format the registry sniffs, the one {@link PacketCapture} and every
 * diagnostic (none capped).
 */
record CaptureReading(String format, PacketCapture capture, List<Diagnostic> diagnostics) {

  static CaptureReading of(Path file) {
    try {
      return of(file.getFileName().toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CaptureReading of(String name, byte[] bytes) {
    InputFile input = InputFile.of(name, bytes.length, null, () -> new ByteArrayInputStream(bytes));
    byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, TextHead.SIZE));
    TextHead text = new TextHead(name, head, CharsetDetector.detect(head, head.length), "");
    InputFormat format =
        FormatRegistry.standard()
            .best(text)
            .orElseThrow(() -> new AssertionError(name + " not recognised"))
            .format();
    DiagnosticSink diagnostics = new DiagnosticSink(name, Integer.MAX_VALUE);
    List<Fact> facts = new ArrayList<>();
    EvidenceSink sink =
        new EvidenceSink() {
          @Override
          public void snapshot(Snapshot snapshot) {
            throw new AssertionError("no snapshots from a capture");
          }

          @Override
          public void series(Series series) {
            throw new AssertionError("no series from a capture");
          }

          @Override
          public void fact(Fact fact) {
            facts.add(fact);
          }

          @Override
          public void event(EventRecord event) {
            throw new AssertionError("no events from a capture");
          }
        };
    ReadContext context =
        new ReadContext(input, text.charset(), ZoneOffset.UTC, 16 * 1024, diagnostics, 2);
    try {
      format.read(context, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (facts.size() != 1 || !(facts.get(0) instanceof PacketCapture capture)) {
      throw new AssertionError("one PacketCapture expected: " + facts);
    }
    return new CaptureReading(format.id(), capture, diagnostics.diagnostics());
  }

  /** The figures that must not depend on how the capture was written: all but the source. */
  String figures() {
    PacketCapture c = capture;
    StringBuilder text = new StringBuilder();
    text.append(c.first()).append(' ').append(c.last()).append(' ').append(c.packets());
    text.append(" host=").append(c.host()).append(" in=").append(c.inboundConnections());
    text.append(" other=").append(c.otherConnections()).append('/').append(c.otherClients());
    for (var d : c.destinations()) {
      text.append('\n').append(DestinationText.of(d)).append(' ').append(d.bucket());
      text.append(' ').append(d.openRate());
    }
    text.append("\nrate ").append(c.bucket()).append(' ').append(c.openRate());
    return text.toString();
  }
}
