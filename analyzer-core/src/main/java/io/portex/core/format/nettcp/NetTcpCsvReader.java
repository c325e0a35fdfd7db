package io.portex.core.format.nettcp;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.model.Connection;
import io.portex.core.model.TcpState;
import io.portex.core.source.LineReader;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one {@code Export-Csv} file of {@code Get-NetTCPConnection}: an optional {@code #TYPE}
 * line, a header, then one record per connection. The header decides which column is which; the
 * delimiter is the one the header line uses. Records that do not fit the header are reported with
 * their line and left out; values that cannot be read are reported and the connection is kept. A
 * second header (exports pasted one after another) starts another snapshot. One instance reads one
 * input.
 */
final class NetTcpCsvReader {

  /** Lines looked at for the header when finding the delimiter. */
  private static final int HEADER_SEARCH_LINES = 16;

  /** Listening sockets remembered per export to notice exports appended to one another. */
  private static final int MAX_LISTENERS = 65_536;

  private final ReadContext context;
  private final DiagnosticSink diagnostics;
  private final CaptureSnapshots snapshots;
  private final ExportSnapshots export = new ExportSnapshots();
  private final InstanceValues values = new InstanceValues(this::warn);
  private final Set<String> listeners = new HashSet<>();

  private char delimiter = ',';
  private CsvHeader header;
  private long headerLine;
  private long typeLine = -1;
  private boolean headerSeen;
  private String headerText;
  private boolean refused;
  private long refusedRows;
  private boolean repeatedListenerReported;
  private String[] record;
  private long line;

  NetTcpCsvReader(ReadContext context, EvidenceSink sink) {
    this.context = context;
    this.diagnostics = context.diagnostics();
    this.snapshots = new CaptureSnapshots(context, sink);
  }

  void read() throws IOException {
    delimiter = findDelimiter();
    context.forEachCsvRecord("nettcp", delimiter, this::accept);
    endExport();
    if (!headerSeen && typeLine > 0) {
      diagnostics.warning(
          "nettcp.no-header",
          typeLine,
          "the export ends after its #TYPE line: no header and no connections",
          "");
    }
    snapshots.finish();
  }

  /** The delimiter of the first line that is not the {@code #TYPE} line. */
  private char findDelimiter() throws IOException {
    try (LineReader lines = context.openLines()) {
      String text;
      while ((text = lines.next()) != null && lines.lineNumber() <= HEADER_SEARCH_LINES) {
        if (!text.isBlank() && !CsvHeader.isTypeLine(text.strip())) {
          return CsvHeader.delimiterOf(text);
        }
      }
    }
    return ',';
  }

  private void accept(String[] fields, long number) {
    record = fields;
    line = number;
    if (fields.length > 0 && fields[0] != null && CsvHeader.isTypeLine(fields[0])) {
      if (header != null) {
        endExport();
        diagnostics.info(
            "nettcp.another-export",
            number,
            "a second #TYPE line: another export follows, read as a snapshot of its own",
            excerpt());
      }
      typeLine = number;
      return;
    }
    if (header == null) {
      startExport(fields, number);
      return;
    }
    if (isHeaderAgain(fields)) {
      endExport();
      diagnostics.info(
          "nettcp.another-export",
          number,
          "a second header: another export follows, read as a snapshot of its own",
          excerpt());
      startExport(fields, number);
      return;
    }
    if (refused) {
      refusedRows++;
      return;
    }
    if (fields.length != header.width()) {
      diagnostics.warning(
          "nettcp.field-count",
          number,
          "record has "
              + fields.length
              + " field(s) where the header has "
              + header.width()
              + "; not counted",
          excerpt());
      return;
    }
    values.clear();
    for (NetTcpProperty property : NetTcpProperty.ALL) {
      int column = header.column(property);
      if (column >= 0) {
        values.set(property, fields[column]);
      }
    }
    Connection connection = values.toConnection();
    String host = values.get(NetTcpProperty.COMPUTER_NAME);
    export.add(connection, host, number);
    if (connection.state() == TcpState.LISTENING) {
      watchListener(connection, host);
    }
  }

  private void startExport(String[] fields, long number) {
    header = CsvHeader.of(fields);
    headerSeen = true;
    headerLine = number;
    headerText = excerpt();
    refused = !header.missing(CsvHeader.REQUIRED).isEmpty();
    refusedRows = 0;
    listeners.clear();
    repeatedListenerReported = false;
    if (refused) {
      return;
    }
    if (!header.has(NetTcpProperty.LOCAL_ADDRESS)) {
      diagnostics.info(
          "nettcp.no-address-column",
          number,
          "no LocalAddress column: local addresses are unknown, ports are counted",
          "");
    }
    if (!header.has(NetTcpProperty.REMOTE_ADDRESS) && !header.has(NetTcpProperty.REMOTE_PORT)) {
      diagnostics.info(
          "nettcp.no-remote-columns",
          number,
          "no RemoteAddress or RemotePort column: remote endpoints are unknown",
          "");
    }
  }

  /** The header again, as when two exports were pasted into one file. */
  private boolean isHeaderAgain(String[] fields) {
    int column = header.column(NetTcpProperty.LOCAL_PORT);
    if (column < 0 || column >= fields.length) {
      return false;
    }
    String value = fields[column];
    return value != null
        && !value.isEmpty()
        && Character.isLetter(value.charAt(0))
        && header.isRepeatedIn(fields);
  }

  private void endExport() {
    if (header == null) {
      return;
    }
    if (refused) {
      diagnostics.error(
          "nettcp.missing-columns",
          headerLine,
          "the export has no "
              + labels(header.missing(CsvHeader.REQUIRED))
              + " column: its "
              + refusedRows
              + " record(s) cannot be counted",
          headerText);
    } else if (export.rows() == 0) {
      diagnostics.warning(
          "nettcp.no-rows", headerLine, "the export has a header but no connections", "");
    }
    if (export.overflowed()) {
      diagnostics.warning(
          "nettcp.too-many-hosts",
          headerLine,
          "more than "
              + ExportSnapshots.MAX_HOSTS
              + " machines in PSComputerName; the connections of the others are counted together",
          "");
    }
    export.finish(snapshots, context.file().name());
    header = null;
  }

  /**
   * A listening socket listed twice in one export means exports were appended to one file ({@code
   * Export-Csv -Append}): their connections add up several moments.
   */
  private void watchListener(Connection connection, String host) {
    if (repeatedListenerReported || listeners.size() >= MAX_LISTENERS) {
      return;
    }
    String key = connection.local() + "/" + connection.pid() + "/" + (host == null ? "" : host);
    if (!listeners.add(key)) {
      repeatedListenerReported = true;
      diagnostics.warning(
          "nettcp.repeated-listener",
          line,
          "listener "
              + connection.local()
              + " (pid "
              + connection.pid()
              + ") is listed a second time: exports appended to one file (Export-Csv -Append)?"
              + " Their connections are counted as one snapshot",
          excerpt());
    }
  }

  private void warn(NetTcpProperty property, String code, String message) {
    diagnostics.warning(code, line, message, excerpt());
  }

  /** The current record as it was written, near enough for a diagnostic. */
  private String excerpt() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < record.length && out.length() < 200; i++) {
      if (i > 0) {
        out.append(delimiter);
      }
      out.append('"').append(record[i] == null ? "" : record[i]).append('"');
    }
    return out.toString();
  }

  private static String labels(List<NetTcpProperty> properties) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < properties.size(); i++) {
      out.append(i == 0 ? "" : i == properties.size() - 1 ? " or " : ", ")
          .append(properties.get(i).label());
    }
    return out.toString();
  }
}
