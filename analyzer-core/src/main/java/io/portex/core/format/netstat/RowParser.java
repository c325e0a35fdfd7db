package io.portex.core.format.netstat;

import io.portex.core.model.Connection;
import io.portex.core.model.Endpoint;
import io.portex.core.model.Protocol;
import io.portex.core.model.TcpState;

/**
 * Reads one {@code netstat} connection row by its fields, not its columns: long addresses and long
 * German state words push the columns right, Japanese widens the protocol column, and markdown or
 * comments indent everything. A row is {@code PROTO LOCAL FOREIGN [STATE] [PID] [OFFLOAD]}; UDP
 * rows have no state. Stateless.
 */
final class RowParser {

  private static final int MAX_FIELDS = 8;

  /** Offload states of {@code netstat -t}. */
  private static final String[] OFFLOAD_STATES = {"InHost", "Offloading", "Offloaded", "Uploading"};

  /** A parsed row and the one problem it had, if any. */
  record Row(Connection connection, String problemCode, String problem) {}

  /**
   * Parses a line.
   *
   * @return the row, or null when the line is no connection row
   */
  Row parse(String line) {
    String[] fields = new String[MAX_FIELDS];
    int count = split(line, fields);
    if (count < 2) {
      return null;
    }
    Protocol protocol = protocol(fields[0]);
    if (protocol == null || fields[1].indexOf(':') < 0) {
      return null;
    }
    Endpoint local = endpoint(fields[1]);
    if (local == null) {
      return null;
    }
    return protocol == Protocol.TCP ? tcp(fields, count, local) : udp(fields, count, local);
  }

  private Row tcp(String[] fields, int count, Endpoint local) {
    if (count < 3) {
      return broken(Protocol.TCP, local, null, -1, "row ends after the local address");
    }
    Endpoint remote = endpoint(fields[2]);
    if (remote == null || remote.port() == -1 && remote.service().isEmpty()) {
      Endpoint shown = remote != null ? remote : Endpoint.of(fields[2], -1);
      String why =
          count == 3
              ? "row cut short inside the foreign address '" + fields[2] + "'"
              : "foreign address '" + fields[2] + "' is not an address";
      return broken(Protocol.TCP, local, shown, -1, why);
    }
    if (count == 3) {
      return broken(Protocol.TCP, local, remote, -1, "row ends before the state");
    }
    String stateWord = fields[3];
    int next = 4;
    int pid = -1;
    if (isDigits(stateWord) && count == 4) {
      return broken(Protocol.TCP, local, remote, parsePid(stateWord), "row has no state");
    }
    if (next < count && isDigits(fields[next])) {
      pid = parsePid(fields[next++]);
    }
    if (next < count && isOffloadState(fields[next])) {
      next++;
    }
    String problemCode = null;
    String problem = null;
    if (next < count) {
      problemCode = "netstat.extra-fields";
      problem = "unexpected text after the row: '" + fields[next] + "'";
    }
    TcpState state = TcpState.parse(stateWord).orElse(null);
    if (state == null) {
      state = TcpState.parseTruncated(stateWord).orElse(null);
      if (state != null) {
        problemCode = "netstat.cut-state";
        problem = "state '" + stateWord + "' cut short (console width?), read as " + state;
      } else {
        state = TcpState.UNKNOWN;
        problemCode = "netstat.unknown-state";
        problem = "state '" + stateWord + "' is no known TCP state; counted as UNKNOWN";
      }
    }
    return new Row(
        new Connection(Protocol.TCP, local, remote, state, pid, null), problemCode, problem);
  }

  private Row udp(String[] fields, int count, Endpoint local) {
    Endpoint remote = count >= 3 ? endpoint(fields[2]) : Endpoint.ANY;
    if (remote == null) {
      remote = Endpoint.ANY;
    }
    int next = 3;
    int pid = -1;
    if (next < count && isDigits(fields[next])) {
      pid = parsePid(fields[next++]);
    }
    Connection connection = new Connection(Protocol.UDP, local, remote, null, pid, null);
    if (next < count) {
      return new Row(
          connection,
          "netstat.extra-fields",
          "unexpected text after the row: '" + fields[next] + "'");
    }
    return new Row(connection, null, null);
  }

  private static Row broken(
      Protocol protocol, Endpoint local, Endpoint remote, int pid, String problem) {
    Endpoint shownRemote = remote != null ? remote : Endpoint.of("?", -1);
    return new Row(
        new Connection(protocol, local, shownRemote, TcpState.UNKNOWN, pid, null),
        "netstat.cut-row",
        problem + "; counted with state UNKNOWN");
  }

  /** Splits on blanks into at most {@code fields.length} fields; the last keeps the rest. */
  static int split(String line, String[] fields) {
    int count = 0;
    int i = skipPrefix(line);
    int length = line.length();
    while (i < length && count < fields.length) {
      int start = i;
      while (i < length && !isBlank(line.charAt(i))) {
        i++;
      }
      fields[count++] = line.substring(start, i);
      while (i < length && isBlank(line.charAt(i))) {
        i++;
      }
    }
    return count;
  }

  /**
   * Skips indentation and the markers of pasted text: comments ({@code #}) and quotes ({@code >}).
   */
  static int skipPrefix(String line) {
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (isBlank(c) || c == '#' || c == '>') {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0';
  }

  private static Protocol protocol(String field) {
    if (field.equalsIgnoreCase("TCP") || field.equalsIgnoreCase("TCPv6")) {
      return Protocol.TCP;
    }
    if (field.equalsIgnoreCase("UDP") || field.equalsIgnoreCase("UDPv6")) {
      return Protocol.UDP;
    }
    return null;
  }

  /**
   * Reads {@code 0.0.0.0:135}, {@code [fe80::1%12]:49670}, {@code host:https}, {@code *:*}.
   *
   * @return the endpoint (port -1 and the text as service when the port is no number), or null
   */
  static Endpoint endpoint(String text) {
    if (text.equals("*:*")) {
      return Endpoint.ANY;
    }
    String host;
    String port;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0) {
        return new Endpoint(text.substring(1), -1, "");
      }
      host = text.substring(1, close);
      port =
          close + 1 < text.length() && text.charAt(close + 1) == ':'
              ? text.substring(close + 2)
              : "";
    } else {
      int colon = text.lastIndexOf(':');
      if (colon <= 0) {
        return null;
      }
      host = text.substring(0, colon);
      port = text.substring(colon + 1);
    }
    if (host.isEmpty()) {
      return null;
    }
    if (isDigits(port) && port.length() <= 5) {
      int number = Integer.parseInt(port);
      if (number <= 65535) {
        return Endpoint.of(host, number);
      }
    }
    return new Endpoint(host, -1, port);
  }

  private static boolean isOffloadState(String field) {
    for (String offload : OFFLOAD_STATES) {
      if (offload.equalsIgnoreCase(field)) {
        return true;
      }
    }
    return false;
  }

  static boolean isDigits(String text) {
    if (text.isEmpty() || text.length() > 10) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int parsePid(String digits) {
    long value = Long.parseLong(digits);
    return value > Integer.MAX_VALUE ? -1 : (int) value;
  }
}
