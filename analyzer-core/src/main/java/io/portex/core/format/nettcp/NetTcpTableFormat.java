package io.portex.core.format.nettcp;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.TextHead;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code Get-NetTCPConnection} output saved as text: the default table view ({@code LocalAddress
 * LocalPort RemoteAddress RemotePort State AppliedSetting OwningProcess} over a dashes line) and
 * the list view ({@code Format-List}: {@code LocalAddress : ...} blocks). {@code Group-Object}
 * summaries of it are aggregates, not connections, and are left to no format. A table pasted
 * without its header is recognised by its rows' values ({@link ValueRow}).
 */
public final class NetTcpTableFormat implements InputFormat {

  static final String ID = "nettcp-table";

  /** The table columns or list keys that make the view unmistakably this one. */
  private static final Set<NetTcpProperty> TABLE_SIGNATURE =
      EnumSet.of(
          NetTcpProperty.LOCAL_ADDRESS,
          NetTcpProperty.LOCAL_PORT,
          NetTcpProperty.REMOTE_ADDRESS,
          NetTcpProperty.STATE);

  private static final Set<NetTcpProperty> LIST_SIGNATURE =
      EnumSet.of(NetTcpProperty.LOCAL_ADDRESS, NetTcpProperty.LOCAL_PORT, NetTcpProperty.STATE);

  /**
   * Rows without a header: sure enough when they are at least half of the text, for nothing else
   * has their shape, but below any view that shows its header.
   */
  private static final double HEADERLESS = 0.7;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Get-NetTCPConnection table or list view saved as text";
  }

  @Override
  public Sniff sniff(TextHead head) {
    if (head.charset().binary()) {
      return Sniff.no("binary content");
    }
    List<String> lines = head.lines();
    Set<NetTcpProperty> tableColumns = EnumSet.noneOf(NetTcpProperty.class);
    Set<NetTcpProperty> listKeys = EnumSet.noneOf(NetTcpProperty.class);
    int valueRows = 0;
    int textLines = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isBlank() && !NetTcpTextReader.isPrompt(line.strip())) {
        textLines++;
        if (ValueRow.parse(line) != null) {
          valueRows++;
        }
      }
      if (i + 1 < lines.size()
          && TableLayout.looksLikeDashes(lines.get(i + 1))
          && TableLayout.looksLikeHeader(line)) {
        TableLayout layout = TableLayout.of(line, lines.get(i + 1));
        if (layout != null && layout.properties().size() > tableColumns.size()) {
          tableColumns = EnumSet.noneOf(NetTcpProperty.class);
          tableColumns.addAll(layout.properties());
        }
      }
      ListLine property = ListLine.parse(line);
      if (property != null) {
        NetTcpProperty known = NetTcpProperty.named(property.name());
        if (known != null) {
          listKeys.add(known);
        }
      }
    }
    tableColumns.remove(NetTcpProperty.COMPUTER_NAME);
    listKeys.remove(NetTcpProperty.COMPUTER_NAME);
    Sniff table =
        ViewConfidence.judge(
            tableColumns, TABLE_SIGNATURE, 0.95, 0.8, "table header over a dashes line");
    Sniff list =
        ViewConfidence.judge(listKeys, LIST_SIGNATURE, 0.9, 0.75, "list view (Name : value)");
    Sniff best = table.confidence() >= list.confidence() ? table : list;
    if (best.confidence() < HEADERLESS && valueRows > 0 && valueRows * 2 >= textLines) {
      return new Sniff(
          HEADERLESS,
          valueRows
              + " of "
              + textLines
              + " lines are connection rows without a header ("
              + ValueRow.COLUMNS
              + ")");
    }
    return best;
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    new NetTcpTextReader(context, sink).read();
  }
}
