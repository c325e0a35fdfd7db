package io.portex.bench;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.ReadContext;
import io.portex.core.source.CharsetDetector;
import io.portex.core.source.InputFile;
import io.portex.core.source.TextHead;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;

/** What a format reader is handed for one file, for benchmarks that call a reader directly. */
final class ReadContexts {

  /** The analyzer's default longest line. */
  static final int MAX_LINE_LENGTH = 16 * 1024;

  private ReadContexts() {}

  /** A context for {@code path}: its charset detected from its head, times in UTC. */
  static ReadContext of(Path path) throws IOException {
    InputFile file = InputFile.of(path);
    byte[] head;
    try (InputStream in = file.open()) {
      head = in.readNBytes(TextHead.SIZE);
    }
    return new ReadContext(
        file,
        CharsetDetector.detect(head, head.length),
        ZoneOffset.UTC,
        MAX_LINE_LENGTH,
        new DiagnosticSink(file.name(), 50),
        Runtime.getRuntime().availableProcessors());
  }
}
