package io.portex.core.format.nettcp;

/**
 * The properties of {@code MSFT_NetTCPConnection} that portex reads, by the names {@code
 * Get-NetTCPConnection} gives them in CSV headers, table headers and list views. Every other
 * property ({@code CreationTime}, {@code AppliedSetting}, {@code CimInstanceProperties}, ...) is
 * ignored.
 */
enum NetTcpProperty {
  LOCAL_ADDRESS("LocalAddress"),
  LOCAL_PORT("LocalPort"),
  REMOTE_ADDRESS("RemoteAddress"),
  REMOTE_PORT("RemotePort"),
  STATE("State"),
  OWNING_PROCESS("OwningProcess"),
  /** The machine a remote query ({@code -CimSession}) ran on; empty for the local one. */
  COMPUTER_NAME("PSComputerName");

  /** Every property, in declaration order. */
  static final NetTcpProperty[] ALL = values();

  private final String label;

  NetTcpProperty(String label) {
    this.label = label;
  }

  /** The name as PowerShell writes it ({@code LocalPort}). */
  String label() {
    return label;
  }

  /**
   * The property called {@code name} in any case, blanks and a stray byte-order mark around it
   * ignored; null when portex does not read it.
   */
  static NetTcpProperty named(String name) {
    int from = 0;
    int to = name.length();
    while (from < to && isIgnorable(name.charAt(from))) {
      from++;
    }
    while (to > from && isIgnorable(name.charAt(to - 1))) {
      to--;
    }
    int length = to - from;
    for (NetTcpProperty property : ALL) {
      if (property.label.length() == length
          && name.regionMatches(true, from, property.label, 0, length)) {
        return property;
      }
    }
    return null;
  }

  private static boolean isIgnorable(char c) {
    return c <= ' ' || c == '\uFEFF' || c == '\u00a0';
  }
}
