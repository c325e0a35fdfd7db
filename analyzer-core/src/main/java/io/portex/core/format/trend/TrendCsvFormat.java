package io.portex.core.format.trend;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.TextHead;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The TIME_WAIT monitoring script's {@code TimeWaitTrend_yyyy-MM-dd.csv}: a {@code Time,Count}
 * header and one {@code HH:mm:ss,N} row per sample, the date in the file name.
 */
public final class TrendCsvFormat implements InputFormat {

  static final String ID = "trend-csv";

  private static final String NAME_PREFIX = "timewaittrend";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "TIME_WAIT trend CSV of the monitoring script (Time,Count; date in the file name)";
  }

  @Override
  public Sniff sniff(TextHead head) {
    if (head.charset().binary()) {
      return Sniff.no("binary content");
    }
    boolean named = head.fileName().toLowerCase(Locale.ROOT).startsWith(NAME_PREFIX);
    List<String> lines = head.lines();
    int checked =
        lines.size() > 1 && head.bytes().length >= TextHead.SIZE ? lines.size() - 1 : lines.size();
    boolean header = false;
    boolean first = true;
    int rows = 0;
    int other = 0;
    for (int i = 0; i < checked; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (first && TrendRow.isHeader(line)) {
        header = true;
      } else if (TrendRow.looksLikeRow(line)) {
        rows++;
      } else if (!first) {
        other++; // a first line of another kind may be a header with other words
      }
      first = false;
    }
    if (header) {
      return new Sniff(0.95, "Time,Count header" + (rows > 0 ? " and " + rows + " rows" : ""));
    }
    if (rows == 0 && other == 0) {
      return named ? new Sniff(0.4, "empty, named like a TIME_WAIT trend file") : Sniff.no("empty");
    }
    if (rows == 0 || other * 4 > rows) {
      return Sniff.no("no time,count rows");
    }
    if (named) {
      return new Sniff(other == 0 ? 0.9 : 0.7, rows + " time,count rows in a TimeWaitTrend_ file");
    }
    return rows >= 3 && other == 0
        ? new Sniff(0.4, rows + " time,count rows without header")
        : new Sniff(0.2, rows + " time,count rows without header");
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    new TrendCsvReader(context, sink).read();
  }
}
