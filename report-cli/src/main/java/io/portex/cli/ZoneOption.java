package io.portex.cli;

import java.time.ZoneId;
import picocli.CommandLine.Option;

/** The {@code --tz} option every command that reads captures shares. */
final class ZoneOption {

  @Option(
      names = "--tz",
      paramLabel = "ZONE",
      defaultValue = "UTC",
      converter = ZoneConverter.class,
      description = "Zone of times written without one (default: ${DEFAULT-VALUE}).")
  ZoneId zone;
}
