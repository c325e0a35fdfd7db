package io.portex.core.format;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.model.TimeSource;
import io.portex.core.source.CsvReader;
import io.portex.core.source.Decoding;
import io.portex.core.source.DetectedCharset;
import io.portex.core.source.InputFile;
import io.portex.core.source.LineReader;
import io.portex.core.time.FileNameTime;
import io.portex.core.time.FileTime;
import io.portex.core.time.TimestampRecognizer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;

/** Everything a format needs to read one input: the input, its charset, the zone, the sinks. */
public final class ReadContext {

  /** A time and where it came from. */
  public record Timed(Instant time, TimeSource source) {}

  /**
   * A machine a line of the text names ({@code hostname}'s output, {@code COMPUTERNAME=}, …).
   *
   * @param host the host key ({@link io.portex.core.model.HostName})
   * @param line the first line that names it
   */
  public record NamedHost(String host, long line) {}

  private static final TimestampRecognizer TIMESTAMPS = new TimestampRecognizer();
  private static final FileNameTime FILE_NAME_TIME = new FileNameTime();

  private final InputFile file;
  private final DetectedCharset charset;
  private final ZoneId zone;
  private final int maxLineLength;
  private final DiagnosticSink diagnostics;
  private final int readingThreads;
  private HostLines hostLines;

  /**
   * @param readingThreads the most threads a big input may be read on ({@link
   *     io.portex.core.Analyzer.Builder#readingThreads})
   */
  public ReadContext(
      InputFile file,
      DetectedCharset charset,
      ZoneId zone,
      int maxLineLength,
      DiagnosticSink diagnostics,
      int readingThreads) {
    if (readingThreads < 1) {
      throw new IllegalArgumentException("readingThreads must be at least 1: " + readingThreads);
    }
    this.file = Objects.requireNonNull(file);
    this.charset = Objects.requireNonNull(charset);
    this.zone = Objects.requireNonNull(zone);
    this.maxLineLength = maxLineLength;
    this.diagnostics = Objects.requireNonNull(diagnostics);
    this.readingThreads = readingThreads;
  }

  public InputFile file() {
    return file;
  }

  public DetectedCharset charset() {
    return charset;
  }

  /** The zone of times written without one. */
  public ZoneId zone() {
    return zone;
  }

  /** The longest line read, in characters (in bytes where lines are split in bytes). */
  public int maxLineLength() {
    return maxLineLength;
  }

  public DiagnosticSink diagnostics() {
    return diagnostics;
  }

  /** The most threads this input may be read on. */
  public int readingThreads() {
    return readingThreads;
  }

  public TimestampRecognizer timestamps() {
    return TIMESTAMPS;
  }

  /** One line of the text. */
  @FunctionalInterface
  public interface LineHandler {
    /**
     * @param text the line without its line end
     * @param number its number, 1-based
     * @param terminated false for a last line that ended with the text (perhaps cut off)
     */
    void line(String text, long number, boolean terminated) throws IOException;
  }

  /**
   * Hands every line of the text to {@code handler}. A line longer than the cap is not handed on:
   * it is reported as {@code <formatId>.long-line} with its number.
   */
  public void forEachLine(String formatId, LineHandler handler) throws IOException {
    forEachLine(formatId, handler, number -> {});
  }

  /**
   * As {@link #forEachLine(String, LineHandler)}; {@code beforeLongLine} is told of a line too long
   * to read before it is reported (to close what the line may have belonged to).
   */
  public void forEachLine(String formatId, LineHandler handler, LongConsumer beforeLongLine)
      throws IOException {
    forEachLine(formatId, maxLineLength, handler, beforeLongLine);
  }

  /**
   * As {@link #forEachLine(String, LineHandler)}, with lines of up to {@code maxLength} characters
   * (never fewer than the analyzer's cap): for tables whose lines a console or a paste may have
   * glued onto one. One such line is held in memory at a time.
   */
  public void forEachLongLine(String formatId, int maxLength, LineHandler handler)
      throws IOException {
    forEachLine(formatId, Math.max(maxLength, maxLineLength), handler, number -> {});
  }

  private void forEachLine(
      String formatId, int maxLength, LineHandler handler, LongConsumer beforeLongLine)
      throws IOException {
    HostLines hosts = hostLines(formatId);
    readLines(
        openBytes(),
        1,
        maxLength,
        formatId,
        (line, number, terminated) -> {
          hosts.line(line, number);
          handler.line(line, number, terminated);
        },
        beforeLongLine);
  }

  /**
   * Hands every line of {@code in} (closed after), numbered from {@code firstLine}, to {@code
   * handler}; a line longer than {@code maxLength} is reported instead, after {@code
   * beforeLongLine} is told of it.
   */
  private void readLines(
      InputStream in,
      long firstLine,
      int maxLength,
      String formatId,
      LineHandler handler,
      LongConsumer beforeLongLine)
      throws IOException {
    try (LineReader lines = LineReader.of(in, charset.charset(), maxLength)) {
      String line;
      while ((line = lines.next()) != null) {
        long number = firstLine - 1 + lines.lineNumber();
        if (lines.wasCut()) {
          beforeLongLine.accept(number);
          longLine(formatId, line, number);
          continue;
        }
        handler.line(line, number, lines.wasTerminated());
      }
    }
  }

  /** What finds the lines that name the input's machine, made by the first reading of its lines. */
  private HostLines hostLines(String formatId) {
    if (hostLines == null) {
      hostLines = new HostLines(formatId, diagnostics);
    }
    return hostLines;
  }

  /**
   * True when the text is at least {@code minSize} bytes in a charset that can be cut into blocks
   * of whole lines: what {@link #forEachBlock} reads. Its scanner gets the raw bytes: lines and
   * ASCII fields are found in them, except in UTF-16 ({@link LineBlocks#isUtf16}), which it has to
   * decode first.
   */
  public boolean readsInBlocks(long minSize) {
    return file.size() >= minSize && LineBlocks.cutsAtLineFeeds(charset.charset());
  }

  /** Receives the scan of a block on the reading thread, in file order. */
  @FunctionalInterface
  public interface BlockHandler<R> {
    /**
     * @param scanned what the worker made of the block
     * @param firstLine the number of the block's first line, 1-based
     * @param lines where the lines the scan kept as text go, in order
     */
    void block(R scanned, long firstLine, BlockLines lines) throws IOException;
  }

  /**
   * Where the reading thread hands the lines of a scanned block, in order, so that every line
   * passes the checks {@link #forEachLine} makes ({@link HostLines}, the line cap).
   */
  public final class BlockLines {
    private final String formatId;
    private final LineHandler handler;
    private final HostLines hosts;

    private BlockLines(String formatId, LineHandler handler, HostLines hosts) {
      this.formatId = formatId;
      this.handler = handler;
      this.hosts = hosts;
    }

    /** A line of the text, as {@link #forEachLine} hands it over. */
    public void line(String text, long number, boolean terminated) throws IOException {
      hosts.line(text, number);
      handler.line(text, number, terminated);
    }

    /** A line longer than the cap, cut to it: reported, not handed over. */
    public void longLine(String cut, long number) {
      ReadContext.this.longLine(formatId, cut, number);
    }

    /**
     * Lines that are connection rows ({@code TCP}/{@code UDP} after spaces, then address fields),
     * which name no machine: read as lines of text they would change only what {@link HostLines}
     * knows of the lines before.
     */
    public void rows() {
      hosts.rows();
    }
  }

  /**
   * Reads a big text in blocks of whole lines, each scanned in its raw bytes on one of {@code
   * threads} threads and handed to {@code handler} in file order; only when {@link #readsInBlocks}.
   * A line too long for a block of a few times the line cap makes the rest of the text go to {@code
   * lines} line by line, as {@link #forEachLine} would.
   */
  public <R extends LineBlocks.Scanned> void forEachBlock(
      String formatId,
      int blockSize,
      int threads,
      LineBlocks.Scanner<R> scanner,
      BlockHandler<R> handler,
      LineHandler lines)
      throws IOException {
    BlockLines blockLines = new BlockLines(formatId, lines, hostLines(formatId));
    try (InputStream in = openBytes()) {
      new LineBlocks(blockSize, threads, maxLineLength, charset.charset())
          .read(
              in,
              scanner,
              (scanned, firstLine) -> handler.block(scanned, firstLine, blockLines),
              (rest, firstLine) ->
                  readLines(
                      rest, firstLine, maxLineLength, formatId, blockLines::line, number -> {}));
    }
  }

  /**
   * The machines that lines read through {@link #forEachLine} name, in the order met: one names the
   * input's host; more are a conflict, already diagnosed ({@code input.host-conflict}).
   */
  public List<NamedHost> namedHosts() {
    if (hostLines == null) {
      return List.of();
    }
    return hostLines.found().stream().map(f -> new NamedHost(f.host(), f.line())).toList();
  }

  private void longLine(String formatId, String line, long number) {
    diagnostics.warning(
        formatId + ".long-line",
        number,
        "line longer than " + line.length() + " characters; not read",
        line);
  }

  /** The text, line by line, in the detected charset with any byte-order mark skipped. */
  public LineReader openLines() throws IOException {
    return LineReader.of(openBytes(), charset.charset(), maxLineLength);
  }

  /** What {@link #forEachCsvRecord} hands each record to. */
  @FunctionalInterface
  public interface CsvRecordHandler {
    /**
     * @param fields the record's fields (an empty field is an empty string)
     * @param line the line the record starts on, 1-based
     */
    void record(String[] fields, long line) throws IOException;
  }

  /**
   * Hands every CSV record to {@code handler}. A place past which the CSV cannot be read (a quote
   * never closed, a record too long) ends the reading: it is reported as {@code
   * <formatId>.csv-error} with its line, and the records before it are kept.
   *
   * @param delimiter {@code ,} or {@code ;}
   */
  public void forEachCsvRecord(String formatId, char delimiter, CsvRecordHandler handler)
      throws IOException {
    forEachCsvRecord(formatId, delimiter, CsvReader.DEFAULT_MAX_COLUMNS, maxLineLength, handler);
  }

  /**
   * As {@link #forEachCsvRecord(String, char, CsvRecordHandler)}, for records of up to {@code
   * maxColumns} fields of at most {@code maxFieldLength} characters (a wide perfmon log).
   */
  public void forEachCsvRecord(
      String formatId, char delimiter, int maxColumns, int maxFieldLength, CsvRecordHandler handler)
      throws IOException {
    forEachCsvRecord(
        formatId,
        delimiter,
        maxColumns,
        maxFieldLength,
        handler,
        CSV_BLOCKS_FROM,
        CSV_BLOCK_SIZE,
        readingThreads);
  }

  /** CSV texts from this size on are parsed in blocks on every core ({@link CsvBlocks}). */
  static final long CSV_BLOCKS_FROM = 8L << 20;

  /**
   * As the netstat blocks: a parsed CSV block is held as its fields' strings, up to ~25 times its
   * bytes for fields of one character, until the reading thread takes it ({@link
   * LineBlocks#MAX_THREADS}).
   */
  static final int CSV_BLOCK_SIZE = 256 << 10;

  /**
   * As {@link #forEachCsvRecord(String, char, int, int, CsvRecordHandler)}: a text of {@code
   * blocksFrom} bytes or more, in a charset whose lines can be cut in bytes, is parsed in blocks of
   * {@code blockSize} on {@code threads} threads.
   */
  void forEachCsvRecord(
      String formatId,
      char delimiter,
      int maxColumns,
      int maxFieldLength,
      CsvRecordHandler handler,
      long blocksFrom,
      int blockSize,
      int threads)
      throws IOException {
    try {
      CsvBlocks csv =
          new CsvBlocks(charset.charset(), delimiter, maxColumns, maxFieldLength, handler);
      if (threads > 1 && file.size() >= blocksFrom && LineBlocks.readsInBytes(charset.charset())) {
        csv.read(
            this::openBytes, new LineBlocks(blockSize, threads, maxLineLength, charset.charset()));
      } else {
        csv.readAll(this::openBytes);
      }
    } catch (CsvReader.CsvException e) {
      csvError(formatId, e);
    }
  }

  /**
   * Reports a place past which the CSV cannot be read as {@code <formatId>.csv-error}, for readers
   * that walk the records themselves.
   */
  public void csvError(String formatId, CsvReader.CsvException e) {
    diagnostics.error(
        formatId + ".csv-error",
        e.line(),
        "the CSV cannot be read from this line on (" + e.getMessage() + "); records before it kept",
        "");
  }

  /**
   * The text as CSV records (quoted fields, line breaks inside quotes), in the detected charset.
   *
   * @param delimiter {@code ,} or {@code ;}
   */
  public CsvReader openCsv(char delimiter) throws IOException {
    return openCsv(delimiter, CsvReader.DEFAULT_MAX_COLUMNS, maxLineLength);
  }

  private CsvReader openCsv(char delimiter, int maxColumns, int maxFieldLength) throws IOException {
    return new CsvReader(openText(), delimiter, maxColumns, maxFieldLength);
  }

  /**
   * The text, decoded in the detected charset ({@link Decoding}), any byte-order mark skipped: for
   * readers that parse it whole.
   */
  public Reader openText() throws IOException {
    return Decoding.buffered(openBytes(), charset.charset());
  }

  /** The raw bytes after any byte-order mark. */
  private InputStream openBytes() throws IOException {
    InputStream in = new BufferedInputStream(file.open(), 1 << 16);
    try {
      long skipped = in.skip(charset.bomLength());
      if (skipped != charset.bomLength()) {
        throw new IOException("input shorter than its byte-order mark");
      }
      return in;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * The time to give evidence that carries none of its own, by the one rule of {@link FileTime}
   * (without other evidence to borrow a date from). Snapshots do not use it: the analysis gives an
   * input's only untimed snapshot its file time once every input of the host is read.
   */
  public Optional<Timed> fileTime() {
    return new FileTime(file.fileName(), file.lastModified(), zone)
        .resolve()
        .map(r -> new Timed(r.time(), r.source()));
  }

  /** The date the file name gives, if any, for times of day found in the content. */
  public Optional<LocalDate> fileNameDate() {
    return FILE_NAME_TIME.find(file.fileName()).map(FileNameTime.Found::date);
  }
}
