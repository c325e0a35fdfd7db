package io.portex.core.format.monitor;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.TextHead;
import io.portex.core.time.TimestampRecognizer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The TIME_WAIT monitoring script's {@code TimeWaitMonitor_yyyy-MM-dd.log}: {@code yyyy-MM-dd
 * HH:mm:ss - TIME_WAIT connections: N} lines and, after some of them, top-10 blocks of local ports,
 * remote addresses and processes, in English or Chinese (GBK or UTF-8).
 */
public final class MonitorLogFormat implements InputFormat {

  private static final String NAME_PREFIX = "timewaitmonitor";
  private static final TimestampRecognizer TIMESTAMPS = new TimestampRecognizer();

  @Override
  public String id() {
    return "monitor-log";
  }

  @Override
  public String description() {
    return "TIME_WAIT monitoring log of the monitoring script (counts and top-10 blocks)";
  }

  @Override
  public Sniff sniff(TextHead head) {
    if (head.charset().binary()) {
      return Sniff.no("binary content");
    }
    List<String> lines = head.lines();
    int checked =
        lines.size() > 1 && head.bytes().length >= TextHead.SIZE ? lines.size() - 1 : lines.size();
    int counts = 0;
    int nonBlank = 0;
    for (int i = 0; i < checked; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      nonBlank++;
      if (CountLine.parse(line, TIMESTAMPS).filter(CountLine::readable).isPresent()) {
        counts++;
      }
    }
    boolean named = head.fileName().toLowerCase(Locale.ROOT).startsWith(NAME_PREFIX);
    if (counts == 0) {
      return named && nonBlank == 0
          ? new Sniff(0.4, "empty, named like a TIME_WAIT monitoring log")
          : Sniff.no("no '- TIME_WAIT connections:' lines");
    }
    double confidence = counts >= 3 || counts * 5 >= nonBlank ? 0.95 : 0.85;
    return new Sniff(
        confidence, counts + " of " + nonBlank + " lines are '- TIME_WAIT connections:' counts");
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    new MonitorLogReader(context, sink).read();
  }
}
