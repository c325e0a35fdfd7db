package io.portex.core.format.netstat;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.TextHead;
import java.io.IOException;
import java.util.List;

/**
 * {@code netstat -ano} and its variants ({@code -an}, {@code -anob}, {@code -anoq}, {@code -p tcp},
 * {@code -tn}, {@code -a} with names), in any language, one or many snapshots per file.
 */
public final class NetstatFormat implements InputFormat {

  @Override
  public String id() {
    return "netstat";
  }

  @Override
  public String description() {
    return "netstat -ano / -an / -anob / -anoq / -tn, any language, one or many snapshots";
  }

  @Override
  public Sniff sniff(TextHead head) {
    if (head.charset().binary()) {
      return Sniff.no("binary content");
    }
    List<String> lines = head.lines();
    int checked =
        lines.size() > 1 && head.bytes().length >= TextHead.SIZE ? lines.size() - 1 : lines.size();
    RowParser parser = new RowParser();
    int rows = 0;
    int nonBlank = 0;
    for (int i = 0; i < checked; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      nonBlank++;
      if (parser.parse(line) != null) {
        rows++;
      }
    }
    if (rows == 0) {
      return Sniff.no("no netstat connection rows");
    }
    double share = (double) rows / nonBlank;
    double confidence = Math.min(0.95, 0.55 + 0.4 * Math.min(1, share * 1.5));
    return new Sniff(confidence, rows + " of " + nonBlank + " lines are netstat connection rows");
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    new NetstatReader(context, sink).read();
  }
}
