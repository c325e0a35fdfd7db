package io.portex.core.format.netsh;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.format.tcpstats.TcpStatisticsSections;
import io.portex.core.model.IpFamily;
import io.portex.core.model.Protocol;
import io.portex.core.model.SourceRange;
import io.portex.core.model.fact.DynamicPortRange;
import io.portex.core.model.fact.ExcludedPortRange;
import io.portex.core.source.LineReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a capture of netsh output: any number of {@code show dynamicport} blocks and {@code show
 * excludedportrange} tables, in any order and language, and {@code show tcpstats} or {@code netstat
 * -s} sections in between (handed to {@link TcpStatisticsSections}). Blocks are found by their dash
 * underlines and numbers; an echoed command line names the family and protocol of the output after
 * it, a title the protocol. Other text is counted once. One instance reads one input.
 */
final class NetshReader {

  private static final String DYNAMIC = "netsh-dynamicport.";
  private static final String EXCLUDED = "netsh-excluded.";

  private enum State {
    IDLE,
    DYNAMIC_BLOCK,
    TABLE
  }

  private final ReadContext context;
  private final EvidenceSink sink;
  private final DiagnosticSink diagnostics;
  private final String code;
  private final TcpStatisticsSections statistics;
  private final HeldLines held = new HeldLines();
  private final Map<String, DynamicPortRange> rangesRead = new HashMap<>();
  private final Set<String> familyAssumed = new HashSet<>();

  private State state = State.IDLE;
  private NetshCommand command;
  private boolean commandAnswered;
  private Protocol blockProtocol;
  private long blockLine;
  private long start = -1;
  private long startLine;
  private IpFamily tableFamily;
  private Protocol tableProtocol;
  private int tableRows;
  private int facts;

  /**
   * The ranges of the last excluded-range table read per family and protocol: several tables in one
   * file are successive states of the host (a script that ran the command more than once), and the
   * last one counts.
   */
  private final Map<String, List<ExcludedPortRange>> lastTables = new LinkedHashMap<>();

  private final Map<String, Integer> tablesRead = new HashMap<>();
  private final Map<String, Long> lastTableLine = new HashMap<>();
  private final Map<String, Boolean> tablesDiffer = new HashMap<>();
  private final Map<String, List<ExcludedPortRange>> previous = new HashMap<>();
  private List<ExcludedPortRange> table;
  private String tableKey;

  private final String formatId;

  NetshReader(ReadContext context, EvidenceSink sink, String formatId) {
    this.context = context;
    this.sink = sink;
    this.diagnostics = context.diagnostics();
    this.formatId = formatId;
    this.code = formatId + ".";
    this.statistics = new TcpStatisticsSections(context, sink);
  }

  void read() throws IOException {
    LogPrefix prefix = learnPrefix();
    context.forEachLine(formatId, (line, number, terminated) -> accept(prefix.strip(line), number));
    statistics.finish();
    closeBlock();
    held.flush();
    emitExclusions();
    report();
  }

  /**
   * The log prefix of the first lines ({@code vhd: }, a timestamp), said once: netsh output a
   * script logged line by line reads behind it.
   */
  private LogPrefix learnPrefix() throws IOException {
    List<String> first = new ArrayList<>();
    try (LineReader lines = context.openLines()) {
      String line;
      while (first.size() < LogPrefix.LEARN_LINES && (line = lines.next()) != null) {
        first.add(line);
      }
    }
    LogPrefix prefix = LogPrefix.learn(first);
    if (prefix.kind() != LogPrefix.Kind.NONE) {
      diagnostics.info(
          code + "log-prefix",
          1,
          "every line carries " + prefix.describe() + " before the netsh output; read behind it",
          prefix.text());
    }
    return prefix;
  }

  private void accept(String line, long number) {
    if (statistics.accept(line, number)) {
      closeBlock();
      held.flush();
      return;
    }
    String text = line.strip();
    if (text.isEmpty()) {
      return;
    }
    if (state == State.DYNAMIC_BLOCK && onDynamicLine(text, number)) {
      return;
    }
    if (state == State.TABLE && onTableLine(text, number)) {
      return;
    }
    closeBlock();
    NetshCommand parsed = NetshCommand.parse(text);
    if (parsed != null) {
      held.flush();
      command = parsed;
      commandAnswered = false;
      return;
    }
    int runs = NetshText.dashRuns(text);
    if (runs == 1 && (held.hasTitle() || dynamicCommandPending())) {
      startDynamicBlock(number);
    } else if (runs == 2) {
      startTable(number);
    } else if (answersDynamicCommand() && NetshText.labelled(text) != null) {
      startDynamicBlock(number);
      onDynamicLine(text, number);
    } else {
      held.hold(number, text);
    }
  }

  /** A {@code show dynamicport} command whose output has not been read yet. */
  private boolean dynamicCommandPending() {
    return command != null && command.kind() == NetshCommand.Kind.DYNAMIC_PORTS && !commandAnswered;
  }

  /** {@code Start Port : 49152} without the title and underline, right after its command. */
  private boolean answersDynamicCommand() {
    return dynamicCommandPending() && held.isEmpty();
  }

  private void startDynamicBlock(long number) {
    HeldLines.Line title = held.takeTitle();
    held.flush();
    state = State.DYNAMIC_BLOCK;
    blockProtocol = title != null ? title.protocol() : null;
    blockLine = title != null ? title.number() : number;
    start = -1;
  }

  private boolean onDynamicLine(String text, long number) {
    NetshText.LabelledNumber value = NetshText.labelled(text);
    if (value == null) {
      return false;
    }
    if (start < 0) {
      if (!value.hasNumber()) {
        diagnostics.error(
            DYNAMIC + "bad-number",
            number,
            "start port '" + value.value() + "' is no number; range not used",
            text);
        endDynamicBlock();
        return true;
      }
      start = value.number();
      startLine = number;
      return true;
    }
    if (!value.hasNumber()) {
      diagnostics.error(
          DYNAMIC + "missing-count",
          number,
          value.value().isEmpty()
              ? "number of ports missing; range not used"
              : "number of ports '" + value.value() + "' is no number; range not used",
          text);
      endDynamicBlock();
      return true;
    }
    emitDynamicRange(start, value.number(), number, text);
    endDynamicBlock();
    return true;
  }

  private void emitDynamicRange(long first, long count, long line, String excerpt) {
    Protocol protocol = dynamicProtocol(line, excerpt);
    IpFamily family = family(NetshCommand.Kind.DYNAMIC_PORTS, line);
    if (!PortRangeCheck.dynamicRange(first, count, line, excerpt, diagnostics)) {
      return;
    }
    SourceRange source = new SourceRange(context.file().name(), blockLine, line);
    DynamicPortRange range =
        new DynamicPortRange(protocol, family, (int) first, (int) count, source);
    DynamicPortRange before = rangesRead.put(protocol + "/" + family, range);
    if (before != null && (before.start() != range.start() || before.count() != range.count())) {
      diagnostics.warning(
          DYNAMIC + "conflicting-ranges",
          line,
          protocol
              + " "
              + family
              + " range "
              + range.start()
              + "-"
              + range.end()
              + " differs from "
              + before.start()
              + "-"
              + before.end()
              + " read at "
              + before.source()
              + "; both kept",
          excerpt);
    }
    sink.fact(range);
    facts++;
  }

  /** The title's protocol, else the command's; the output wins when they disagree. */
  private Protocol dynamicProtocol(long line, String excerpt) {
    NetshCommand asked = commandFor(NetshCommand.Kind.DYNAMIC_PORTS);
    Protocol commanded = asked != null ? asked.protocol() : null;
    if (blockProtocol != null && commanded != null && blockProtocol != commanded) {
      diagnostics.warning(
          DYNAMIC + "protocol-conflict",
          blockLine,
          "the command asked for " + commanded + " but the output shows " + blockProtocol,
          excerpt);
    }
    if (blockProtocol != null) {
      return blockProtocol;
    }
    if (commanded != null) {
      return commanded;
    }
    diagnostics.info(
        DYNAMIC + "assumed-tcp", line, "no title or command names the protocol; taken as TCP", "");
    return Protocol.TCP;
  }

  /** The command the output belongs to: one for its kind of output, or a general one. */
  private NetshCommand commandFor(NetshCommand.Kind kind) {
    return command != null && (command.kind() == kind || command.kind() == NetshCommand.Kind.OTHER)
        ? command
        : null;
  }

  private IpFamily family(NetshCommand.Kind kind, long line) {
    NetshCommand asked = commandFor(kind);
    if (asked != null && asked.family() != null) {
      return asked.family();
    }
    String prefix = kind == NetshCommand.Kind.DYNAMIC_PORTS ? DYNAMIC : EXCLUDED;
    if (familyAssumed.add(prefix)) {
      diagnostics.info(
          prefix + "assumed-ipv4",
          line,
          "no netsh command line names the family (int ipv4 / int ipv6); taken as IPv4",
          "");
    }
    return IpFamily.IPV4;
  }

  private void endDynamicBlock() {
    state = State.IDLE;
    start = -1;
    commandAnswered = true;
  }

  private void startTable(long number) {
    HeldLines.Line title = held.takeTitle();
    HeldLines.Line header = held.takeLast();
    held.flush();
    state = State.TABLE;
    tableRows = 0;
    blockLine = title != null ? title.number() : header != null ? header.number() : number;
    tableFamily = family(NetshCommand.Kind.EXCLUDED_PORTS, number);
    NetshCommand asked = commandFor(NetshCommand.Kind.EXCLUDED_PORTS);
    Protocol commanded = asked != null ? asked.protocol() : null;
    tableProtocol = title != null ? title.protocol() : commanded;
    if (tableProtocol == null) {
      diagnostics.info(
          EXCLUDED + "assumed-tcp",
          blockLine,
          "no title or command names the protocol of this table; taken as TCP",
          "");
      tableProtocol = Protocol.TCP;
    }
    tableKey = tableFamily + " " + tableProtocol;
    table = new ArrayList<>();
    List<ExcludedPortRange> before = lastTables.put(tableKey, table);
    tablesRead.merge(tableKey, 1, Integer::sum);
    lastTableLine.put(tableKey, blockLine);
    if (before != null) {
      previous.put(tableKey, before);
    }
  }

  /** Hands on the last table of each family and protocol; says when the exclusions changed. */
  private void emitExclusions() {
    for (Map.Entry<String, List<ExcludedPortRange>> entry : lastTables.entrySet()) {
      String key = entry.getKey();
      entry.getValue().forEach(sink::fact);
      int tables = tablesRead.getOrDefault(key, 1);
      if (tables > 1) {
        boolean changed = tablesDiffer.getOrDefault(key, false);
        diagnostics.info(
            EXCLUDED + (changed ? "changed" : "repeated"),
            lastTableLine.get(key),
            tables
                + " "
                + key
                + " excluded port range tables, successive states of the host: "
                + (changed
                    ? "the exclusions changed between them; the last one counts"
                    : "all the same; the last one counts"),
            "");
      }
    }
  }

  /** The ranges of a table without where they were read, to compare two tables. */
  private static List<String> ranges(List<ExcludedPortRange> ranges) {
    return ranges.stream()
        .map(r -> r.start() + "-" + r.end() + (r.administered() ? "*" : ""))
        .toList();
  }

  private boolean onTableLine(String text, long number) {
    if (NetshText.isFooter(text)) {
      closeBlock();
      return true;
    }
    NetshText.ExcludedRow row = NetshText.excludedRow(text);
    if (row == null) {
      return false;
    }
    tableRows++;
    if (row.end() < 0) {
      diagnostics.warning(
          EXCLUDED + "cut-row",
          number,
          "row has a start port but no end port; range not used",
          text);
    } else if (PortRangeCheck.excludedRange(row.start(), row.end(), number, text, diagnostics)) {
      table.add(
          new ExcludedPortRange(
              tableProtocol,
              tableFamily,
              (int) row.start(),
              (int) row.end(),
              row.administered(),
              new SourceRange(context.file().name(), number, number)));
      facts++;
    }
    return true;
  }

  /** Ends the block or table being read; a start port with no count after it is an error. */
  private void closeBlock() {
    if (state == State.DYNAMIC_BLOCK) {
      if (start >= 0) {
        diagnostics.error(
            DYNAMIC + "missing-count",
            startLine,
            "start port " + start + " has no number of ports after it; range not used",
            "");
      } else {
        diagnostics.warning(
            DYNAMIC + "no-range",
            blockLine,
            "dynamic port range underline followed by no numbers",
            "");
      }
      endDynamicBlock();
    } else if (state == State.TABLE) {
      if (tableRows == 0) {
        diagnostics.info(
            EXCLUDED + "no-exclusions",
            blockLine,
            "the excluded port range table is empty: no ports are excluded",
            "");
      }
      List<ExcludedPortRange> before = previous.remove(tableKey);
      if (before != null && !ranges(before).equals(ranges(table))) {
        tablesDiffer.put(tableKey, true);
      }
      state = State.IDLE;
      commandAnswered = true;
    }
  }

  private void report() {
    held.report(diagnostics, code + "other-lines");
    if (facts == 0
        && statistics.read() == 0
        && diagnostics.count(EXCLUDED + "no-exclusions") == 0
        && diagnostics.count(DYNAMIC + "missing-count") == 0
        && diagnostics.count(DYNAMIC + "bad-number") == 0) {
      diagnostics.warning(code + "nothing-read", 0, "no netsh port range found", "");
    }
  }
}
