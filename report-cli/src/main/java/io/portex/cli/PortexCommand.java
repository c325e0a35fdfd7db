package io.portex.cli;

import io.portex.report.PortexVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "portex",
    mixinStandardHelpOptions = true,
    versionProvider = PortexCommand.Version.class,
    description = "Offline analyzer for Windows TCP ephemeral-port exhaustion.",
    subcommands = {AnalyzeCommand.class, BatchCommand.class, FormatsCommand.class})
final class PortexCommand implements Callable<Integer> {

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
