package io.portex.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes what {@code Get-NetTCPConnection | Export-Csv} writes in Windows PowerShell 5.1: the
 * {@code #TYPE ...MSFT_NetTCPConnection} line, a header of all 36 properties, then one record per
 * connection with every value quoted and CRLF line ends. The connections are those of {@link
 * SnapshotRows} (the IIS host of {@link HostProfile}: mostly outbound {@code TimeWait} to a few
 * destinations, listeners, 2 % over IPv6), without its UDP rows, with state names as PowerShell
 * writes them ({@code TimeWait}). The same settings give the same bytes; memory use does not grow
 * with the number of rows.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.portex.bench.NetTcpExportGenerator OUT 500000
 * }</pre>
 */
public final class NetTcpExportGenerator {

  /** Seed unless set. */
  public static final long DEFAULT_SEED = 20260311L;

  static final String TYPE_LINE =
      "#TYPE Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetTCPConnection";

  /** Every property, in the order Export-Csv writes them. */
  static final String[] COLUMNS = {
    "Caption",
    "Description",
    "ElementName",
    "InstanceID",
    "CommunicationStatus",
    "DetailedStatus",
    "HealthState",
    "InstallDate",
    "Name",
    "OperatingStatus",
    "OperationalStatus",
    "PrimaryStatus",
    "Status",
    "StatusDescriptions",
    "AvailableRequestedStates",
    "EnabledDefault",
    "EnabledState",
    "OtherEnabledState",
    "RequestedState",
    "TimeOfLastStateChange",
    "TransitioningToState",
    "AggregationBehavior",
    "Directionality",
    "CreationTime",
    "LocalAddress",
    "LocalPort",
    "OwningProcess",
    "AppliedSetting",
    "OffloadState",
    "RemoteAddress",
    "RemotePort",
    "State",
    "PSComputerName",
    "CimClass",
    "CimInstanceProperties",
    "CimSystemProperties"
  };

  /** The empty values from Caption to InstallDate... written before InstanceID. */
  private static final String BEFORE_ID = "\"\",\"\",\"\",\"";

  /** From CommunicationStatus to Directionality: empty but for three CIM defaults. */
  private static final String AFTER_ID =
      "\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"2\",\"\",\"\",\"5\",\"\","
          + "\"12\",\"\",\"\",\"";

  private static final String TAIL =
      "\",\"\",\"ROOT/StandardCimv2:MSFT_NetTCPConnection\","
          + "\"Microsoft.Management.Infrastructure.Internal.Data.CimPropertiesCollection\","
          + "\"Microsoft.Management.Infrastructure.CimSystemProperties\"";

  private static final Map<String, String> POWERSHELL_STATES =
      Map.ofEntries(
          Map.entry("LISTENING", "Listen"),
          Map.entry("ESTABLISHED", "Established"),
          Map.entry("TIME_WAIT", "TimeWait"),
          Map.entry("CLOSE_WAIT", "CloseWait"),
          Map.entry("FIN_WAIT_1", "FinWait1"),
          Map.entry("FIN_WAIT_2", "FinWait2"),
          Map.entry("SYN_SENT", "SynSent"),
          Map.entry("SYN_RECEIVED", "SynReceived"),
          Map.entry("LAST_ACK", "LastAck"),
          Map.entry("CLOSING", "Closing"),
          Map.entry("CLOSED", "Closed"),
          Map.entry("DELETE_TCB", "DeleteTCB"),
          Map.entry("BOUND", "Bound"));

  private final long rows;
  private final long seed;
  private final Map<String, String> hosts = new HashMap<>();

  /**
   * @param rows connections to write, at least 1
   * @param seed the seed of every choice
   */
  public NetTcpExportGenerator(long rows, long seed) {
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be positive: " + rows);
    }
    this.rows = rows;
    this.seed = seed;
  }

  /** Writes the export to a file, replacing it. */
  public DumpStats write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      return write(out);
    }
  }

  /** Writes the export to a stream, which is flushed but not closed. */
  public DumpStats write(OutputStream stream) throws IOException {
    AsciiOut out = new AsciiOut(stream);
    out.text(TYPE_LINE).endLine();
    for (int i = 0; i < COLUMNS.length; i++) {
      out.text(i == 0 ? "\"" : ",\"").text(COLUMNS[i]).text("\"");
    }
    out.endLine();
    StateTally tally = new StateTally();
    SplittableRandom random = new SplittableRandom(seed);
    // SnapshotRows makes one row in fifty UDP: ask for enough to leave `rows` TCP ones
    long wanted = Math.min(Integer.MAX_VALUE, rows + rows / 49 + 50);
    SnapshotRows source = new SnapshotRows(random, (int) wanted);
    long written = 0;
    while (written < rows && source.hasNext()) {
      NetstatRow row = source.next();
      if (row.protocol().equals("TCP")) {
        writeRow(out, row, random);
        tally.add(row);
        written++;
      }
    }
    out.flush();
    stream.flush();
    return tally.stats(out.lines(), out.bytes(), 1);
  }

  private void writeRow(AsciiOut out, NetstatRow row, SplittableRandom random) throws IOException {
    String local = host(row.local());
    String remote = host(row.foreign());
    int localPort = row.local().port();
    int remotePort = row.foreign().port();
    out.text(BEFORE_ID)
        .text(local)
        .text("++")
        .number(localPort)
        .text("++")
        .text(remote)
        .text("++")
        .number(remotePort)
        .text(AFTER_ID);
    creationTime(out, random.nextInt(3600));
    out.text("\",\"").text(local).text("\",\"").number(localPort);
    out.text("\",\"").number(row.pid()).text("\",\"").text(appliedSetting(row.state()));
    out.text("\",\"InHost\",\"").text(remote).text("\",\"").number(remotePort);
    out.text("\",\"").text(POWERSHELL_STATES.get(row.state())).text(TAIL).endLine();
  }

  /** {@code 3/11/2026 9:58:01 AM}: an en-US time within the hour before 10:00. */
  private static void creationTime(AsciiOut out, int secondsBefore) {
    int second = 36_000 - 1 - secondsBefore;
    int hour = second / 3600;
    int minute = second / 60 % 60;
    int sec = second % 60;
    out.text("3/11/2026 ").number(hour).text(minute < 10 ? ":0" : ":").number(minute);
    out.text(sec < 10 ? ":0" : ":").number(sec).text(" AM");
  }

  /** Connected sockets carry the TCP setting applied to them; listeners and TimeWait none. */
  private static String appliedSetting(String state) {
    return state.equals("ESTABLISHED") || state.equals("CLOSE_WAIT") ? "Internet" : "";
  }

  /** The address as Get-NetTCPConnection gives it: {@code ::} rather than {@code [::]:}. */
  private String host(Address address) {
    return hosts.computeIfAbsent(
        address.prefix(),
        prefix -> {
          String host = prefix.endsWith(":") ? prefix.substring(0, prefix.length() - 1) : prefix;
          return host.startsWith("[") && host.endsWith("]")
              ? host.substring(1, host.length() - 1)
              : host;
        });
  }

  /**
   * Writes an export: {@code OUT [ROWS] [SEED]} (default 500,000 rows).
   *
   * @throws IllegalArgumentException when the arguments are wrong
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      throw new IllegalArgumentException("usage: NetTcpExportGenerator OUT [ROWS] [SEED]");
    }
    long rows = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 500_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
    DumpStats stats = new NetTcpExportGenerator(rows, seed).write(Path.of(args[0]));
    System.out.println(args[0] + ": " + stats);
  }
}
