package io.portex.core.format.tcpstats;

import io.portex.core.model.IpFamily;
import io.portex.core.source.AsciiKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a line of {@code netstat -s} or {@code netsh ... show tcpstats} output is: a section title,
 * a counter, the command that produced the output. Works on stripped lines; no regular expressions.
 */
final class StatisticsLine {

  /** Longest title line: titles are a few words. */
  private static final int MAX_TITLE = 80;

  /**
   * A {@code label = value} or {@code label: value} line.
   *
   * @param label the label as written
   * @param value the value as written, stripped
   */
  record Counter(String label, String value) {

    /** The value as a count, or -1 when it is no plain non-negative number. */
    long count() {
      return StatisticsLine.count(value);
    }
  }

  private StatisticsLine() {}

  /**
   * The family of a {@code netstat -s} TCP section title in any language ({@code TCP Statistics for
   * IPv4}, {@code TCP-Statistik für IPv6}, {@code IPv4 の TCP 統計}), or null when the line is none: a
   * few words, one of them {@code TCP}, one {@code IPv4} or {@code IPv6}, no separator.
   */
  static IpFamily tcpTitleFamily(String text) {
    if (text.isEmpty()
        || text.length() > MAX_TITLE
        || text.indexOf('=') >= 0
        || text.indexOf(':') >= 0) {
      return null;
    }
    List<String> words = words(text);
    if (words.size() > 8 || !words.contains("tcp") || words.contains("netsh")) {
      return null;
    }
    boolean v4 = words.contains("ipv4");
    boolean v6 = words.contains("ipv6");
    if (v4 == v6) {
      return null;
    }
    return v4 ? IpFamily.IPV4 : IpFamily.IPV6;
  }

  /** {@code MIB-II TCP Statistics}, the title of {@code netsh int ipv4 show tcpstats}. */
  static boolean isNetshTitle(String text) {
    if (text.length() > MAX_TITLE || text.indexOf(':') >= 0 || text.indexOf('=') >= 0) {
      return false;
    }
    List<String> words = words(text);
    return words.contains("mib") && words.contains("tcp");
  }

  /**
   * The family of a {@code netsh interface ipv6 show tcpstats} command line (IPv4 for {@code ipv4}
   * and {@code ip}), or null when the line is no such command.
   */
  static IpFamily tcpstatsCommandFamily(String text) {
    if (text.length() > 300) {
      return null;
    }
    List<String> words = words(text);
    if (!words.contains("netsh") || !words.contains("tcpstats")) {
      return null;
    }
    return words.contains("ipv6") ? IpFamily.IPV6 : IpFamily.IPV4;
  }

  /**
   * Reads {@code label = value} (or {@code label: value} when {@code separator} is {@code :}), or
   * returns null.
   */
  static Counter counter(String text, char separator) {
    int at = text.indexOf(separator);
    if (at <= 0) {
      return null;
    }
    String label = text.substring(0, at).strip();
    if (label.isEmpty() || AsciiKey.of(label).isEmpty()) {
      return null;
    }
    return new Counter(label, text.substring(at + 1).strip());
  }

  /** A plain non-negative count ({@code 40587}), or -1. */
  static long count(String value) {
    if (value.isEmpty() || value.length() > 18) {
      return -1;
    }
    long result = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      result = result * 10 + (c - '0');
    }
    return result;
  }

  /**
   * A connection row of the table {@code netstat -s -p tcp} prints after its statistics ({@code TCP
   * 10.0.0.5:49712 10.0.0.9:443 ESTABLISHED}).
   */
  static boolean isConnectionRow(String text) {
    int space = text.indexOf(' ');
    if (space < 3) {
      return false;
    }
    String protocol = text.substring(0, space);
    if (!protocol.equalsIgnoreCase("TCP")
        && !protocol.equalsIgnoreCase("UDP")
        && !protocol.equalsIgnoreCase("TCPv6")
        && !protocol.equalsIgnoreCase("UDPv6")) {
      return false;
    }
    String rest = text.substring(space).strip();
    int end = rest.indexOf(' ');
    String local = end < 0 ? rest : rest.substring(0, end);
    return local.indexOf(':') > 0;
  }

  /** The runs of letters and digits of a line, in lower case. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}
