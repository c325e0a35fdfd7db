package io.portex.core;

import io.portex.core.bundle.Bundle;
import io.portex.core.bundle.BundleLimits;
import io.portex.core.bundle.BundleReader;
import io.portex.core.bundle.Skipped;
import io.portex.core.classify.Classifier;
import io.portex.core.classify.CollectNext;
import io.portex.core.classify.ConsistencyChecks;
import io.portex.core.classify.Diagnosis;
import io.portex.core.classify.FailingDestinations;
import io.portex.core.classify.Note;
import io.portex.core.classify.Thresholds;
import io.portex.core.classify.ZoneHint;
import io.portex.core.diag.DiagnosticSink;
import io.portex.core.diag.Severity;
import io.portex.core.format.FormatRegistry;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.source.CharsetDetector;
import io.portex.core.source.DetectedCharset;
import io.portex.core.source.InputFile;
import io.portex.core.source.TextHead;
import io.portex.core.timeline.HostEvidence;
import io.portex.core.timeline.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads a ticket's inputs and analyzes them. Build one with {@link #builder()}; an analyzer is
 * immutable and thread-safe, and one instance can analyze any number of tickets at once.
 *
 * <pre>{@code
 * Analysis analysis = Analyzer.builder().zone(ZoneId.of("Europe/Berlin")).build()
 *     .analyze(List.of(Path.of("netstat.txt")));
 * }</pre>
 */
public final class Analyzer {

  private final ZoneId zone;
  private final int maxLineLength;
  private final int diagnosticsPerCode;
  private final FormatRegistry formats;
  private final BundleLimits bundleLimits;
  private final Thresholds thresholds;
  private final Long timeWaitSeconds;
  private final int readingThreads;

  private Analyzer(Builder builder) {
    this.zone = builder.zone;
    this.maxLineLength = builder.maxLineLength;
    this.diagnosticsPerCode = builder.diagnosticsPerCode;
    this.formats = builder.formats;
    this.bundleLimits = builder.bundleLimits;
    this.thresholds = builder.thresholds;
    this.timeWaitSeconds = builder.timeWaitSeconds;
    this.readingThreads = builder.readingThreads;
  }

  public static Builder builder() {
    return new Builder();
  }

  public ZoneId zone() {
    return zone;
  }

  public FormatRegistry formats() {
    return formats;
  }

  /**
   * This analyzer with one big input read on at most {@code threads} threads: for callers that
   * analyze several tickets at once, so that together they use the cores once.
   */
  public Analyzer withReadingThreads(int threads) {
    Builder builder = new Builder();
    builder.zone = zone;
    builder.maxLineLength = maxLineLength;
    builder.diagnosticsPerCode = diagnosticsPerCode;
    builder.formats = formats;
    builder.bundleLimits = bundleLimits;
    builder.thresholds = thresholds;
    builder.timeWaitSeconds = timeWaitSeconds;
    return builder.readingThreads(threads).build();
  }

  /**
   * Every setting that shapes a result, in words: equal texts mean that the same inputs give the
   * same analysis (for one version of portex). Tools that keep results use it to tell stale ones.
   * The reading threads are not among them: they change how fast, never what.
   */
  @Override
  public String toString() {
    return "Analyzer[zone="
        + zone
        + ", thresholds="
        + thresholds
        + ", timeWaitSeconds="
        + timeWaitSeconds
        + ", maxLineLength="
        + maxLineLength
        + ", diagnosticsPerCode="
        + diagnosticsPerCode
        + ", "
        + bundleLimits
        + ", formats="
        + formats.formats().stream().map(InputFormat::id).toList()
        + "]";
  }

  /**
   * Analyzes the files a user gave: loose files, folders (walked recursively) and zip archives
   * (read in place, nested ones too), all as one ticket.
   */
  public Analysis analyze(List<Path> paths) {
    try (Bundle bundle = new BundleReader(bundleLimits).read(paths)) {
      return analyze(bundle);
    }
  }

  /**
   * Analyzes inputs from anywhere (streams, archive entries, objects in a store) as one ticket. A
   * zip archive among them is read as {@link #analyze} reads one on disk (its bytes go to a bounded
   * temporary file for the time of the analysis, since a zip needs random access); the others are
   * read in the order of their names.
   */
  public Analysis analyzeInputs(List<InputFile> inputs) {
    try (Bundle bundle = new BundleReader(bundleLimits).readInputs(inputs)) {
      return analyze(bundle);
    }
  }

  private Analysis analyze(Bundle bundle) {
    List<InputReport> skipped = new ArrayList<>();
    for (Skipped item : bundle.skipped()) {
      skipped.add(skippedReport(item));
    }
    return analyzeInputs(bundle.files(), skipped);
  }

  private Analysis analyzeInputs(List<InputFile> inputs, List<InputReport> alreadyFailed) {
    List<Supplier<InputReport>> reports = new ArrayList<>();
    alreadyFailed.forEach(r -> reports.add(() -> r));
    TicketEvidence evidence = new TicketEvidence(zone);
    for (InputFile input : inputs) {
      reports.add(read(input, evidence));
    }
    List<HostAnalysis> hosts = new ArrayList<>();
    for (HostEvidence host : evidence.hosts()) {
      hosts.add(analyze(Timeline.of(host, timeWaitSeconds, zone)));
    }
    // reports last: sorting the evidence into hosts adds diagnostics (dates, shared times)
    return new Analysis(
        zone, reports.stream().map(Supplier::get).toList(), hosts, evidence.facts(), thresholds);
  }

  /** The rules, checks and suggestions over one host's timeline, built before them. */
  private HostAnalysis analyze(Timeline timeline) {
    Diagnosis diagnosis = Classifier.diagnose(timeline, thresholds);
    return new HostAnalysis(
        timeline.host(),
        timeline,
        diagnosis.verdict(),
        diagnosis.findings(),
        notes(timeline, zone),
        CollectNext.of(timeline, thresholds));
  }

  /**
   * Where the evidence disagrees with itself (the zone too), then where the capture's failed
   * attempts went.
   */
  private static List<Note> notes(Timeline timeline, ZoneId zone) {
    List<Note> notes = new ArrayList<>(ConsistencyChecks.of(timeline));
    ZoneHint.of(timeline, zone).ifPresent(notes::add);
    ZoneHint.ofCapture(timeline, zone).ifPresent(notes::add);
    FailingDestinations.of(timeline).ifPresent(notes::add);
    return notes;
  }

  /** What each input would be read as, and why, without reading it; folders and zips expanded. */
  public List<Recognition> recognize(List<Path> paths) {
    List<Recognition> result = new ArrayList<>();
    try (Bundle bundle = new BundleReader(bundleLimits).read(paths)) {
      for (Skipped item : bundle.skipped()) {
        result.add(new Recognition(item.name(), null, List.of()));
      }
      for (InputFile input : bundle.files()) {
        try {
          TextHead head = head(input);
          result.add(new Recognition(input.name(), head.charset(), formats.rank(head)));
        } catch (IOException | UncheckedIOException e) {
          result.add(new Recognition(input.name(), null, List.of()));
        }
      }
    }
    return result;
  }

  /**
   * What one input was recognised as.
   *
   * @param path the input
   * @param charset the charset found, or null when the input could not be opened
   * @param candidates every format's verdict, most confident first
   */
  public record Recognition(
      String path, DetectedCharset charset, List<FormatRegistry.Candidate> candidates) {}

  private Supplier<InputReport> read(InputFile input, TicketEvidence evidence) {
    try (PeekedInput peeked = PeekedInput.open(input)) {
      return read(peeked, evidence);
    } catch (IOException e) {
      InputReport report = unreadable(input.name(), e);
      return () -> report;
    } catch (RuntimeException | StackOverflowError e) {
      // a sniffer's fault on odd content: the input is passed over, the ticket goes on
      InputReport report =
          skippedReport(
              new Skipped(
                  input.name(),
                  Severity.ERROR,
                  "input.reader-fault",
                  "not read: a fault of portex's ("
                      + e.getClass().getSimpleName()
                      + "). Please report it with the file"));
      return () -> report;
    }
  }

  private Supplier<InputReport> read(PeekedInput peeked, TicketEvidence evidence) {
    InputFile input = peeked.input();
    DiagnosticSink diagnostics = new DiagnosticSink(input.name(), diagnosticsPerCode);
    TextHead head = head(input, peeked.head());
    DetectedCharset charset = head.charset();
    var best = formats.best(head);
    if (best.isEmpty()) {
      String why =
          head.bytes().length == 0
              ? "empty file"
              : charset.binary() ? "binary content of no known format" : "no known format";
      diagnostics.info("input.unknown-format", 0, "skipped: " + why, "");
      InputReport report =
          new InputReport(
              input.name(),
              InputReport.UNKNOWN,
              0,
              why,
              charset.label(),
              0,
              0,
              diagnostics.diagnostics());
      return () -> report;
    }
    if (charset.bomLength() == 0 && !"plain ASCII".equals(charset.reason())) {
      diagnostics.info(
          "input.charset", 0, "read as " + charset.label() + ": " + charset.reason(), "");
    }
    ReadContext context =
        new ReadContext(
            peeked.asInput(), charset, zone, maxLineLength, diagnostics, readingThreads);
    TicketEvidence.InputSink sink = evidence.sinkFor(input, diagnostics);
    try {
      best.get().format().read(context, sink);
    } catch (IOException | UncheckedIOException e) {
      diagnostics.error("input.read-failed", 0, "reading stopped: " + e.getMessage(), "");
    } catch (RuntimeException | StackOverflowError e) {
      // a reader's own fault on odd content costs this input's rest, never the ticket
      diagnostics.error(
          "input.reader-fault",
          0,
          "reading stopped by a fault of portex's "
              + best.get().format().id()
              + " reader ("
              + e.getClass().getSimpleName()
              + "); what was read before it is kept. Please report it with the file",
          "");
    }
    sink.namedByLines(context.namedHosts());
    sink.finish();
    var sniff = best.get().sniff();
    String format = best.get().format().id();
    return () ->
        new InputReport(
            input.name(),
            format,
            sniff.confidence(),
            sniff.reason(),
            charset.label(),
            sink.records(),
            sink.snapshots(),
            diagnostics.diagnostics(),
            sink.host());
  }

  private static TextHead head(InputFile input) throws IOException {
    byte[] bytes;
    try (InputStream in = input.open()) {
      bytes = in.readNBytes(TextHead.SIZE);
    }
    return head(input, bytes);
  }

  private static TextHead head(InputFile input, byte[] bytes) {
    DetectedCharset charset = CharsetDetector.detect(bytes, bytes.length);
    String text = "";
    if (!charset.binary()) {
      ByteBuffer body =
          ByteBuffer.wrap(bytes, charset.bomLength(), bytes.length - charset.bomLength());
      text = new String(body.array(), body.position(), body.remaining(), charset.charset());
    }
    return new TextHead(input.fileName(), bytes, charset, text);
  }

  private static InputReport unreadable(String name, IOException e) {
    return skippedReport(
        new Skipped(name, Severity.ERROR, "input.unreadable", "cannot be read: " + describe(e)));
  }

  private static InputReport skippedReport(Skipped item) {
    DiagnosticSink diagnostics = new DiagnosticSink(item.name(), 1);
    diagnostics.report(item.severity(), item.code(), 0, item.message(), "");
    return new InputReport(
        item.name(), InputReport.UNKNOWN, 0, item.message(), "", 0, 0, diagnostics.diagnostics());
  }

  private static String describe(IOException e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
  }

  /** Settings of an {@link Analyzer}. */
  public static final class Builder {
    private ZoneId zone = ZoneOffset.UTC;
    private int maxLineLength = 16 * 1024;
    private int diagnosticsPerCode = 50;
    private FormatRegistry formats = FormatRegistry.standard();
    private BundleLimits bundleLimits = BundleLimits.DEFAULT;
    private Thresholds thresholds = Thresholds.DEFAULT;
    private Long timeWaitSeconds;
    private int readingThreads = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /** The zone of times written without one (default UTC). */
    public Builder zone(ZoneId value) {
      this.zone = Objects.requireNonNull(value, "zone");
      return this;
    }

    /** Longest line read, in characters; longer lines are reported and skipped (default 16 Ki). */
    public Builder maxLineLength(int value) {
      if (value < 256) {
        throw new IllegalArgumentException("maxLineLength must be at least 256: " + value);
      }
      this.maxLineLength = value;
      return this;
    }

    /** Diagnostics kept per code and input (default 50); the rest are counted. */
    public Builder diagnosticsPerCode(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("diagnosticsPerCode must be at least 1: " + value);
      }
      this.diagnosticsPerCode = value;
      return this;
    }

    /** The formats to recognise (default: all portex ships). */
    public Builder formats(FormatRegistry value) {
      this.formats = Objects.requireNonNull(value, "formats");
      return this;
    }

    /** How far zip archives may expand (default {@link BundleLimits#DEFAULT}). */
    public Builder bundleLimits(BundleLimits value) {
      this.bundleLimits = Objects.requireNonNull(value, "bundleLimits");
      return this;
    }

    /** The rules' thresholds (default {@link Thresholds#DEFAULT}, SPEC §3). */
    public Builder thresholds(Thresholds value) {
      this.thresholds = Objects.requireNonNull(value, "thresholds");
      return this;
    }

    /**
     * The TIME_WAIT duration of the analyzed hosts, when known from elsewhere; it takes precedence
     * over a TcpTimedWaitDelay read from the ticket (default: the registry's, else unknown).
     */
    public Builder timeWaitSeconds(long seconds) {
      if (seconds < 1 || seconds > 300) {
        throw new IllegalArgumentException("TIME_WAIT lasts 1 to 300 s: " + seconds);
      }
      this.timeWaitSeconds = seconds;
      return this;
    }

    /**
     * The most threads one big input (a long netstat loop or CSV export, an event log) is read on
     * (default: one per core). Results are the same for any number.
     */
    public Builder readingThreads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("readingThreads must be at least 1: " + threads);
      }
      this.readingThreads = threads;
      return this;
    }

    public Analyzer build() {
      return new Analyzer(this);
    }
  }
}
