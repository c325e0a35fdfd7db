package io.portex.cli;

import io.portex.core.Analyzer;
import io.portex.core.classify.Thresholds;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that set up an analysis, shared by {@code analyze} and {@code batch}. */
final class AnalysisOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--tz",
      paramLabel = "ZONE",
      defaultValue = "UTC",
      converter = ZoneConverter.class,
      description = "Zone of times written without one (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  @Option(
      names = "--threshold",
      paramLabel = "NAME=VALUE",
      description =
          "Change a rule's threshold, e.g. timeWaitMin=3000 (repeatable). Names: timeWaitMin,"
              + " closeWaitMin, closeWaitGrowthPoints, establishedMin, boundMin,"
              + " smallRangeUsageShare,"
              + " destinationUsageShare, destinationCapacityShare, exhaustedShare.")
  Map<String, Double> thresholdOverrides = new LinkedHashMap<>();

  /** The analyzer these options describe; an unknown threshold name is a usage error. */
  Analyzer analyzer() {
    Thresholds thresholds = Thresholds.DEFAULT;
    try {
      for (Map.Entry<String, Double> entry : thresholdOverrides.entrySet()) {
        thresholds = thresholds.with(entry.getKey(), entry.getValue());
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return Analyzer.builder().zone(zone).thresholds(thresholds).build();
  }
}
