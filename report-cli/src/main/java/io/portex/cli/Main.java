package io.portex.cli;

import io.portex.report.text.TerminalText;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The {@code portex} command. The only place that exits the JVM. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new PortexCommand());
    // names from the evidence reach the terminal through printf arguments: escaped there
    commandLine.setOut(TerminalText.escaping(out));
    commandLine.setErr(TerminalText.escaping(err));
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          cmd.getErr()
              .printf(
                  "portex: internal error: %s%s%n",
                  exception.getClass().getSimpleName(),
                  exception.getMessage() == null ? "" : ": " + exception.getMessage());
          cmd.getErr().println("Please report this with the input files if you can share them.");
          return ExitCode.INTERNAL_ERROR;
        });
    return commandLine.execute(args);
  }
}
