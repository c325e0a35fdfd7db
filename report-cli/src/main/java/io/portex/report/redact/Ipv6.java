package io.portex.report.redact;

import java.util.Locale;

/** IPv6 text as eight 16-bit groups, and back with another /64 network. */
final class Ipv6 {

  private Ipv6() {}

  /** The eight groups of {@code text}, or null when it is no IPv6 address. */
  static int[] parse(String text) {
    int doubleColon = text.indexOf("::");
    if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
      return null;
    }
    String[] head;
    String[] tail;
    if (doubleColon >= 0) {
      String left = text.substring(0, doubleColon);
      String right = text.substring(doubleColon + 2);
      head = left.isEmpty() ? new String[0] : left.split(":", -1);
      tail = right.isEmpty() ? new String[0] : right.split(":", -1);
      if (head.length + tail.length > 7) {
        return null;
      }
    } else {
      head = text.split(":", -1);
      tail = new String[0];
      if (head.length != 8) {
        return null;
      }
    }
    int[] groups = new int[8];
    for (int i = 0; i < head.length; i++) {
      Integer value = group(head[i]);
      if (value == null) {
        return null;
      }
      groups[i] = value;
    }
    for (int i = 0; i < tail.length; i++) {
      Integer value = group(tail[i]);
      if (value == null) {
        return null;
      }
      groups[8 - tail.length + i] = value;
    }
    return groups;
  }

  private static Integer group(String text) {
    if (text.isEmpty() || text.length() > 4) {
      return null;
    }
    try {
      return Integer.parseInt(text, 16);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** :: and ::1, and an address that is all zero in its first 64 bits (::ffff:… mapped ones). */
  static boolean kept(int[] groups) {
    return groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0;
  }

  /** The first four groups, as a key. */
  static String prefix(int[] groups) {
    return String.format(
        Locale.ROOT, "%04x:%04x:%04x:%04x", groups[0], groups[1], groups[2], groups[3]);
  }

  /**
   * {@code network} (four groups, e.g. {@code 2001:db8:0:1}) followed by the address's last four
   * groups, written short as RFC 5952 says (the longest run of two or more zero groups as {@code
   * ::}).
   */
  static String withPrefix(String network, int[] groups) {
    int[] all = new int[8];
    String[] head = network.split(":");
    for (int i = 0; i < 4; i++) {
      all[i] = Integer.parseInt(head[i], 16);
    }
    System.arraycopy(groups, 4, all, 4, 4);
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && all[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(String.format(Locale.ROOT, "%x", all[i]));
    }
    return out.toString();
  }
}
