package io.portex.core.format.netstat;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.format.ReadContext.Timed;
import io.portex.core.format.StampedSnapshots;
import io.portex.core.model.Connection;
import io.portex.core.model.Snapshot;
import io.portex.core.model.SourceRange;
import io.portex.core.model.TimeSource;
import io.portex.core.time.LocalStamp;
import io.portex.core.time.TimestampRecognizer;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one netstat capture: any number of connection tables, each becoming a snapshot. A table
 * starts at its first row; it ends at a timestamp line, a header, a command prompt or the end of
 * the file. Lines between rows that are not {@code -b} owner lines are reported with their line
 * number; text outside tables (banners, prompts, other commands' output) is counted once. One
 * instance reads one input.
 *
 * <p>A file of {@link #BLOCKS_FROM} bytes or more is read in blocks ({@link
 * ReadContext#forEachBlock}), on every core from {@link #THREADS_FROM} bytes (below, threads cost
 * more than they give): runs of plain rows come tallied from the workers ({@link PlainRows}) and
 * are added to the table in file order; every other line comes as text, as it would line by line,
 * so that what is read and reported is the same either way.
 */
final class NetstatReader {

  private static final int MAX_SUSPECTS = 64;

  private final ReadContext context;
  private final EvidenceSink sink;
  private final DiagnosticSink diagnostics;
  private final TimestampRecognizer timestamps;

  private Snapshot.Builder table;
  private long firstLine;
  private long lastLine;
  private Timed tableTime;
  private Timed pendingTime;

  /** The one-line stamp the table's time was read from, to read it again in the file's order. */
  private LocalStamp tableStamp;

  private LocalStamp pendingStamp;
  private final StampedSnapshots stamped;
  private long pendingMarkLine = -1;
  private String pendingMark;
  private LocalDate pendingDate;

  private Connection pendingRow;
  private String pendingImage;
  private String pendingService;
  private long pendingServiceLine;
  private boolean blankSinceRow;
  private boolean sawImageLine;

  private final List<long[]> suspectLines = new ArrayList<>();
  private final List<String> suspectTexts = new ArrayList<>();

  private Snapshot held;
  private int snapshots;
  private long otherLines;
  private long firstOtherLine;
  private String firstOther;

  /** Files from this size on are read in blocks, in their raw bytes. */
  static final long BLOCKS_FROM = 64L << 10;

  /** Files from this size on have their blocks scanned on every core. */
  static final long THREADS_FROM = 8L << 20;

  /**
   * Small enough that the blocks waiting to be merged stay a few MB even when every line of them is
   * text for the state machine ({@link LineBlocks#MAX_THREADS}).
   */
  static final int BLOCK_SIZE = 256 << 10;

  private final long blocksFrom;
  private final int blockSize;
  private final int threads;

  NetstatReader(ReadContext context, EvidenceSink sink) {
    this(
        context,
        sink,
        BLOCKS_FROM,
        BLOCK_SIZE,
        context.file().size() >= THREADS_FROM ? context.readingThreads() : 1);
  }

  /**
   * @param blocksFrom the size from which a file in a charset split in bytes is read in blocks
   * @param blockSize the size of a block
   * @param threads how many threads scan blocks (1: all on the calling thread)
   */
  NetstatReader(
      ReadContext context, EvidenceSink sink, long blocksFrom, int blockSize, int threads) {
    this.blocksFrom = blocksFrom;
    this.blockSize = blockSize;
    this.threads = threads;
    this.context = context;
    this.sink = sink;
    this.diagnostics = context.diagnostics();
    this.timestamps = context.timestamps();
    this.stamped = new StampedSnapshots(this::hold, context.zone());
  }

  void read() throws IOException {
    RowParser parser = new RowParser();
    ReadContext.LineHandler lines =
        (line, number, terminated) ->
            accept(
                line,
                number,
                RowParser.skipPrefix(line) == line.length() ? null : parser.parse(line));
    if (context.readsInBlocks(blocksFrom)) {
      Charset charset = context.charset().charset();
      int maxLineLength = context.maxLineLength();
      context.forEachBlock(
          "netstat",
          blockSize,
          threads,
          (bytes, from, to, last) -> PlainRows.scan(bytes, from, to, charset, maxLineLength),
          this::onBlock,
          lines);
    } else {
      context.forEachLine("netstat", lines);
    }
    endTable();
    reportUnusedMark();
    stamped.finish(diagnostics, "netstat.", context.file().lastModified());
    if (held != null) {
      emit(held);
    }
    if (otherLines > 0) {
      diagnostics.info(
          "netstat.other-lines",
          firstOtherLine,
          otherLines
              + " line(s) outside connection tables were not read as data (first at line "
              + firstOtherLine
              + ")",
          firstOther);
    }
  }

  /** A block's lines and runs of rows, in order. */
  private void onBlock(RowBlock block, long firstLine, ReadContext.BlockLines lines)
      throws IOException {
    long before = firstLine - 1;
    for (RowBlock.Item item : block.items) {
      if (item instanceof RowBlock.Line line) {
        if (line.cut()) {
          lines.longLine(line.text(), before + line.number());
        } else {
          lines.line(line.text(), before + line.number(), line.terminated());
        }
      } else if (item instanceof RowBlock.Run run) {
        lines.rows();
        onRun(run, before + run.first(), before + run.last());
      }
    }
  }

  /**
   * Rows of lines {@code first..last}, tallied apart: what {@link #accept} does for each, at once.
   * None of them is the row an owner line could follow (the row after the last one is handed over
   * as a line), so none is held as the pending row.
   */
  private void onRun(RowBlock.Run run, long first, long last) {
    settleService(false);
    startRow(first);
    table.add(run.rows());
    pendingRow = null;
    pendingImage = null;
    blankSinceRow = false;
    lastLine = last;
  }

  /** A line, with its row when it is one (parsed apart, perhaps on another thread). */
  private void accept(String line, long number, RowParser.Row row) {
    int start = RowParser.skipPrefix(line);
    if (start == line.length()) {
      settleService(false);
      blankSinceRow = true;
      return;
    }
    if (row != null) {
      settleService(false);
      onRow(row, line, number);
      return;
    }
    String text = line.substring(start).strip();
    OwnerLine.Kind owner = OwnerLine.classify(text);
    settleService(owner == OwnerLine.Kind.IMAGE);
    if (pendingRow != null && !blankSinceRow && onOwnerLine(owner, text, number)) {
      return;
    }
    if (onTime(text, number)) {
      return;
    }
    if (isHeader(text)) {
      endTable();
      announce(number, "header");
      return;
    }
    if (TitleLine.is(text)) {
      endTable();
      return;
    }
    if (isPrompt(text)) {
      endTable();
      return;
    }
    if (isElision(text) && table != null) {
      diagnostics.warning(
          "netstat.elision", number, "rows left out here by whoever pasted the output", text);
      return;
    }
    suspect(number, text);
  }

  /** A line that is no row inside a table: reported if rows follow, else counted as other text. */
  private void suspect(long number, String text) {
    if (table != null && suspectLines.size() < MAX_SUSPECTS) {
      suspectLines.add(new long[] {number});
      suspectTexts.add(text);
    } else {
      other(number, text);
    }
  }

  /**
   * A service-name line of {@code netstat -b} is always followed by its image line; a lone word
   * that is not (a wrapped state such as {@code ESTABLISHED}) is no owner line after all.
   */
  private void settleService(boolean imageFollows) {
    if (pendingService != null && !imageFollows) {
      suspect(pendingServiceLine, pendingService);
    }
    pendingService = null;
  }

  private void onRow(RowParser.Row row, String line, long number) {
    startRow(number);
    if (row.problemCode() != null) {
      diagnostics.warning(row.problemCode(), number, row.problem(), line.strip());
    }
    pendingRow = row.connection();
    pendingImage = null;
    blankSinceRow = false;
    lastLine = number;
  }

  /**
   * What a row does before it is counted: starts the table or adds the row before it, and reports
   * the lines since that row that were none.
   */
  private void startRow(long number) {
    if (table == null) {
      table = new Snapshot.Builder();
      firstLine = number;
      tableTime = pendingTime;
      pendingTime = null;
      tableStamp = pendingStamp;
      pendingStamp = null;
      pendingMarkLine = -1;
      pendingMark = null;
    } else {
      addPendingRow();
    }
    for (int i = 0; i < suspectLines.size(); i++) {
      diagnostics.warning(
          "netstat.unreadable-line",
          suspectLines.get(i)[0],
          "line inside a connection table is no row (wrapped or damaged?)",
          suspectTexts.get(i));
    }
    suspectLines.clear();
    suspectTexts.clear();
  }

  private boolean onOwnerLine(OwnerLine.Kind owner, String text, long number) {
    OwnerLine.Kind kind = owner;
    if (kind == null && sawImageLine && OwnerLine.looksLikeSentence(text)) {
      diagnostics.info(
          "netstat.owner-sentence",
          number,
          "read as netstat -b saying the owner is unknown (language not known to portex)",
          text);
      kind = OwnerLine.Kind.NO_OWNER;
    }
    if (kind == null) {
      return false;
    }
    if (kind == OwnerLine.Kind.SERVICE) {
      pendingService = text;
      pendingServiceLine = number;
    } else if (kind == OwnerLine.Kind.IMAGE) {
      sawImageLine = true;
      pendingImage = text.substring(1, text.length() - 1).strip();
    }
    lastLine = number;
    return true;
  }

  /** Timestamp lines: date and time on one line, or {@code %date%} and {@code %time%} on two. */
  private boolean onTime(String text, long number) {
    Optional<LocalStamp> stamp = timestamps.find(text);
    if (stamp.isPresent()) {
      endTable();
      startTimedSection(stamped.stamp(stamp.get(), number, text), number);
      pendingStamp = stamp.get();
      return true;
    }
    Optional<LocalDate> date = timestamps.findDateOnly(text);
    if (date.isPresent()) {
      endTable();
      pendingDate = date.get();
      return true;
    }
    Optional<LocalTime> time = timestamps.findTimeOnly(text);
    if (time.isPresent()) {
      LocalDate day = pendingDate != null ? pendingDate : context.fileNameDate().orElse(null);
      if (day != null) {
        startTimedSection(day.atTime(time.get()).atZone(context.zone()).toInstant(), number);
        pendingDate = null;
        return true;
      }
    }
    return false;
  }

  private void startTimedSection(Instant time, long number) {
    endTable();
    pendingTime = new Timed(time, TimeSource.CONTENT);
    pendingStamp = null;
    announce(number, "timestamp");
  }

  /**
   * Remembers a timestamp or header that announces a table, to report it when no rows follow. A
   * header after a timestamp belongs to the same table.
   */
  private void announce(long number, String what) {
    boolean headerOfTimestamp = "header".equals(what) && "timestamp".equals(pendingMark);
    if (!headerOfTimestamp) {
      reportUnusedMark();
      pendingMarkLine = number;
      pendingMark = what;
    }
  }

  private void reportUnusedMark() {
    if (pendingMarkLine > 0) {
      diagnostics.warning(
          "netstat.empty-table",
          pendingMarkLine,
          "the " + pendingMark + " at this line is followed by no connection rows",
          "");
    }
    pendingMarkLine = -1;
    pendingMark = null;
  }

  private void addPendingRow() {
    if (pendingRow != null) {
      table.add(pendingImage == null ? pendingRow : pendingRow.withProcess(pendingImage));
      pendingRow = null;
      pendingImage = null;
    }
  }

  private void endTable() {
    if (table == null) {
      return;
    }
    settleService(false);
    addPendingRow();
    for (int i = 0; i < suspectLines.size(); i++) {
      other(suspectLines.get(i)[0], suspectTexts.get(i));
    }
    suspectLines.clear();
    suspectTexts.clear();
    SourceRange range = new SourceRange(context.file().name(), firstLine, lastLine);
    Instant time =
        tableStamp != null ? stamped.time(tableStamp) : tableTime != null ? tableTime.time() : null;
    Snapshot snapshot =
        time != null
            ? table.build(time, tableTime.source(), range)
            : table.build(null, TimeSource.NONE, range);
    table = null;
    tableTime = null;
    LocalStamp stamp = tableStamp;
    tableStamp = null;
    snapshots++;
    stamped.add(snapshot, stamp);
  }

  /** A snapshot whose time is settled: handed on when the next one is. */
  private void hold(Snapshot snapshot) {
    if (held != null) {
      emit(held);
    }
    held = snapshot;
  }

  /**
   * Hands a snapshot on (a file's only snapshot without a time of its own takes the file's time in
   * the analysis, once the host's other evidence is known).
   */
  private void emit(Snapshot snapshot) {
    sink.snapshot(snapshot);
    held = null;
  }

  private void other(long number, String text) {
    if (otherLines++ == 0) {
      firstOtherLine = number;
      firstOther = text;
    }
  }

  /** A header: three or more fields set apart by two or more blanks, none of them an address. */
  static boolean isHeader(String text) {
    int fields = 0;
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length()
          && !(isBlank(text.charAt(i)) && i + 1 < text.length() && isBlank(text.charAt(i + 1)))) {
        i++;
      }
      if (looksLikeAddress(text, start, i)) {
        return false;
      }
      fields++;
      while (i < text.length() && isBlank(text.charAt(i))) {
        i++;
      }
    }
    return fields >= 3;
  }

  private static boolean looksLikeAddress(String text, int from, int to) {
    for (int i = from + 1; i < to - 1; i++) {
      if (text.charAt(i) == ':' && Character.isDigit(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u3000';
  }

  /** {@code C:\Users\me>netstat -ano}, {@code PS C:\> netstat}. */
  static boolean isPrompt(String text) {
    String t = text.startsWith("PS ") ? text.substring(3) : text;
    return t.length() >= 3
        && Character.isLetter(t.charAt(0))
        && t.charAt(1) == ':'
        && t.charAt(2) == '\\'
        && t.indexOf('>') > 0;
  }

  /** {@code ...}, {@code [...]}, {@code …}: rows left out by whoever pasted the output. */
  static boolean isElision(String text) {
    String t = text.strip();
    return t.equals("...") || t.equals("[...]") || t.equals("\u2026") || t.equals("(...)");
  }
}
