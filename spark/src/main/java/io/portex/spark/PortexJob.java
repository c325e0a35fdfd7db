package io.portex.spark;

import io.portex.cli.AnalysisOptions;
import io.portex.cli.Main;
import io.portex.report.batch.BatchSummary;
import io.portex.report.batch.BatchTotals;
import io.portex.report.batch.CaseResult;
import io.portex.report.html.HtmlReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code portex batch} on a Spark cluster: the cases (each folder or {@code .zip} the patterns
 * match, in any file system Hadoop reaches) are spread over tasks; each task analyzes its cases one
 * at a time and writes their outputs as {@code batch} does; the driver collects the summary rows
 * only, and writes {@code summary.parquet}, {@code summary.csv}, {@code summary.json} and {@code
 * index.html}.
 *
 * <pre>
 * spark-submit --class io.portex.spark.PortexJob portex-spark.jar \
 *     --cases 's3a://tickets/2026/*' --out s3a://tickets-portex/2026 --html --incremental
 * </pre>
 */
@Command(
    name = "portex-spark",
    mixinStandardHelpOptions = true,
    description =
        "Analyzes every folder and .zip the --cases patterns match as one case, on Spark: writes"
            + " OUT/<case>/result.json (and report.html with --html), OUT/summary.parquet,"
            + " summary.csv, summary.json and index.html.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every case done", "1:a case failed", "2:usage error"})
public final class PortexJob implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--cases",
      required = true,
      paramLabel = "PATTERN",
      description =
          "Hadoop path or glob whose matches are the cases, e.g. 's3a://tickets/2026/*'"
              + " (repeatable).")
  List<String> cases = new ArrayList<>();

  @Option(
      names = "--out",
      required = true,
      paramLabel = "OUT",
      description = "Where results go (a Hadoop path).")
  String out;

  @Option(names = "--html", description = "Write each case's report.html too.")
  boolean html;

  @Option(
      names = "--incremental",
      description = "Skip cases whose inputs have not changed since their result was written.")
  boolean incremental;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Tasks to spread the cases over (default: four per core of the cluster).")
  Integer partitions;

  @Mixin AnalysisOptions analysisOptions;

  private final SparkSession spark;

  /** A job on the session {@code main} creates, or on one a caller already has. */
  public PortexJob(SparkSession spark) {
    this.spark = spark;
  }

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("portex").getOrCreate();
    int code;
    try {
      code = run(spark, args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /** Runs the job with these arguments on a session; returns the exit code. */
  public static int run(SparkSession spark, String[] args, PrintWriter out, PrintWriter err) {
    return Main.execute(new PortexJob(spark), args, out, err);
  }

  @Override
  public Integer call() throws IOException {
    if (partitions != null && partitions < 1) {
      throw new ParameterException(spec.commandLine(), "--partitions must be at least 1");
    }
    analysisOptions.analyzer(); // an unknown --threshold is a usage error, said here
    JobSettings settings = new JobSettings(out, analysisOptions, html, incremental);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path outPath = new Path(out);
    CaseFinder.Found found = CaseFinder.find(cases, outPath, conf);
    PrintWriter stderr = spec.commandLine().getErr();
    for (String entry : found.ignored()) {
      stderr.printf("portex: not a case: %s%n", entry);
    }
    if (found.cases().isEmpty() && found.clashes().isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no case matches --cases " + cases);
    }
    List<CaseResult> results = new ArrayList<>(analyze(found.cases(), settings, conf));
    results.addAll(found.clashes());
    results.sort(Comparator.comparing(CaseResult::name));

    SummaryTable.of(spark, results)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(new Path(outPath, "summary.parquet").toString());
    BatchSummary.write(
        results,
        new HadoopFolder(Locations.fileSystem(outPath, conf), outPath),
        HtmlReport.packaged(),
        html);
    BatchTotals.print(
        results, Locations.display(new Path(outPath, "index.html")), spec.commandLine().getOut());
    return results.stream().anyMatch(CaseResult::failed) ? 1 : 0;
  }

  /** Runs the cases on the cluster; only their summary rows come back. */
  private List<CaseResult> analyze(List<Path> found, JobSettings settings, Configuration conf) {
    if (found.isEmpty()) {
      return List.of();
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices =
        partitions != null
            ? partitions
            : Math.min(found.size(), 4 * Math.max(1, context.defaultParallelism()));
    List<String> paths = found.stream().map(Path::toString).toList();
    context.setJobDescription("portex: " + paths.size() + " case(s)");
    return context
        .parallelize(paths, Math.min(slices, paths.size()))
        .mapPartitions(new CaseTask(settings, new HadoopConf(conf)))
        .collect();
  }
}
