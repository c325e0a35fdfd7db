package io.portex.core.format.nettcp;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.format.ReadContext.Timed;
import io.portex.core.format.StampedSnapshots;
import io.portex.core.model.Connection;
import io.portex.core.model.TimeSource;
import io.portex.core.time.LocalStamp;
import io.portex.core.time.TimestampRecognizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code Get-NetTCPConnection} output saved as text: the default table view (a header, a
 * dashes line, one row per connection) and the list view ({@code Format-List}: one block of {@code
 * Name : value} lines per connection). Each table is a snapshot; so is each run of list blocks. A
 * timestamp line ({@code Get-Date}) times the snapshot after it; a prompt line ends one. Lines
 * inside a table that are no rows are reported when rows follow them; other text is counted once.
 * One instance reads one input.
 */
final class NetTcpTextReader {

  private static final int MAX_SUSPECTS = 64;

  private final ReadContext context;
  private final DiagnosticSink diagnostics;
  private final TimestampRecognizer timestamps;
  private final CaptureSnapshots snapshots;
  private final InstanceValues values = new InstanceValues(this::warn);
  private final long[] propertyLines = new long[NetTcpProperty.ALL.length];

  private PendingSnapshot current;
  private Timed pendingTime;

  /** The one-line stamp of the pending time and of the snapshot being read, or null. */
  private LocalStamp pendingStamp;

  private LocalStamp currentStamp;
  private final StampedSnapshots stamped;

  private String pendingHeader;
  private long pendingHeaderLine;
  private TableLayout table;
  private long tableLine;
  private int tableRows;
  private boolean headerless;

  private boolean inBlock;
  private long blockLine;
  private int blockKeys;

  private long line;
  private String rowText;
  private final List<Long> suspectLines = new ArrayList<>();
  private final List<String> suspectTexts = new ArrayList<>();
  private long otherLines;
  private long firstOtherLine;
  private String firstOther;

  NetTcpTextReader(ReadContext context, EvidenceSink sink) {
    this.context = context;
    this.diagnostics = context.diagnostics();
    this.timestamps = context.timestamps();
    this.snapshots = new CaptureSnapshots(context, sink);
    this.stamped = new StampedSnapshots(snapshots::add, context.zone());
  }

  void read() throws IOException {
    context.forEachLine("nettcp", (text, number, terminated) -> accept(text, number));
    if (pendingHeader != null) {
      other(pendingHeaderLine, pendingHeader.strip());
    }
    endSection();
    stamped.finish(diagnostics, "nettcp.", context.file().lastModified());
    if (otherLines > 0) {
      diagnostics.info(
          "nettcp.other-lines",
          firstOtherLine,
          otherLines
              + " line(s) outside tables and lists were not read as data (first at line "
              + firstOtherLine
              + ")",
          firstOther);
    }
    snapshots.finish();
  }

  private void accept(String raw, long number) {
    line = number;
    String text = raw.strip();
    if (text.isEmpty()) {
      endBlock();
      if (pendingHeader != null) {
        suspect(pendingHeaderLine, pendingHeader.strip()); // no dashes line right under it
        pendingHeader = null;
      }
      return;
    }
    if (pendingHeader != null && onHeaderUnderline(raw)) {
      return;
    }
    if (table != null && readRow(raw)) {
      return;
    }
    if (table == null && !inBlock && readValueRow(text)) {
      return;
    }
    ListLine property = ListLine.parse(raw);
    if (property != null) {
      onProperty(property);
      return;
    }
    if (inBlock && isBlank(raw.charAt(0))) {
      return; // a long value of the list view, wrapped onto the next line
    }
    endBlock();
    if (TableLayout.looksLikeHeader(raw)) {
      pendingHeader = raw;
      pendingHeaderLine = number;
      return;
    }
    if (isElision(text)) {
      if (table != null || current != null) {
        diagnostics.warning(
            "nettcp.elision", number, "rows left out here by whoever pasted the output", text);
      } else {
        other(number, text);
      }
      return;
    }
    Optional<LocalStamp> stamp = timestamps.find(text);
    if (stamp.isPresent()) {
      endSection();
      pendingTime = new Timed(stamped.stamp(stamp.get(), number, text), TimeSource.CONTENT);
      pendingStamp = stamp.get();
      return;
    }
    if (isPrompt(text)) {
      endSection();
      return;
    }
    suspect(number, text);
  }

  /** The line after a possible header: a dashes line makes it a table. */
  private boolean onHeaderUnderline(String raw) {
    String header = pendingHeader;
    long headerLine = pendingHeaderLine;
    pendingHeader = null;
    TableLayout layout = TableLayout.of(header, raw);
    if (layout == null) {
      suspect(headerLine, header.strip());
      return false;
    }
    endSection();
    List<NetTcpProperty> missing = layout.missing(CsvHeader.REQUIRED);
    if (!missing.isEmpty()) {
      diagnostics.error(
          "nettcp.missing-columns",
          headerLine,
          "the table has no "
              + String.join(" or ", missing.stream().map(NetTcpProperty::label).toList())
              + " column: its rows cannot be counted",
          header.strip());
      return true;
    }
    table = layout;
    tableLine = headerLine;
    tableRows = 0;
    return true;
  }

  /** Reads a table row; false when the line is none (no port where LocalPort stands). */
  private boolean readRow(String raw) {
    String[] cells = table.cells(raw);
    String port = cells[table.column(NetTcpProperty.LOCAL_PORT)];
    if (port == null || InstanceValues.port(port) < 0) {
      return false;
    }
    reportSuspects();
    values.clear();
    Arrays.fill(propertyLines, line);
    rowText = raw.strip();
    for (NetTcpProperty property : NetTcpProperty.ALL) {
      int column = table.column(property);
      if (column >= 0 && cells[column] != null) {
        values.set(property, cells[column]);
        if (isCut(cells[column])) {
          diagnostics.info(
              "nettcp.cut-value",
              line,
              property.label() + " '" + cells[column] + "' was cut short by Format-Table",
              rowText);
        }
      }
    }
    if (!values.has(NetTcpProperty.STATE)) {
      values.set(NetTcpProperty.STATE, "");
    }
    add(values.toConnection(), line);
    tableRows++;
    return true;
  }

  /**
   * A row pasted without its table header, its columns known by their values; the first of a run is
   * told once, so that a reader of the result knows the columns were inferred.
   */
  private boolean readValueRow(String text) {
    ValueRow row = ValueRow.parse(text);
    if (row == null) {
      return false;
    }
    if (!headerless) {
      headerless = true;
      diagnostics.info(
          "nettcp.inferred-columns",
          line,
          "connection rows without a table header: columns taken by their values as "
              + ValueRow.COLUMNS,
          text);
    }
    values.clear();
    Arrays.fill(propertyLines, line);
    rowText = text;
    row.into(values);
    add(values.toConnection(), line);
    return true;
  }

  private void onProperty(ListLine property) {
    if (table != null) {
      endSection();
    }
    NetTcpProperty known = NetTcpProperty.named(property.name());
    if (inBlock && known != null && values.has(known)) {
      endBlock(); // a new entry whose blank separator line was lost
    }
    if (!inBlock) {
      inBlock = true;
      blockLine = line;
      blockKeys = 0;
      values.clear();
      Arrays.fill(propertyLines, line);
      rowText = null;
    }
    if (known != null) {
      values.set(known, property.value());
      propertyLines[known.ordinal()] = line;
      blockKeys++;
    }
  }

  /** One list entry is one connection, when it has a LocalPort and a State. */
  private void endBlock() {
    if (!inBlock) {
      return;
    }
    inBlock = false;
    if (blockKeys == 0) {
      return;
    }
    if (!values.has(NetTcpProperty.LOCAL_PORT) || !values.has(NetTcpProperty.STATE)) {
      diagnostics.warning(
          "nettcp.incomplete-entry",
          blockLine,
          "a list entry with connection properties but no LocalPort or State; not counted",
          "");
      return;
    }
    add(values.toConnection(), blockLine);
  }

  private void add(Connection connection, long at) {
    if (current == null) {
      current = new PendingSnapshot(pendingTime, null);
      currentStamp = pendingStamp;
      pendingTime = null;
      pendingStamp = null;
    }
    current.add(connection, at);
  }

  /** Ends the table or list being read, and the snapshot it made. */
  private void endSection() {
    endBlock();
    if (table != null && tableRows == 0) {
      diagnostics.warning(
          "nettcp.no-rows",
          tableLine,
          "the table header at this line is followed by no connection rows",
          "");
    }
    table = null;
    headerless = false;
    for (int i = 0; i < suspectLines.size(); i++) {
      other(suspectLines.get(i), suspectTexts.get(i));
    }
    suspectLines.clear();
    suspectTexts.clear();
    if (current != null) {
      stamped.add(current.build(context.file().name()), currentStamp);
      current = null;
      currentStamp = null;
    }
  }

  /** A line inside a table that is no row: reported if rows follow it, else other text. */
  private void suspect(long number, String text) {
    if (table != null && suspectLines.size() < MAX_SUSPECTS) {
      suspectLines.add(number);
      suspectTexts.add(text);
    } else {
      other(number, text);
    }
  }

  private void reportSuspects() {
    for (int i = 0; i < suspectLines.size(); i++) {
      diagnostics.warning(
          "nettcp.unreadable-line",
          suspectLines.get(i),
          "line inside a connection table is no row (wrapped or damaged?)",
          suspectTexts.get(i));
    }
    suspectLines.clear();
    suspectTexts.clear();
  }

  private void other(long number, String text) {
    if (otherLines++ == 0) {
      firstOtherLine = number;
      firstOther = text;
    }
  }

  private void warn(NetTcpProperty property, String code, String message) {
    String excerpt = rowText != null ? rowText : property.label() + " : " + values.get(property);
    diagnostics.warning(code, propertyLines[property.ordinal()], message, excerpt);
  }

  /** {@code ...} or {@code …} at the end: Format-Table cut the value to fit its column. */
  private static boolean isCut(String value) {
    return value.endsWith("...") || value.endsWith("\u2026");
  }

  /** {@code ...}, {@code [...]}, {@code …}: rows left out by whoever pasted the output. */
  static boolean isElision(String text) {
    return text.equals("...")
        || text.equals("[...]")
        || text.equals("\u2026")
        || text.equals("[\u2026]")
        || text.equals("(...)");
  }

  /** {@code PS C:\Users\me> Get-NetTCPConnection}, {@code PS> ...}, {@code C:\>}. */
  static boolean isPrompt(String text) {
    if (text.startsWith("PS>")) {
      return true;
    }
    String rest = text.startsWith("PS ") ? text.substring(3) : text;
    return rest.length() >= 3
        && Character.isLetter(rest.charAt(0))
        && rest.charAt(1) == ':'
        && rest.charAt(2) == '\\'
        && rest.indexOf('>') > 0;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0';
  }
}
