package io.portex.cli;

import io.portex.core.Analyzer;
import io.portex.core.classify.Thresholds;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that set up an analysis, shared by {@code analyze}, {@code batch} and the Spark job.
 */
public final class AnalysisOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Mixin ZoneOption zoneOption;

  @Option(
      names = "--threshold",
      paramLabel = "NAME=VALUE",
      completionCandidates = ThresholdCandidates.class,
      description =
          "Change a rule's threshold (repeatable), e.g. timeWaitMin=3000. The thresholds with"
              + " their defaults: ${COMPLETION-CANDIDATES}. The JSON's thresholdDefinitions give"
              + " each one's unit, bounds and meaning.")
  Map<String, Double> thresholdOverrides = new LinkedHashMap<>();

  @Option(
      names = "--redact",
      description =
          "Replace IP addresses, host, domain and user names with stable pseudonyms in every"
              + " output (HTML, JSON, text), so that a report can go to a vendor; subnets stay"
              + " recognisable.")
  boolean redact;

  /** Whether {@code --redact} was given. */
  public boolean redact() {
    return redact;
  }

  /** The analyzer these options describe; an unknown threshold name is a usage error. */
  public Analyzer analyzer() {
    try {
      return analyzer(zone(), thresholdOverrides);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The zone of {@code --tz}. */
  public ZoneId zone() {
    return zoneOption.zone();
  }

  /** The thresholds of {@code --threshold}, by name, in the order given. */
  public Map<String, Double> thresholdOverrides() {
    return Collections.unmodifiableMap(thresholdOverrides);
  }

  /**
   * The analyzer of a zone and threshold overrides, as these options build it (for a process that
   * got the options in another form, such as a Spark executor).
   *
   * @throws IllegalArgumentException for an unknown threshold name or a value out of bounds
   */
  public static Analyzer analyzer(ZoneId zone, Map<String, Double> thresholdOverrides) {
    Thresholds thresholds = Thresholds.DEFAULT;
    for (Map.Entry<String, Double> entry : thresholdOverrides.entrySet()) {
      thresholds = thresholds.with(entry.getKey(), entry.getValue());
    }
    return Analyzer.builder().zone(zone).thresholds(thresholds).build();
  }
}
