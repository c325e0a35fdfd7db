package io.portex.core.format.registry;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.TextHead;
import java.io.IOException;
import java.util.List;

/**
 * {@code reg query HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters} output (hex or decimal
 * data) and {@code reg export} {@code .reg} files. Gives a {@link
 * io.portex.core.model.fact.RegistryValue} per numeric value; checks {@code TcpTimedWaitDelay} and
 * {@code MaxUserPort} against the ranges Windows documents.
 */
public final class RegistryFormat implements InputFormat {

  @Override
  public String id() {
    return "registry";
  }

  @Override
  public String description() {
    return "reg query / reg export of Tcpip\\Parameters: TcpTimedWaitDelay, MaxUserPort";
  }

  @Override
  public Sniff sniff(TextHead head) {
    if (head.charset().binary()) {
      return Sniff.no("binary content");
    }
    List<String> lines = head.lines();
    int keys = 0;
    int values = 0;
    boolean exportHeader = false;
    for (String line : lines) {
      String text = line.strip();
      if (text.isEmpty()) {
        continue;
      }
      if (RegistryReader.isHeader(text)) {
        exportHeader = true;
      } else if (RegistryReader.isKey(text)
          || (text.startsWith("[") && RegistryReader.isKey(text.substring(1)))) {
        keys++;
      } else if (isValue(line, text)) {
        values++;
      }
    }
    if (exportHeader && (keys > 0 || values > 0)) {
      return new Sniff(0.95, "registry export with " + keys + " key(s)");
    }
    if (keys > 0 && values > 0) {
      return new Sniff(0.9, "reg query output: " + keys + " key(s), " + values + " value(s)");
    }
    if (values >= 3) {
      return new Sniff(0.6, values + " registry value lines without a key");
    }
    if (keys > 0) {
      return new Sniff(0.4, "registry key lines without values");
    }
    return Sniff.no("no registry keys or values");
  }

  private static boolean isValue(String line, String text) {
    RegistryLine query = RegistryLine.ofQuery(line);
    if (query != null && query.knownType()) {
      return true;
    }
    RegistryLine export = RegistryLine.ofExport(text);
    return export != null && !export.type().equals("REG_BINARY");
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    new RegistryReader(context, sink).read();
  }
}
