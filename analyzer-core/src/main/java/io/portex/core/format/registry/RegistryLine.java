package io.portex.core.format.registry;

import java.util.Locale;
import java.util.Set;

/**
 * A value as {@code reg query} and {@code reg export} write it. {@code reg query}: {@code
 * TcpTimedWaitDelay REG_DWORD 0x1e} (four blanks, or tabs in older versions; the name may hold
 * blanks). {@code reg export}: {@code "TcpTimedWaitDelay"=dword:0000001e}.
 *
 * @param name the value name
 * @param type the registry type ({@code REG_DWORD}; for export lines the type it stands for)
 * @param data the data as written
 */
record RegistryLine(String name, String type, String data) {

  /** Types whose data is a number. */
  private static final Set<String> NUMERIC =
      Set.of(
          "REG_DWORD",
          "REG_QWORD",
          "REG_DWORD_LITTLE_ENDIAN",
          "REG_QWORD_LITTLE_ENDIAN",
          "REG_DWORD_BIG_ENDIAN");

  /** Types that are text or bytes, skipped. */
  private static final Set<String> OTHER =
      Set.of(
          "REG_SZ",
          "REG_EXPAND_SZ",
          "REG_MULTI_SZ",
          "REG_BINARY",
          "REG_NONE",
          "REG_LINK",
          "REG_RESOURCE_LIST",
          "REG_FULL_RESOURCE_DESCRIPTOR",
          "REG_RESOURCE_REQUIREMENTS_LIST");

  boolean numeric() {
    return NUMERIC.contains(type);
  }

  boolean knownType() {
    return NUMERIC.contains(type) || OTHER.contains(type);
  }

  /** A {@code reg query} value line, or null. */
  static RegistryLine ofQuery(String line) {
    int at = line.indexOf("REG_");
    while (at >= 0) {
      if (at > 0 && isBlank(line.charAt(at - 1))) {
        int end = at;
        while (end < line.length() && isTypeChar(line.charAt(end))) {
          end++;
        }
        if (end == line.length() || isBlank(line.charAt(end))) {
          String name = line.substring(0, at).strip();
          return new RegistryLine(name, line.substring(at, end), line.substring(end).strip());
        }
      }
      at = line.indexOf("REG_", at + 1);
    }
    return null;
  }

  /**
   * A {@code reg export} value line ({@code "Name"=...} or {@code @=...}), or null. The type is
   * {@code REG_DWORD} for {@code dword:}, {@code REG_QWORD} for {@code hex(b):}, REG_SZ for text
   * and REG_BINARY for the other hex forms.
   */
  static RegistryLine ofExport(String text) {
    String name;
    int equals;
    if (text.startsWith("@=")) {
      name = "(Default)";
      equals = 1;
    } else if (text.startsWith("\"")) {
      StringBuilder out = new StringBuilder();
      int i = 1;
      while (i < text.length() && text.charAt(i) != '"') {
        if (text.charAt(i) == '\\' && i + 1 < text.length()) {
          i++;
        }
        out.append(text.charAt(i++));
      }
      if (i + 1 >= text.length() || text.charAt(i + 1) != '=') {
        return null;
      }
      name = out.toString();
      equals = i + 1;
    } else {
      return null;
    }
    String data = text.substring(equals + 1).strip();
    String lower = data.toLowerCase(Locale.ROOT);
    String type;
    if (lower.startsWith("dword:")) {
      type = "REG_DWORD";
    } else if (lower.startsWith("hex(b):")) {
      type = "REG_QWORD";
    } else if (lower.startsWith("hex(4):")) {
      type = "REG_DWORD_LITTLE_ENDIAN";
    } else if (lower.startsWith("\"")) {
      type = "REG_SZ";
    } else {
      type = "REG_BINARY";
    }
    return new RegistryLine(name, type, data);
  }

  private static boolean isTypeChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
