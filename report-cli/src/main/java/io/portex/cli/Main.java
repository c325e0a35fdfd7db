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
    return execute(PortexCommand.forArgs(args), args, out, err);
  }

  /**
   * Runs a portex command (this one, or another program's such as the Spark job) with the given
   * streams: an exception that escapes it is an internal error, said in one line, exit code 1.
   */
  public static int execute(Object command, String[] args, PrintWriter out, PrintWriter err) {
    return execute(new CommandLine(command), args, out, err);
  }

  private static int execute(
      CommandLine commandLine, String[] args, PrintWriter out, PrintWriter err) {
    // names from the evidence reach the terminal through printf arguments: escaped there
    commandLine.setOut(TerminalText.escaping(out));
    commandLine.setErr(TerminalText.escaping(err));
    CliErrors errors = new CliErrors();
    commandLine.setParameterExceptionHandler(errors);
    commandLine.setExecutionExceptionHandler(errors);
    return commandLine.execute(args);
  }
}
