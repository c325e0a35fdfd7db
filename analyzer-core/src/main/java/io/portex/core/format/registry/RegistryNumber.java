package io.portex.core.format.registry;

/**
 * A registry number as tools print it: {@code 0x1e} ({@code reg query}), {@code 30} (decimal),
 * {@code 0x0000001e (30)} (regedit's display), {@code dword:0000001e} and {@code
 * hex(b):1e,00,00,00,00,00,00,00} ({@code reg export}).
 *
 * @param value the number, or -1 when it could not be read
 * @param problem why it could not be read, or null
 */
record RegistryNumber(long value, String problem) {

  private static final int MAX_HEX_DIGITS = 16;

  boolean ok() {
    return problem == null;
  }

  private static RegistryNumber bad(String problem) {
    return new RegistryNumber(-1, problem);
  }

  /** The data of a {@code reg query} value line of a numeric type. */
  static RegistryNumber ofQueryData(String data) {
    String text = data.strip();
    int paren = text.indexOf('(');
    if (paren > 0 && text.endsWith(")")) {
      RegistryNumber shown = ofQueryData(text.substring(0, paren));
      RegistryNumber decimal = decimal(text.substring(paren + 1, text.length() - 1).strip());
      if (shown.ok() && decimal.ok() && shown.value() != decimal.value()) {
        return bad("'" + text + "' shows two different numbers");
      }
      return shown;
    }
    if (text.startsWith("0x") || text.startsWith("0X")) {
      return hex(text.substring(2), text);
    }
    return decimal(text);
  }

  /** The data of a {@code .reg} line after {@code dword:}. */
  static RegistryNumber ofDword(String digits) {
    if (digits.length() > 8) {
      return bad("dword:" + digits + " has more than eight hex digits");
    }
    return hex(digits, "dword:" + digits);
  }

  /** Little-endian bytes {@code 1e,00,00,00} of {@code hex(4):} or {@code hex(b):}. */
  static RegistryNumber ofBytes(String list, int size) {
    String[] bytes = list.split(",");
    if (bytes.length != size) {
      return bad(bytes.length + " bytes where " + size + " were expected");
    }
    long value = 0;
    for (int i = size - 1; i >= 0; i--) {
      String b = bytes[i].strip();
      if (b.length() != 2
          || Character.digit(b.charAt(0), 16) < 0
          || Character.digit(b.charAt(1), 16) < 0) {
        return bad("'" + b + "' is no hex byte");
      }
      value = (value << 8) | Integer.parseInt(b, 16);
    }
    return value < 0 ? bad("larger than portex can hold") : new RegistryNumber(value, null);
  }

  private static RegistryNumber hex(String digits, String shown) {
    if (digits.isEmpty() || digits.length() > MAX_HEX_DIGITS) {
      return bad("'" + shown + "' is no hex number");
    }
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = Character.digit(digits.charAt(i), 16);
      if (digit < 0) {
        return bad("'" + shown + "' is no hex number");
      }
      value = (value << 4) | digit;
    }
    return value < 0
        ? bad("'" + shown + "' is larger than portex can hold")
        : new RegistryNumber(value, null);
  }

  private static RegistryNumber decimal(String text) {
    if (text.isEmpty() || text.length() > 18) {
      return bad("'" + text + "' is no number");
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return bad("'" + text + "' is no number");
      }
      value = value * 10 + (c - '0');
    }
    return new RegistryNumber(value, null);
  }
}
