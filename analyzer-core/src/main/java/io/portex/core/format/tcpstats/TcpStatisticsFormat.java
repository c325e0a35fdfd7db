package io.portex.core.format.tcpstats;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.TextHead;
import java.io.IOException;
import java.util.List;

/**
 * {@code netstat -s} (all protocols) and {@code netstat -s -p tcp}, in any language, read for the
 * TCP counters of each family; also {@code netsh int ipv4 show tcpstats}. Gives {@link
 * io.portex.core.model.fact.TcpStatistics} facts.
 */
public final class TcpStatisticsFormat implements InputFormat {

  @Override
  public String id() {
    return "netstat-stats";
  }

  @Override
  public String description() {
    return "netstat -s / netsh show tcpstats: TCP opens, failures, resets, current connections";
  }

  @Override
  public Sniff sniff(TextHead head) {
    if (head.charset().binary()) {
      return Sniff.no("binary content");
    }
    List<String> lines = head.lines();
    int titles = 0;
    int netshTitles = 0;
    int knownCounters = 0;
    int knownNetshCounters = 0;
    int countLines = 0;
    for (String line : lines) {
      String text = line.strip();
      if (StatisticsLine.tcpTitleFamily(text) != null) {
        titles++;
      } else if (StatisticsLine.isNetshTitle(text)) {
        netshTitles++;
      } else if (isCount(text, '=')) {
        countLines++;
        if (TcpCounter.ofLabel(StatisticsLine.counter(text, '=').label()) != null) {
          knownCounters++;
        }
      } else if (isCount(text, ':')
          && TcpCounter.ofLabel(StatisticsLine.counter(text, ':').label()) != null) {
        knownNetshCounters++;
      }
    }
    if (titles > 0 && knownCounters >= 3) {
      return new Sniff(0.9, titles + " TCP statistics section(s) with known counters");
    }
    if (netshTitles > 0 && knownNetshCounters >= 3) {
      return new Sniff(0.88, "netsh MIB-II TCP statistics");
    }
    if (titles > 0 && countLines >= 5) {
      return new Sniff(0.75, "TCP statistics section(s) with counters in an unknown language");
    }
    if (knownCounters >= 3) {
      return new Sniff(0.5, "netstat -s TCP counters without a section title");
    }
    return Sniff.no("no TCP statistics section");
  }

  private static boolean isCount(String text, char separator) {
    StatisticsLine.Counter counter = StatisticsLine.counter(text, separator);
    return counter != null && counter.count() >= 0;
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    new TcpStatisticsReader(context, sink).read();
  }
}
