package io.portex.core.format.eventxml;

import io.portex.core.Analyzer;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.DiagnosticSink;
import io.portex.core.diag.Severity;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.FormatRegistry;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.TestContexts;
import io.portex.core.model.EventRecord;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.fact.Fact;
import io.portex.core.source.InputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads inputs the way the analyzer will once the three event formats are registered: every
 * standard format competes with them in sniffing, and the winner reads the input into a list of
 * every event record it handed on (the analysis keeps only Tcpip's).
 */
public final class EventReads {

  /** The zone of the machine the fixtures were exported on: 10:51 local is 09:51 UTC. */
  public static final ZoneId FIXTURE_ZONE = ZoneId.of("Europe/Berlin");

  /** Every format portex ships, the event formats among them. */
  public static final FormatRegistry FORMATS = FormatRegistry.standard();

  /** What one read gave: the format that read it, its event records and its diagnostics. */
  public record Result(String format, List<EventRecord> events, List<Diagnostic> diagnostics) {

    /** The diagnostics of a severity, as {@code code@line}. */
    public List<String> codes(Severity severity) {
      return diagnostics.stream()
          .filter(d -> d.severity() == severity)
          .map(d -> d.code() + "@" + d.line())
          .toList();
    }

    /** Warnings and errors, as {@code code@line}. */
    public List<String> problems() {
      return diagnostics.stream()
          .filter(d -> d.severity() != Severity.INFO)
          .map(d -> d.code() + "@" + d.line())
          .toList();
    }
  }

  private EventReads() {}

  /** An analyzer with the event formats and every standard one, reading local times in zone. */
  public static Analyzer analyzer(ZoneId zone) {
    return Analyzer.builder().formats(FORMATS).zone(zone).build();
  }

  /** Every format's confidence for one file, by format id. */
  public static Map<String, Double> confidences(Path file) {
    return analyzer(FIXTURE_ZONE).recognize(List.of(file)).get(0).candidates().stream()
        .collect(Collectors.toMap(c -> c.format().id(), c -> c.sniff().confidence()));
  }

  /** Reads {@code file} with the format sniffing chooses (none: an empty result). */
  public static Result read(Path file, ZoneId zone) {
    var candidates = analyzer(zone).recognize(List.of(file)).get(0).candidates();
    if (candidates.isEmpty() || candidates.get(0).sniff().confidence() < 0.3) {
      return new Result("unknown", List.of(), List.of());
    }
    return read(candidates.get(0).format(), file, zone);
  }

  /** Reads {@code file} with {@code format}, whatever sniffing says. */
  public static Result read(InputFormat format, Path file, ZoneId zone) {
    try {
      InputFile input = InputFile.of(file);
      DiagnosticSink diagnostics = new DiagnosticSink(input.name(), 50);
      ReadContext context = TestContexts.of(input, zone, 16 * 1024, diagnostics);
      List<EventRecord> events = new ArrayList<>();
      format.read(context, collect(events));
      return new Result(format.id(), events, diagnostics.diagnostics());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EvidenceSink collect(List<EventRecord> events) {
    return new EvidenceSink() {
      @Override
      public void snapshot(Snapshot snapshot) {
        throw new AssertionError("an event format handed on a snapshot");
      }

      @Override
      public void series(Series series) {
        throw new AssertionError("an event format handed on a series");
      }

      @Override
      public void fact(Fact fact) {
        throw new AssertionError("an event format handed on a fact");
      }

      @Override
      public void event(EventRecord event) {
        events.add(event);
      }
    };
  }
}
