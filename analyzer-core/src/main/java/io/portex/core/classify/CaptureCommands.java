package io.portex.core.classify;

import io.portex.core.classify.Command.Purpose;
import io.portex.core.classify.Command.Shell;
import java.util.ArrayList;
import java.util.List;

/**
 * The capture lines of "collect next", for the system the evidence shows. A loop writes a fresh
 * timestamp each round: cmd expands {@code %date%} once for the whole {@code for} line, so the cmd
 * loop runs under {@code cmd /v:on} and writes {@code !date! !time!}; PowerShell writes {@code
 * Get-Date -Format o} (ISO 8601 with offset). {@code netstat -q} (Windows 7 / 2008 R2 and later)
 * shows BOUND sockets; legacy systems have neither {@code -q} nor {@code timeout}. Each loop writes
 * {@code COMPUTERNAME=} first, so that the file names its machine (SPEC §3).
 */
final class CaptureCommands {

  static final String LOOP_FILE = "netstat-loop.txt";

  static final int ROUNDS = 12;

  static final int PAUSE_SECONDS = 300;

  private CaptureCommands() {}

  /** A netstat snapshot every five minutes for an hour, in cmd and in PowerShell. */
  static List<Command> netstatLoop(TargetSystem system) {
    String netstat = system.legacy() ? "netstat -ano" : "netstat -anoq";
    String pause =
        system.legacy()
            ? "ping -n " + (PAUSE_SECONDS + 1) + " 127.0.0.1 >nul"
            : "timeout /t " + PAUSE_SECONDS + " >nul";
    // the block's output goes to the file once per round; timeout's countdown to nul
    // the machine's name first, as a line portex reads (COMPUTERNAME=), so that the file names its
    // host wherever it is copied; %COMPUTERNAME% does not change, so it may expand once
    String cmd =
        "cmd /v:on /c \"echo COMPUTERNAME=%COMPUTERNAME% >>"
            + LOOP_FILE
            + " & for /l %i in (1,1,"
            + ROUNDS
            + ") do (echo ==== !date! !time! ==== & "
            + netstat
            + " & "
            + pause
            + ") >>"
            + LOOP_FILE
            + "\"";
    // one Out-File for the whole loop: one BOM, written as each round comes
    String powershell =
        "& { \"COMPUTERNAME=$env:COMPUTERNAME\"; 1.."
            + ROUNDS
            + " | % { \"==== $(Get-Date -Format o) ====\"; "
            + netstat
            + "; Start-Sleep "
            + PAUSE_SECONDS
            + " } } | Out-File "
            + LOOP_FILE;
    return List.of(
        new Command(Shell.CMD, Purpose.CAPTURE, cmd),
        new Command(Shell.POWERSHELL, Purpose.CAPTURE, powershell));
  }

  /** The dynamic range and its exclusions (legacy: the registry's MaxUserPort). */
  static List<Command> dynamicRange(TargetSystem system) {
    if (system.legacy()) {
      return List.of(tcpipParameters());
    }
    List<Command> lines = new ArrayList<>();
    String redirect = " > ";
    for (String family : system.families()) {
      lines.add(
          Command.any(
              Purpose.CAPTURE,
              "netsh int "
                  + family
                  + " show dynamicport tcp"
                  + redirect
                  + "netsh-"
                  + family
                  + ".txt"));
      lines.add(
          Command.any(
              Purpose.CAPTURE,
              "netsh int "
                  + family
                  + " show excludedportrange protocol=tcp >> netsh-"
                  + family
                  + ".txt"));
    }
    return lines;
  }

  /** The TCP/IP registry parameters: TcpTimedWaitDelay, MaxUserPort. */
  static Command tcpipParameters() {
    return Command.any(
        Purpose.CAPTURE, "reg query " + FixCommands.TCPIP_KEY + " > tcpip-parameters.txt");
  }

  /** Process names and services per PID. */
  static Command tasklist() {
    return Command.any(Purpose.CAPTURE, "tasklist /svc /fo csv > tasklist.csv");
  }

  /**
   * The Tcpip events of the System log, as an .evtx file; none on a legacy system, which has no
   * wevtutil and logs no port-exhaustion event (4227/4231/4266 came with Vista's TCP/IP stack).
   */
  static List<Command> tcpipEvents(TargetSystem system) {
    if (system.legacy()) {
      return List.of();
    }
    return List.of(tcpipEvents());
  }

  private static Command tcpipEvents() {
    return Command.any(
        Purpose.CAPTURE,
        "wevtutil epl System tcpip-events.evtx \"/q:*[System[Provider[@Name='Tcpip']]]\""
            + " /ow:true");
  }
}
