package io.portex.core.format.perfmon;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.model.SourceRange;
import io.portex.core.model.fact.RecordedZone;
import io.portex.core.time.LocalStamp;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one PDH CSV log (typeperf, relog, Perfmon), which may hold several header-and-samples
 * sections (typeperf run again into the same file). Every counter of the TCPv4 and TCPv6 objects
 * becomes a series; other objects are counted, and their values still checked. Console text around
 * the CSV (commands, {@code The command completed successfully.}) is skipped. One instance reads
 * one input.
 */
final class PerfmonCsvReader {

  /**
   * Columns read per record: Perfmon logs every counter of a busy server in thousands of columns.
   * Cells are cut at {@link #MAX_CELL} so that a record stays as small as other CSVs' may be.
   */
  private static final int MAX_COLUMNS = 16_385;

  /** Longest cell: a counter path is at most a few hundred characters. */
  private static final int MAX_CELL = 1024;

  private static final List<String> TRAILERS =
      List.of("exiting, please wait", "the command completed successfully");

  private final ReadContext context;
  private final EvidenceSink sink;
  private final DiagnosticSink diagnostics;

  private final Map<String, CounterValues> tcpColumns = new LinkedHashMap<>();
  private final Set<String> otherColumns = new HashSet<>();
  private final Set<String> otherObjects = new TreeSet<>();
  private final Set<String> unknownTcpCounters = new LinkedHashSet<>();
  private final Set<Integer> biasesAnnounced = new HashSet<>();

  private Section section;
  private long samples;
  private long blankValues;
  private long firstBlankLine;
  private long otherLines;
  private long firstOtherLine;
  private String firstOther;

  /** One header and the samples after it. */
  private static final class Section {
    final long headerLine;
    final int width;
    final CounterValues[] tcp;
    final String[] names;
    final ZoneId zone;
    final SampleTime clock;
    long samples;

    Section(long headerLine, int width, ZoneId zone, SampleTime clock) {
      this.headerLine = headerLine;
      this.width = width;
      this.tcp = new CounterValues[width];
      this.names = new String[width];
      this.zone = zone;
      this.clock = clock;
    }
  }

  PerfmonCsvReader(ReadContext context, EvidenceSink sink) {
    this.context = context;
    this.sink = sink;
    this.diagnostics = context.diagnostics();
  }

  void read() throws IOException {
    context.forEachCsvRecord("perfmon-csv", ',', MAX_COLUMNS, MAX_CELL, this::accept);
    finish();
  }

  private void accept(String[] record, long line) {
    String[] cells = new String[record.length];
    for (int i = 0; i < record.length; i++) {
      cells[i] = PdhCell.clean(record[i]);
    }
    if (PdhHeader.isHeaderCell(cells[0])) {
      startSection(cells, line);
      return;
    }
    Optional<SampleTime.Read> time =
        section == null ? Optional.empty() : section.clock.read(cells[0]);
    if (time.isPresent()) {
      sample(cells, line, time.get());
      return;
    }
    String raw = String.join(",", record);
    String text = PdhCell.clean(raw).toLowerCase(Locale.ROOT);
    if (text.isEmpty() || TRAILERS.stream().anyMatch(text::startsWith)) {
      return;
    }
    if (section != null && cells.length == section.width && section.width >= 2) {
      diagnostics.warning(
          "perfmon-csv.bad-time", line, "'" + cells[0] + "' is no time; sample not read", raw);
    } else {
      other(line, raw);
    }
  }

  private void startSection(String[] cells, long line) {
    endSection();
    PdhHeader header = PdhHeader.parse(cells[0]);
    if (header.biasOutOfRange()) {
      diagnostics.warning(
          "perfmon-csv.bad-bias",
          line,
          "the header's time zone bias is out of any zone's range; times read in " + context.zone(),
          cells[0]);
    }
    ZoneId zone = context.zone();
    if (header.biasMinutes() != null) {
      zone = ZoneOffset.ofTotalSeconds(-header.biasMinutes() * 60);
      if (biasesAnnounced.add(header.biasMinutes())) {
        sink.fact(
            new RecordedZone(
                header.zoneName(),
                header.biasMinutes(),
                new SourceRange(context.file().name(), line, line)));
        diagnostics.info(
            "perfmon-csv.zone",
            line,
            "times read with the header's bias: UTC = local time + "
                + header.biasMinutes()
                + " minutes ("
                + header.zoneName()
                + ")",
            cells[0]);
      }
    }
    section = new Section(line, cells.length, zone, new SampleTime(context.timestamps()));
    for (int i = 1; i < cells.length; i++) {
      column(i, cells[i], line);
    }
  }

  private void column(int index, String cell, long line) {
    if (cell.isEmpty()) {
      return;
    }
    CounterPath path = CounterPath.parse(cell);
    if (path == null) {
      diagnostics.warning(
          "perfmon-csv.bad-column",
          line,
          "header cell " + (index + 1) + " is no counter path; its values are not read",
          cell);
      return;
    }
    section.names[index] = path.name();
    if (!path.isTcp()) {
      otherColumns.add(path.key());
      otherObjects.add(path.object());
      return;
    }
    if (TcpCounter.of(path.counter()) == TcpCounter.UNKNOWN) {
      unknownTcpCounters.add(path.name());
      return;
    }
    section.tcp[index] = tcpColumns.computeIfAbsent(path.key(), k -> new CounterValues(path, line));
  }

  private void sample(String[] cells, long line, SampleTime.Read read) {
    section.samples++;
    samples++;
    if (read.showsDayFirst() && section.clock.monthFirstGuesses() > 0) {
      diagnostics.warning(
          "perfmon-csv.day-first",
          line,
          "this date is day/month: from here on dates are read day-first; "
              + section.clock.monthFirstGuesses()
              + " earlier sample(s) of this section were read month/day",
          cells[0]);
    }
    LocalStamp stamp = read.stamp();
    Instant time =
        stamp.offset() != null
            ? stamp.dateTime().toInstant(stamp.offset())
            : stamp.dateTime().atZone(section.zone).toInstant();
    if (cells.length < section.width) {
      diagnostics.warning(
          "perfmon-csv.short-row",
          line,
          "sample has "
              + (cells.length - 1)
              + " of "
              + (section.width - 1)
              + " values; the counters left out have none at this time",
          String.join(",", cells));
    } else if (cells.length > section.width && hasValueBeyond(cells, section.width)) {
      diagnostics.warning(
          "perfmon-csv.long-row",
          line,
          "sample has more values than the header has counters; the extra ones are not read",
          String.join(",", cells));
    }
    int end = Math.min(cells.length, section.width);
    for (int i = 1; i < end; i++) {
      value(i, cells[i], time, line);
    }
  }

  private void value(int index, String cell, Instant time, long line) {
    CounterValues column = section.tcp[index];
    if (cell.isEmpty() && section.names[index] == null) {
      return; // a cell under no counter, such as after a trailing comma
    }
    if (cell.isEmpty()) {
      if (column != null) {
        column.blank();
      }
      if (blankValues++ == 0) {
        firstBlankLine = line;
      }
      return;
    }
    double value = PdhCell.number(cell);
    if (Double.isNaN(value)) {
      String name = section.names[index] != null ? section.names[index] : "column " + (index + 1);
      diagnostics.warning(
          "perfmon-csv.bad-value",
          line,
          "'" + cell + "' is no number (" + name + "); value not read",
          cell);
      return;
    }
    if (column != null) {
      column.add(time, value, line);
    }
  }

  private void endSection() {
    if (section != null && section.samples == 0) {
      diagnostics.warning(
          "perfmon-csv.no-samples",
          section.headerLine,
          "the header at this line is followed by no samples",
          "");
    }
    section = null;
  }

  private void other(long line, String text) {
    if (otherLines++ == 0) {
      firstOtherLine = line;
      firstOther = text;
    }
  }

  private void finish() {
    endSection();
    sink.recordsRead(samples);
    for (CounterValues column : tcpColumns.values()) {
      column.toSeries(context.file().name(), diagnostics).ifPresent(sink::series);
    }
    if (!otherColumns.isEmpty()) {
      diagnostics.info(
          "perfmon-csv.other-objects",
          0,
          otherColumns.size()
              + " column(s) of other objects not read ("
              + String.join(", ", otherObjects)
              + ") in "
              + samples
              + " sample(s)",
          "");
    }
    if (!unknownTcpCounters.isEmpty()) {
      diagnostics.info(
          "perfmon-csv.unknown-tcp-counter",
          0,
          unknownTcpCounters.size()
              + " TCP counter(s) portex does not know (localized names?) not read: "
              + String.join(", ", unknownTcpCounters),
          "");
    }
    if (blankValues > 0) {
      diagnostics.info(
          "perfmon-csv.blank-value",
          firstBlankLine,
          blankValues + " blank value(s) skipped (first at line " + firstBlankLine + ")",
          "");
    }
    if (otherLines > 0) {
      diagnostics.info(
          "perfmon-csv.other-lines",
          firstOtherLine,
          otherLines
              + " line(s) that are no PDH-CSV header or sample were not read (first at line "
              + firstOtherLine
              + ")",
          firstOther);
    }
    if (samples == 0 && diagnostics.count("perfmon-csv.no-samples") == 0) {
      diagnostics.warning("perfmon-csv.no-samples", 0, "no PDH-CSV header with samples", "");
    }
  }

  private static boolean hasValueBeyond(String[] cells, int width) {
    for (int i = width; i < cells.length; i++) {
      if (!cells[i].isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
