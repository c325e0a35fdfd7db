package io.portex.core.format.nettcp;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.TextHead;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code Get-NetTCPConnection | Export-Csv} as Windows PowerShell 5.1 writes it (a {@code #TYPE
 * ...MSFT_NetTCPConnection} line, then every property quoted), as PowerShell 7 writes it (no {@code
 * #TYPE} line), {@code Select-Object} subsets in any column order, and {@code -UseCulture} exports
 * delimited by {@code ;}. One export is one snapshot.
 */
public final class NetTcpCsvFormat implements InputFormat {

  static final String ID = "nettcp-csv";

  private static final String CLASS_NAME = "msft_nettcpconnection";

  /** The columns that make a header unmistakably one of {@code Get-NetTCPConnection}. */
  private static final Set<NetTcpProperty> SIGNATURE =
      EnumSet.of(
          NetTcpProperty.LOCAL_ADDRESS,
          NetTcpProperty.LOCAL_PORT,
          NetTcpProperty.REMOTE_ADDRESS,
          NetTcpProperty.STATE);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Get-NetTCPConnection | Export-Csv (PowerShell 5.1 or 7, any columns, , or ;)";
  }

  @Override
  public Sniff sniff(TextHead head) {
    if (head.charset().binary()) {
      return Sniff.no("binary content");
    }
    List<String> lines = head.lines();
    int first = nonBlank(lines, 0);
    if (first < 0) {
      return Sniff.no("empty");
    }
    String firstLine = lines.get(first);
    boolean typeLine = CsvHeader.isTypeLine(firstLine.strip());
    boolean ourClass = typeLine && firstLine.toLowerCase(Locale.ROOT).contains(CLASS_NAME);
    int headerIndex = typeLine ? nonBlank(lines, first + 1) : first;
    String header = headerIndex < 0 ? null : lines.get(headerIndex);
    if (ourClass) {
      return new Sniff(0.97, "#TYPE line of an Export-Csv of MSFT_NetTCPConnection");
    }
    if (header == null) {
      return Sniff.no(typeLine ? "#TYPE line of another class" : "no header");
    }
    char delimiter = CsvHeader.delimiterOf(header);
    List<String> names = CsvHeader.namesIn(header, delimiter);
    if (names.size() < 2) {
      return Sniff.no("no CSV header");
    }
    Set<NetTcpProperty> found = EnumSet.noneOf(NetTcpProperty.class);
    for (String name : names) {
      NetTcpProperty property = NetTcpProperty.named(name);
      if (property != null && property != NetTcpProperty.COMPUTER_NAME) {
        found.add(property);
      }
    }
    return ViewConfidence.judge(found, SIGNATURE, 0.95, 0.75, "CSV header (" + delimiter + ")");
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    new NetTcpCsvReader(context, sink).read();
  }

  /** The index of the first non-blank line at or after {@code from}, or -1. */
  private static int nonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
