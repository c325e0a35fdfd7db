package io.portex.core.format.tcpstats;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.format.ReadContext.Timed;
import io.portex.core.model.IpFamily;
import io.portex.core.model.SourceRange;
import io.portex.core.model.fact.TcpStatistics;
import io.portex.core.time.LocalStamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads the TCP sections of {@code netstat -s} ({@code TCP Statistics for IPv4}, in any language)
 * and of {@code netsh int ipv4 show tcpstats} ({@code MIB-II TCP Statistics}) line by line, handing
 * one {@link TcpStatistics} per complete section to the sink. A timestamp line times the sections
 * after it; without one they take the file's time. Used by the {@code netstat-stats} format and by
 * formats whose captures embed such output (netsh). Diagnostics are coded {@code netstat-stats.*}.
 * One instance reads one input; not thread-safe.
 */
public final class TcpStatisticsSections {

  private static final String CODE = "netstat-stats.";

  private final ReadContext context;
  private final EvidenceSink sink;
  private final DiagnosticSink diagnostics;

  private StatisticsSection section;
  private IpFamily commandFamily;
  private Instant contentTime;
  private Optional<Timed> fileTime;
  private int read;

  public TcpStatisticsSections(ReadContext context, EvidenceSink sink) {
    this.context = context;
    this.sink = sink;
    this.diagnostics = context.diagnostics();
  }

  /**
   * Takes one line of the input.
   *
   * @return true when the line was TCP statistics (a title, a counter, the {@code show tcpstats}
   *     command) or a timestamp, false when it is for the caller
   */
  public boolean accept(String line, long number) {
    String text = line.strip();
    if (section != null) {
      if (text.isEmpty()) {
        if (section.style() == StatisticsSection.Style.NETSH && section.hasCounters()) {
          end();
          return false;
        }
        return true;
      }
      if (inSection(text, number)) {
        return true;
      }
      end();
    }
    if (text.isEmpty()) {
      return false;
    }
    return startsSection(text, number) || isTimestamp(text);
  }

  /** Ends the section being read, at the end of the input or where other output starts. */
  public void finish() {
    end();
  }

  /** How many TCP statistics were handed on. */
  public int read() {
    return read;
  }

  private boolean inSection(String text, long number) {
    if (section.style() == StatisticsSection.Style.NETSH
        && !section.hasCounters()
        && isDashes(text)) {
      section.extend(number);
      return true;
    }
    StatisticsLine.Counter counter = StatisticsLine.counter(text, section.separator());
    if (counter == null) {
      return false;
    }
    TcpCounter known = TcpCounter.ofLabel(counter.label());
    long value = counter.count();
    if (known != null && value < 0) {
      diagnostics.warning(
          CODE + "bad-number",
          number,
          "'" + counter.value() + "' is no count; " + known.label() + " not read",
          text);
      section.addUnreadable(number);
      return true;
    }
    TcpCounter again = section.add(known, value, number);
    if (again != null) {
      diagnostics.warning(
          CODE + "duplicate-counter",
          number,
          again.label() + " appears twice in one section; the first value is kept",
          text);
    }
    return true;
  }

  private boolean startsSection(String text, long number) {
    IpFamily family = StatisticsLine.tcpTitleFamily(text);
    if (family != null) {
      section = new StatisticsSection(StatisticsSection.Style.NETSTAT, family, number);
      return true;
    }
    if (StatisticsLine.isNetshTitle(text)) {
      IpFamily stated = commandFamily;
      if (stated == null) {
        diagnostics.info(
            CODE + "assumed-ipv4",
            number,
            "no netsh command line names the family of these statistics; taken as IPv4",
            text);
        stated = IpFamily.IPV4;
      }
      section = new StatisticsSection(StatisticsSection.Style.NETSH, stated, number);
      commandFamily = null;
      return true;
    }
    IpFamily command = StatisticsLine.tcpstatsCommandFamily(text);
    if (command != null) {
      commandFamily = command;
      return true;
    }
    return false;
  }

  private boolean isTimestamp(String text) {
    Optional<LocalStamp> stamp = context.timestamps().find(text);
    if (stamp.isEmpty()) {
      return false;
    }
    contentTime = stamp.get().toInstant(context.zone());
    return true;
  }

  private void end() {
    if (section == null) {
      return;
    }
    StatisticsSection done = section;
    section = null;
    SourceRange range = new SourceRange(context.file().name(), done.titleLine(), done.lastLine());
    if (!done.hasCounters()) {
      diagnostics.warning(
          CODE + "empty-section",
          done.titleLine(),
          "TCP statistics title followed by no counters",
          "");
      return;
    }
    if (!done.complete()) {
      if (!done.readableByPosition()) {
        diagnostics.warning(
            CODE + "incomplete-section",
            done.titleLine(),
            "TCP statistics for "
                + done.family()
                + " lack "
                + String.join(", ", done.missing())
                + "; not read",
            "");
        return;
      }
      diagnostics.info(
          CODE + "read-by-position",
          done.titleLine(),
          "counter labels in a language portex does not know; read by their fixed order",
          "");
    }
    sink.fact(
        new TcpStatistics(
            time(),
            done.family(),
            done.value(TcpCounter.ACTIVE_OPENS),
            done.value(TcpCounter.PASSIVE_OPENS),
            done.value(TcpCounter.FAILED_ATTEMPTS),
            done.value(TcpCounter.RESETS),
            done.value(TcpCounter.CURRENT),
            range));
    read++;
  }

  /** The time of a timestamp line before the section, else the file's time, else none. */
  private Instant time() {
    if (contentTime != null) {
      return contentTime;
    }
    if (fileTime == null) {
      fileTime = context.fileTime();
    }
    return fileTime.map(Timed::time).orElse(null);
  }

  private static boolean isDashes(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '-') {
        return false;
      }
    }
    return text.length() >= 3;
  }
}
