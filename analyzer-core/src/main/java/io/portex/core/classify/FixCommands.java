package io.portex.core.classify;

import io.portex.core.classify.Command.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The exact lines that change a setting on the system the evidence shows, each followed by the line
 * that verifies it and the line that puts back the value in force before. On a legacy system (XP /
 * Server 2003) the range is the registry's MaxUserPort: netsh has no {@code dynamicport} there.
 */
final class FixCommands {

  /** The TCP/IP parameters key, quoted: it is pasted into cmd and PowerShell alike. */
  static final String TCPIP_KEY =
      "\"HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\"";

  /** The widest range a modern system allows: 10000–65535. */
  static final int WIDE_START = 10000;

  static final int WIDE_COUNT = 55536;

  /** The highest MaxUserPort a legacy system accepts. */
  static final int LEGACY_MAX_USER_PORT = 65534;

  /** The TcpTimedWaitDelay to set: the lowest value every Windows version accepts. */
  static final int SHORT_TIME_WAIT = 30;

  private FixCommands() {}

  /** Widens the dynamic range as far as the system allows. */
  static List<Command> widenRange(TargetSystem system) {
    return system.legacy() ? maxUserPort(system) : dynamicPort(system, WIDE_START, WIDE_COUNT);
  }

  /** Widen the range, with its lines and caveats; {@code more} caveats after the system's. */
  static Recommendation widenRangeAdvice(TargetSystem system, String... more) {
    List<String> caveats = new ArrayList<>(rangeCaveats(system));
    caveats.addAll(List.of(more));
    return new Recommendation(
        "widen-range",
        system.legacy()
            ? "Widen the port range to 1025-" + LEGACY_MAX_USER_PORT + " (MaxUserPort)"
            : "Widen the dynamic port range to " + WIDE_START + "-65535",
        widenRange(system),
        caveats);
  }

  /** Puts back at least the default range of the system (legacy: its widest, as above). */
  static List<Command> defaultRange(TargetSystem system) {
    return system.legacy() ? maxUserPort(system) : dynamicPort(system, 49152, 16384);
  }

  /** What a change of the dynamic range needs said beside it. */
  static List<String> rangeCaveats(TargetSystem system) {
    return system.legacy()
        ? List.of(
            "legacy system (Windows XP / Server 2003): the range is 1025 to MaxUserPort, set in"
                + " the registry; reboot for it to take effect",
            "check first that no service listens on a fixed port up to " + LEGACY_MAX_USER_PORT)
        : List.of(
            "takes effect at once, no reboot",
            "check first that no service listens on a fixed port inside the new range");
  }

  /** Sets TcpTimedWaitDelay to {@link #SHORT_TIME_WAIT} seconds. */
  static List<Command> shortenTimeWait(TargetSystem system) {
    String value = "TcpTimedWaitDelay";
    List<Command> lines = new ArrayList<>();
    lines.add(Command.any(Purpose.CHANGE, regAdd(value, SHORT_TIME_WAIT)));
    lines.add(Command.any(Purpose.VERIFY, regQuery(value)));
    lines.add(Command.any(Purpose.ROLLBACK, rollback(value, system.timedWaitDelay())));
    return lines;
  }

  static List<String> timeWaitCaveats(TargetSystem system) {
    return List.of(
        "reboot needed",
        system.legacy()
            ? "never 0: valid 30-240 on Windows Server 2003"
            : "never 0: valid 30-300 (2-300 on 2012 R2 and later)",
        "only helps where this host closes the connection first");
  }

  /** Shows the excluded port ranges (modern systems; legacy ones have no exclusions). */
  static List<Command> showExclusions(TargetSystem system) {
    List<Command> lines = new ArrayList<>();
    if (system.legacy()) {
      return lines;
    }
    for (String family : system.families()) {
      lines.add(
          Command.any(
              Purpose.VERIFY, "netsh int " + family + " show excludedportrange protocol=tcp"));
    }
    return lines;
  }

  private static List<Command> dynamicPort(TargetSystem system, int start, int count) {
    List<Command> lines = new ArrayList<>();
    for (String family : system.families()) {
      lines.add(Command.any(Purpose.CHANGE, setDynamicPort(family, start, count)));
    }
    for (String family : system.families()) {
      lines.add(Command.any(Purpose.VERIFY, "netsh int " + family + " show dynamicport tcp"));
    }
    for (String family : system.families()) {
      TargetSystem.Range before = system.range(family);
      lines.add(
          Command.any(Purpose.ROLLBACK, setDynamicPort(family, before.start(), before.count())));
    }
    return lines;
  }

  private static String setDynamicPort(String family, int start, int count) {
    return String.format(
        Locale.ROOT, "netsh int %s set dynamicport tcp start=%d num=%d", family, start, count);
  }

  private static List<Command> maxUserPort(TargetSystem system) {
    String value = "MaxUserPort";
    return List.of(
        Command.any(Purpose.CHANGE, regAdd(value, LEGACY_MAX_USER_PORT)),
        Command.any(Purpose.VERIFY, regQuery(value)),
        Command.any(Purpose.ROLLBACK, rollback(value, system.maxUserPort())));
  }

  private static String regAdd(String value, long data) {
    return "reg add " + TCPIP_KEY + " /v " + value + " /t REG_DWORD /d " + data + " /f";
  }

  private static String regQuery(String value) {
    return "reg query " + TCPIP_KEY + " /v " + value;
  }

  /** Back to the value read, or removed when none was set (the system default applies again). */
  private static String rollback(String value, Long before) {
    return before != null
        ? regAdd(value, before)
        : "reg delete " + TCPIP_KEY + " /v " + value + " /f";
  }
}
