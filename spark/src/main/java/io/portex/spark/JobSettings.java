package io.portex.spark;

import io.portex.cli.AnalysisOptions;
import io.portex.core.Analyzer;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.LinkedHashMap;

/**
 * What every task needs to know of the command line, in a form that travels to the executors: the
 * analyzer is built there from it, one per partition.
 *
 * @param out where the results go: the URI of a qualified Hadoop path
 * @param zone the {@code --tz} zone id
 * @param thresholds the {@code --threshold} overrides
 * @param html whether each case gets a {@code report.html}
 * @param incremental whether unchanged cases are skipped
 * @param redact whether the outputs are redacted ({@code --redact})
 */
record JobSettings(
    String out,
    String zone,
    LinkedHashMap<String, Double> thresholds,
    boolean html,
    boolean incremental,
    boolean redact)
    implements Serializable {

  JobSettings(String out, AnalysisOptions options, boolean html, boolean incremental) {
    this(
        out,
        options.zone().getId(),
        new LinkedHashMap<>(options.thresholdOverrides()),
        html,
        incremental,
        options.redact());
  }

  /**
   * The analyzer the command line describes, as {@code portex batch} builds it, reading each input
   * on the task's own thread: Spark runs a task per core already.
   */
  Analyzer analyzer() {
    return AnalysisOptions.analyzer(ZoneId.of(zone), thresholds).withReadingThreads(1);
  }
}
