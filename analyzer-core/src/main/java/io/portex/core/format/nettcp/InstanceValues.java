package io.portex.core.format.nettcp;

import io.portex.core.model.Connection;
import io.portex.core.model.Endpoint;
import io.portex.core.model.Protocol;
import io.portex.core.model.TcpState;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of one {@code MSFT_NetTCPConnection} instance as text, from whichever view they were
 * read (a CSV record, a table row, a list block), turned into a {@link Connection}. What cannot be
 * read is reported and the connection is kept: a port that is no number becomes -1, a state no
 * spelling matches becomes {@link TcpState#UNKNOWN}. Reused from instance to instance; not
 * thread-safe.
 */
final class InstanceValues {

  /** Receives what could not be read of the instance being converted. */
  @FunctionalInterface
  interface Problems {
    /**
     * @param property the property whose value could not be read
     * @param code the diagnostic code
     * @param message what was wrong and what was done instead
     */
    void warn(NetTcpProperty property, String code, String message);
  }

  /** The remote end of views that have no remote columns: never tallied as a destination. */
  static final Endpoint UNKNOWN_REMOTE = Endpoint.UNKNOWN;

  private static final String UNKNOWN_HOST = "?";
  private static final int MAX_CACHED_STATES = 64;

  private final String[] values = new String[NetTcpProperty.ALL.length];
  private final Map<String, TcpState> knownStates = new HashMap<>();
  private final Problems problems;

  InstanceValues(Problems problems) {
    this.problems = problems;
  }

  void clear() {
    Arrays.fill(values, null);
  }

  void set(NetTcpProperty property, String value) {
    values[property.ordinal()] = value;
  }

  /** The value as given, or null when the view did not have it. */
  String get(NetTcpProperty property) {
    return values[property.ordinal()];
  }

  boolean has(NetTcpProperty property) {
    return values[property.ordinal()] != null;
  }

  /** The connection the values describe; problems are reported, never thrown. */
  Connection toConnection() {
    Endpoint local = endpoint(NetTcpProperty.LOCAL_ADDRESS, NetTcpProperty.LOCAL_PORT);
    Endpoint remote =
        has(NetTcpProperty.REMOTE_ADDRESS) || has(NetTcpProperty.REMOTE_PORT)
            ? endpoint(NetTcpProperty.REMOTE_ADDRESS, NetTcpProperty.REMOTE_PORT)
            : UNKNOWN_REMOTE;
    return new Connection(Protocol.TCP, local, remote, state(), pid(), null);
  }

  private Endpoint endpoint(NetTcpProperty address, NetTcpProperty port) {
    String addressText = values[address.ordinal()];
    String host = host(addressText);
    if (addressText != null && addressText.isBlank()) {
      problems.warn(
          address,
          "nettcp.no-address",
          address.label() + " is empty; the connection is counted without it");
    }
    String portText = values[port.ordinal()];
    if (portText == null) {
      return Endpoint.of(host, -1, "");
    }
    int number = port(portText);
    if (number < 0) {
      String shown = portText.strip();
      problems.warn(
          port,
          "nettcp.bad-port",
          port.label()
              + " '"
              + shown
              + "' is no port number; the connection is counted without it");
      return Endpoint.of(host, -1, shown);
    }
    return Endpoint.of(host, number);
  }

  /** The address without blanks or brackets ({@code [::1]} is {@code ::1}). */
  private static String host(String text) {
    if (text == null || text.isEmpty()) {
      return UNKNOWN_HOST;
    }
    String host = isBlank(text, 0) || isBlank(text, text.length() - 1) ? text.strip() : text;
    if (host.length() > 2 && host.charAt(0) == '[' && host.charAt(host.length() - 1) == ']') {
      host = host.substring(1, host.length() - 1);
    }
    return host.isEmpty() ? UNKNOWN_HOST : host;
  }

  private TcpState state() {
    String text = values[NetTcpProperty.STATE.ordinal()];
    if (text == null || text.isBlank()) {
      problems.warn(
          NetTcpProperty.STATE, "nettcp.unknown-state", "no State value; counted as UNKNOWN");
      return TcpState.UNKNOWN;
    }
    TcpState state = knownStates.get(text);
    if (state != null) {
      return state;
    }
    state = TcpState.parse(text).orElse(null);
    if (state == null) {
      problems.warn(
          NetTcpProperty.STATE,
          "nettcp.unknown-state",
          "State '" + text.strip() + "' is no known TCP state; counted as UNKNOWN");
      return TcpState.UNKNOWN;
    }
    if (knownStates.size() < MAX_CACHED_STATES) {
      knownStates.put(text, state);
    }
    return state;
  }

  private int pid() {
    String text = values[NetTcpProperty.OWNING_PROCESS.ordinal()];
    if (text == null || text.isBlank()) {
      return -1;
    }
    long value = digits(text, 10);
    if (value < 0 || value > Integer.MAX_VALUE) {
      problems.warn(
          NetTcpProperty.OWNING_PROCESS,
          "nettcp.bad-pid",
          "OwningProcess '" + text.strip() + "' is no process id; counted without one");
      return -1;
    }
    return (int) value;
  }

  /** A port number 0–65535 with optional blanks around it, or -1. */
  static int port(String text) {
    long value = digits(text, 5);
    return value <= 65535 ? (int) value : -1;
  }

  /** The number of 1 to {@code maxDigits} ASCII digits, blanks around them allowed, or -1. */
  private static long digits(String text, int maxDigits) {
    int from = 0;
    int to = text.length();
    while (from < to && isBlank(text, from)) {
      from++;
    }
    while (to > from && isBlank(text, to - 1)) {
      to--;
    }
    if (to == from || to - from > maxDigits) {
      return -1;
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isBlank(String text, int index) {
    char c = text.charAt(index);
    return c <= ' ' || c == '\u00a0';
  }
}
