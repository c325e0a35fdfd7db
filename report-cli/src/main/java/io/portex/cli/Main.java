package io.portex.cli;

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
    commandLine.setOut(out);
    commandLine.setErr(err);
    CliErrors errors = new CliErrors();
    commandLine.setParameterExceptionHandler(errors);
    commandLine.setExecutionExceptionHandler(errors);
    return commandLine.execute(args);
  }
}
