package io.portex.core.format.perfmon;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A counter path of a PDH CSV header: {@code \\HOST\Object(instance)\Counter}. Runs of backslashes
 * count as one separator, so a path escaped once more ({@code \\\\HOST\\TCPv4\\...}, as a Python
 * list prints it) reads the same.
 *
 * @param host the machine, without backslashes, or null when the path names none
 * @param object the performance object, e.g. {@code TCPv4}
 * @param instance the instance, or null
 * @param counter the counter, e.g. {@code Connections Established}
 */
record CounterPath(String host, String object, String instance, String counter) {

  private static final Pattern BACKSLASHES = Pattern.compile("\\\\+");

  /** Reads a header cell; null when it is no counter path. */
  static CounterPath parse(String cell) {
    String text = cell.strip();
    boolean hasHost = text.startsWith("\\\\");
    String[] parts = splitOnBackslashRuns(text);
    if (parts.length != (hasHost ? 3 : 2)) {
      return null;
    }
    String host = hasHost ? parts[0] : null;
    String objectPart = parts[hasHost ? 1 : 0];
    String counter = parts[hasHost ? 2 : 1];
    if (objectPart.isEmpty() || counter.isEmpty() || (hasHost && host.isEmpty())) {
      return null;
    }
    String object = objectPart;
    String instance = null;
    int open = objectPart.indexOf('(');
    if (open > 0 && objectPart.endsWith(")")) {
      object = objectPart.substring(0, open);
      instance = objectPart.substring(open + 1, objectPart.length() - 1);
    }
    return new CounterPath(host, object, instance, counter);
  }

  /**
   * True for the objects whose counters are TCP connections: {@code TCPv4}, {@code TCPv6}, XP's
   * {@code TCP}.
   */
  boolean isTcp() {
    String o = object.toLowerCase(Locale.ROOT);
    return o.equals("tcpv4") || o.equals("tcpv6") || o.equals("tcp");
  }

  /** The name without the host: {@code \TCPv4\Connections Established}. */
  String name() {
    return "\\" + object + (instance != null ? "(" + instance + ")" : "") + "\\" + counter;
  }

  /** Host and name together, the identity of a column across the sections of a file. */
  String key() {
    return (host == null ? "" : host.toLowerCase(Locale.ROOT)) + name().toLowerCase(Locale.ROOT);
  }

  private static String[] splitOnBackslashRuns(String text) {
    int start = 0;
    while (start < text.length() && text.charAt(start) == '\\') {
      start++;
    }
    return BACKSLASHES.split(text.substring(start), -1);
  }
}
