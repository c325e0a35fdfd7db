package io.portex.bench;

/**
 * One connection row of {@code netstat -ano}, written in the layout of Windows: {@code
 * String.format(" %-5s %-21s %-21s %-12s %d", proto, local, foreign, state, pid)}, where UDP rows
 * have an empty state. Long addresses push the following columns right, as on Windows.
 *
 * @param protocol {@code TCP} or {@code UDP}
 * @param local the local address
 * @param foreign the foreign address
 * @param state the TCP state word ({@code TIME_WAIT}), or empty for UDP
 * @param pid the owning process id
 */
record NetstatRow(String protocol, Address local, Address foreign, String state, int pid) {

  /** The layout this class reproduces without {@link String#format}. */
  static final String LAYOUT = "  %-5s  %-21s  %-21s  %-12s    %d";

  /** Writes the row, without its line end. */
  void writeTo(AsciiOut out) {
    int start = out.column();
    out.text("  ").text(protocol).padTo(start + 7).text("  ");
    int field = out.column();
    local.writeTo(out);
    out.padTo(field + 21).text("  ");
    field = out.column();
    foreign.writeTo(out);
    out.padTo(field + 21).text("  ");
    field = out.column();
    out.text(state).padTo(field + 12).text("    ").number(pid);
  }

  /** The row formatted with {@link #LAYOUT}, for tests. */
  String formatted() {
    return String.format(LAYOUT, protocol, local, foreign, state, pid);
  }
}
