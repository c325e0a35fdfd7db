package io.portex.core.model;

import java.util.Locale;

/**
 * The name of a machine as portex compares them (SPEC §3): its first DNS label, upper case, so that
 * {@code web01.contoso.local}, {@code WEB01} and {@code \\Web01} are one host. IP addresses and
 * {@code localhost} name no machine.
 */
public final class HostName {

  /** Longest label kept (a DNS label has at most 63 characters). */
  static final int MAX_LENGTH = 63;

  private HostName() {}

  /** The host key of {@code name}, or null when it names no machine. */
  public static String of(String name) {
    if (name == null) {
      return null;
    }
    String text = name.strip();
    while (text.startsWith("\\") || text.startsWith("/")) {
      text = text.substring(1);
    }
    if (text.isEmpty() || isAddress(text)) {
      return null;
    }
    int dot = text.indexOf('.');
    String label = dot >= 0 ? text.substring(0, dot) : text;
    if (label.isEmpty() || label.length() > MAX_LENGTH || !isLabel(label)) {
      return null;
    }
    String key = label.toUpperCase(Locale.ROOT);
    return key.equals("LOCALHOST") || key.equals("-") ? null : key;
  }

  /** True when both name the same machine. */
  public static boolean same(String a, String b) {
    String key = of(a);
    return key != null && key.equals(of(b));
  }

  private static boolean isLabel(String label) {
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '$')) {
        return false;
      }
    }
    return true;
  }

  /** An IPv4 address (digits and dots) or an IPv6 one (has a colon). */
  private static boolean isAddress(String text) {
    if (text.indexOf(':') >= 0) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.') {
        return false;
      }
    }
    return true;
  }
}
