package io.portex.cli;

import java.time.ZoneId;
import picocli.CommandLine.Option;

/** The {@code --tz} option: of {@code formats}, and of every analysis ({@link AnalysisOptions}). */
final class ZoneOption {

  @Option(
      names = "--tz",
      paramLabel = "ZONE",
      defaultValue = "UTC",
      converter = ZoneConverter.class,
      description = "Zone of times written without one (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  /** The zone given, UTC by default. */
  ZoneId zone() {
    return zone;
  }
}
