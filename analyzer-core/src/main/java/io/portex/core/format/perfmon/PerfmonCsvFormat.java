package io.portex.core.format.perfmon;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.TextHead;
import java.io.IOException;
import java.util.List;

/**
 * Performance counter logs in PDH CSV ({@code typeperf}, {@code relog -f csv}, Perfmon's "save as
 * CSV"): a {@code "(PDH-CSV 4.0)"} header cell, then one row per sample. TCPv4 and TCPv6 counters
 * become series.
 */
public final class PerfmonCsvFormat implements InputFormat {

  @Override
  public String id() {
    return "perfmon-csv";
  }

  @Override
  public String description() {
    return "typeperf / relog / Perfmon CSV (PDH-CSV 4.0), TCPv4 and TCPv6 counters";
  }

  @Override
  public Sniff sniff(TextHead head) {
    if (head.charset().binary()) {
      return Sniff.no("binary content");
    }
    List<String> lines = head.lines();
    boolean elsewhere = false;
    for (String line : lines) {
      int mark = line.indexOf(PdhHeader.MARK);
      if (mark < 0) {
        continue;
      }
      String before = line.substring(0, mark).strip();
      if (before.isEmpty() || before.equals("\"")) {
        return new Sniff(0.95, "(PDH-CSV 4.0) header");
      }
      // a header quoted inside other text (a list printed by a script): counter cells follow
      elsewhere |= before.endsWith("\"") && line.indexOf("\",\"\\\\", mark) > 0;
    }
    return elsewhere
        ? new Sniff(0.6, "(PDH-CSV 4.0) header inside other text")
        : Sniff.no("no (PDH-CSV 4.0) header");
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    new PerfmonCsvReader(context, sink).read();
  }
}
