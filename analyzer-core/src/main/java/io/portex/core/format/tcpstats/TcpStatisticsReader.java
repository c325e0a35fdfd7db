package io.portex.core.format.tcpstats;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import java.io.IOException;

/**
 * Reads one {@code netstat -s} capture: the TCP sections become facts; the IP, ICMP and UDP
 * sections, banners and prompts are counted once; connection rows ({@code netstat -s -p tcp} prints
 * them after its statistics) are named as not read. One instance reads one input.
 */
final class TcpStatisticsReader {

  private static final String CODE = "netstat-stats.";

  private final ReadContext context;
  private final DiagnosticSink diagnostics;
  private final TcpStatisticsSections sections;

  private long otherLines;
  private long firstOtherLine;
  private String firstOther;
  private long connectionRows;
  private long firstRowLine;
  private long lastRowLine;

  TcpStatisticsReader(ReadContext context, EvidenceSink sink) {
    this.context = context;
    this.diagnostics = context.diagnostics();
    this.sections = new TcpStatisticsSections(context, sink);
  }

  void read() throws IOException {
    context.forEachLine(
        "netstat-stats",
        (line, number, terminated) -> {
          if (!sections.accept(line, number) && !line.isBlank()) {
            other(line.strip(), number);
          }
        });
    sections.finish();
    report();
  }

  private void other(String text, long number) {
    if (StatisticsLine.isConnectionRow(text)) {
      if (connectionRows++ == 0) {
        firstRowLine = number;
      }
      lastRowLine = number;
      return;
    }
    if (otherLines++ == 0) {
      firstOtherLine = number;
      firstOther = text;
    }
  }

  private void report() {
    if (connectionRows > 0) {
      diagnostics.info(
          CODE + "connection-rows",
          firstRowLine,
          connectionRows
              + " connection row(s) at lines "
              + firstRowLine
              + "-"
              + lastRowLine
              + " were not read: the file is read as netstat -s statistics",
          "");
    }
    if (otherLines > 0) {
      diagnostics.info(
          CODE + "other-lines",
          firstOtherLine,
          otherLines
              + " line(s) outside the TCP sections were not read (first at line "
              + firstOtherLine
              + ")",
          firstOther);
    }
    if (sections.read() == 0
        && diagnostics.count(CODE + "incomplete-section") == 0
        && diagnostics.count(CODE + "empty-section") == 0) {
      diagnostics.warning(CODE + "no-statistics", 0, "no complete TCP statistics found", "");
    }
  }
}
