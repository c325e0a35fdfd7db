package io.portex.cli;

import io.portex.report.PortexVersion;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "portex",
    mixinStandardHelpOptions = true,
    versionProvider = PortexCommand.Version.class,
    description = "Offline analyzer for Windows TCP ephemeral-port exhaustion.")
final class PortexCommand implements Callable<Integer> {

  /**
   * The subcommands, in the order the usage lists them. picocli builds the model of every command
   * it is given before it parses anything (a third of a 100-row run's time), so {@link #forArgs}
   * gives it only the one the command line names.
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("analyze", AnalyzeCommand::new);
    SUBCOMMANDS.put("batch", BatchCommand::new);
    SUBCOMMANDS.put("formats", FormatsCommand::new);
  }

  /**
   * The command line for {@code args}: the root command with the subcommand {@code args} starts
   * with, none for a lone {@code --version}, else all of them (for the usage and its errors).
   */
  static CommandLine forArgs(String[] args) {
    CommandLine root = new CommandLine(new PortexCommand());
    String first = args.length > 0 ? args[0] : "";
    if (SUBCOMMANDS.containsKey(first)) {
      root.addSubcommand(first, SUBCOMMANDS.get(first).get());
    } else if (args.length != 1 || !(first.equals("--version") || first.equals("-V"))) {
      SUBCOMMANDS.forEach((name, command) -> root.addSubcommand(name, command.get()));
    }
    return root;
  }

  @Spec CommandSpec spec;

  /** {@code --version}: the version in the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"portex " + PortexVersion.get()};
    }
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
