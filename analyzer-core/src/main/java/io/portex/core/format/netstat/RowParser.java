package io.portex.core.format.netstat;

import io.portex.core.model.Connection;
import io.portex.core.model.Endpoint;
import io.portex.core.model.Protocol;
import io.portex.core.model.TcpState;

/**
 * Reads one {@code netstat} connection row by its fields, not its columns: long addresses and long
 * German state words push the columns right, Japanese widens the protocol column, and markdown or
 * comments indent everything. A row is {@code PROTO LOCAL FOREIGN [STATE] [PID] [OFFLOAD]}; UDP
 * rows have no state.
 *
 * <p>Works on field boundaries within the line and makes strings only of the two addresses: it runs
 * once per row of captures with millions of them. One instance per thread.
 */
final class RowParser {

  private static final int MAX_FIELDS = 8;

  /** Offload states of {@code netstat -t}. */
  private static final String[] OFFLOAD_STATES = {"InHost", "Offloading", "Offloaded", "Uploading"};

  /** The words netstat writes, matched exactly before any normalisation. */
  static final String[] STATE_WORDS = {
    "TIME_WAIT",
    "ESTABLISHED",
    "LISTENING",
    "CLOSE_WAIT",
    "BOUND",
    "SYN_SENT",
    "FIN_WAIT_1",
    "FIN_WAIT_2",
    "LAST_ACK",
    "CLOSING",
    "SYN_RECEIVED",
    "CLOSED",
    "DELETE_TCB",
    "WARTEND",
    "HERGESTELLT",
    "SCHLIESSEN_WARTEN"
  };

  static final TcpState[] STATE_OF_WORD = {
    TcpState.TIME_WAIT, TcpState.ESTABLISHED, TcpState.LISTENING, TcpState.CLOSE_WAIT,
    TcpState.BOUND, TcpState.SYN_SENT, TcpState.FIN_WAIT_1, TcpState.FIN_WAIT_2,
    TcpState.LAST_ACK, TcpState.CLOSING, TcpState.SYN_RECEIVED, TcpState.CLOSED,
    TcpState.DELETE_TCB, TcpState.TIME_WAIT, TcpState.ESTABLISHED, TcpState.CLOSE_WAIT
  };

  /** A parsed row and the one problem it had, if any. */
  record Row(Connection connection, String problemCode, String problem) {}

  /** Start and end (exclusive) of each field of the line being parsed. */
  private final int[] starts = new int[MAX_FIELDS];

  private final int[] ends = new int[MAX_FIELDS];
  private String line;
  private int count;

  /**
   * Parses a line.
   *
   * @return the row, or null when the line is no connection row
   */
  Row parse(String text) {
    line = text;
    count = split();
    if (count < 2) {
      return null;
    }
    Protocol protocol = protocol();
    if (protocol == null
        || line.indexOf(':', starts[1]) < 0
        || line.indexOf(':', starts[1]) >= ends[1]) {
      return null;
    }
    Endpoint local = endpoint(field(1));
    if (local == null) {
      return null;
    }
    return protocol == Protocol.TCP ? tcp(local) : udp(local);
  }

  private Row tcp(Endpoint local) {
    if (count < 3) {
      return broken(local, null, -1, "row ends after the local address");
    }
    String remoteText = field(2);
    Endpoint remote = endpoint(remoteText);
    if (remote == null || remote.port() == -1 && remote.service().isEmpty()) {
      Endpoint shown = remote != null ? remote : Endpoint.of(remoteText, -1, "");
      String why =
          count == 3
              ? "row cut short inside the foreign address '" + remoteText + "'"
              : "foreign address '" + remoteText + "' is not an address";
      return broken(local, shown, -1, why);
    }
    if (count == 3) {
      return broken(local, remote, -1, "row ends before the state");
    }
    if (count == 4 && isDigits(3)) {
      return broken(local, remote, pid(3), "row has no state");
    }
    int next = 4;
    int pid = -1;
    if (next < count && isDigits(next)) {
      pid = pid(next++);
    }
    if (next < count && isOffloadState(next)) {
      next++;
    }
    String problemCode = null;
    String problem = null;
    if (next < count) {
      problemCode = "netstat.extra-fields";
      problem = "unexpected text after the row: '" + field(next) + "'";
    }
    TcpState state = exactState(3);
    if (state == null) {
      String word = field(3);
      state = TcpState.parse(word).orElse(null);
      if (state == null) {
        state = TcpState.parseTruncated(word).orElse(null);
        if (state != null) {
          problemCode = "netstat.cut-state";
          problem = "state '" + word + "' cut short (console width?), read as " + state;
        } else {
          state = TcpState.UNKNOWN;
          problemCode = "netstat.unknown-state";
          problem = "state '" + word + "' is no known TCP state; counted as UNKNOWN";
        }
      }
    }
    return new Row(
        new Connection(Protocol.TCP, local, remote, state, pid, null), problemCode, problem);
  }

  private Row udp(Endpoint local) {
    Endpoint remote = count >= 3 ? endpoint(field(2)) : Endpoint.ANY;
    if (remote == null) {
      remote = Endpoint.ANY;
    }
    int next = 3;
    int pid = -1;
    if (next < count && isDigits(next)) {
      pid = pid(next++);
    }
    Connection connection = new Connection(Protocol.UDP, local, remote, null, pid, null);
    if (next < count) {
      return new Row(
          connection,
          "netstat.extra-fields",
          "unexpected text after the row: '" + field(next) + "'");
    }
    return new Row(connection, null, null);
  }

  private static Row broken(Endpoint local, Endpoint remote, int pid, String problem) {
    Endpoint shownRemote = remote != null ? remote : Endpoint.UNKNOWN;
    return new Row(
        new Connection(Protocol.TCP, local, shownRemote, TcpState.UNKNOWN, pid, null),
        "netstat.cut-row",
        problem + "; counted with state UNKNOWN");
  }

  /** Finds up to {@link #MAX_FIELDS} blank-separated fields; the last runs to the line's end. */
  private int split() {
    int found = 0;
    int i = skipPrefix(line);
    int length = line.length();
    while (i < length && found < MAX_FIELDS) {
      starts[found] = i;
      if (found == MAX_FIELDS - 1) {
        i = length;
        while (i > starts[found] && isBlank(line.charAt(i - 1))) {
          i--;
        }
      } else {
        while (i < length && !isBlank(line.charAt(i))) {
          i++;
        }
      }
      ends[found++] = i;
      while (i < length && isBlank(line.charAt(i))) {
        i++;
      }
    }
    return found;
  }

  private String field(int index) {
    return line.substring(starts[index], ends[index]);
  }

  private int length(int index) {
    return ends[index] - starts[index];
  }

  private boolean fieldIs(int index, String word, boolean ignoreCase) {
    return length(index) == word.length()
        && line.regionMatches(ignoreCase, starts[index], word, 0, word.length());
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

  /** Space, tab (and other controls), no-break space, ideographic space: two tests for ASCII. */
  private static boolean isBlank(char c) {
    return c <= ' ' || (c >= '\u00a0' && (c == '\u00a0' || c == '\u3000'));
  }

  private Protocol protocol() {
    if (fieldIs(0, "TCP", true) || fieldIs(0, "TCPv6", true)) {
      return Protocol.TCP;
    }
    if (fieldIs(0, "UDP", true) || fieldIs(0, "UDPv6", true)) {
      return Protocol.UDP;
    }
    return null;
  }

  private TcpState exactState(int index) {
    for (int i = 0; i < STATE_WORDS.length; i++) {
      if (fieldIs(index, STATE_WORDS[i], false)) {
        return STATE_OF_WORD[i];
      }
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
    int hostStart;
    int hostEnd;
    int portStart;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0) {
        return Endpoint.of(text.substring(1), -1, "");
      }
      hostStart = 1;
      hostEnd = close;
      portStart =
          close + 1 < text.length() && text.charAt(close + 1) == ':' ? close + 2 : text.length();
    } else {
      int colon = text.lastIndexOf(':');
      if (colon <= 0) {
        return null;
      }
      hostStart = 0;
      hostEnd = colon;
      portStart = colon + 1;
    }
    if (hostEnd <= hostStart) {
      return null;
    }
    int port = parsePort(text, portStart);
    if (port >= 0) {
      return Endpoint.parsed(text, hostStart, hostEnd, port);
    }
    return Endpoint.of(text.substring(hostStart, hostEnd), -1, text.substring(portStart));
  }

  /** The port number at {@code from} to the end, or -1 when it is no number 0–65535. */
  private static int parsePort(String text, int from) {
    int length = text.length() - from;
    if (length < 1 || length > 5) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value <= 65535 ? value : -1;
  }

  private boolean isOffloadState(int index) {
    for (String offload : OFFLOAD_STATES) {
      if (fieldIs(index, offload, true)) {
        return true;
      }
    }
    return false;
  }

  private boolean isDigits(int index) {
    int length = length(index);
    if (length == 0 || length > 10) {
      return false;
    }
    for (int i = starts[index]; i < ends[index]; i++) {
      char c = line.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private int pid(int index) {
    long value = 0;
    for (int i = starts[index]; i < ends[index]; i++) {
      value = value * 10 + (line.charAt(i) - '0');
    }
    return value > Integer.MAX_VALUE ? -1 : (int) value;
  }
}
