package io.portex.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "portex",
    mixinStandardHelpOptions = true,
    version = "portex 0.1.0",
    description = "Offline analyzer for Windows TCP ephemeral-port exhaustion.",
    subcommands = {AnalyzeCommand.class, BatchCommand.class, FormatsCommand.class})
final class PortexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
