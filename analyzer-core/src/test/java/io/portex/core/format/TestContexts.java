package io.portex.core.format;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.source.CharsetDetector;
import io.portex.core.source.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;

/** Read contexts for tests, made as the analyzer makes them: the first 64 KiB tell the charset. */
public final class TestContexts {

  private TestContexts() {}

  /** A context of {@code input} on two reading threads, reporting to {@code diagnostics}. */
  public static ReadContext of(
      InputFile input, ZoneId zone, int maxLineLength, DiagnosticSink diagnostics)
      throws IOException {
    byte[] head;
    try (InputStream in = input.open()) {
      head = in.readNBytes(64 * 1024);
    }
    return new ReadContext(
        input, CharsetDetector.detect(head, head.length), zone, maxLineLength, diagnostics, 2);
  }
}
