package io.portex.spark;

import io.portex.cli.AnalysisOptions;
import io.portex.cli.Main;
import io.portex.report.PortexVersion;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
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
    versionProvider = PortexJob.Version.class,
    description =
        "Analyzes every folder and .zip the --cases patterns match as one case, on Spark: writes"
            + " OUT/<case>/result.json (and report.html with --html), OUT/summary.parquet,"
            + " summary.csv, summary.json and index.html.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case done",
      "1:a case failed",
      "2:usage error",
      "3:a case had nothing readable"
    })
public final class PortexJob implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** {@code --version}: the version in the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"portex-spark " + PortexVersion.get()};
    }
  }

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

  private final Supplier<SparkSession> sessions;

  /** A job on the session {@code sessions} gives once the arguments are known to be right. */
  PortexJob(Supplier<SparkSession> sessions) {
    this.sessions = sessions;
  }

  /** What {@code spark-submit} runs; the session it starts is stopped at the end. */
  public static void main(String[] args) {
    AtomicReference<SparkSession> started = new AtomicReference<>();
    Supplier<SparkSession> sessions =
        () -> {
          started.set(SparkSession.builder().appName("portex").getOrCreate());
          return started.get();
        };
    int code;
    try {
      code =
          Main.execute(
              new PortexJob(sessions),
              args,
              new PrintWriter(System.out, true),
              new PrintWriter(System.err, true));
    } finally {
      if (started.get() != null) {
        started.get().stop();
      }
    }
    System.exit(code);
  }

  /** Runs the job with these arguments on a session; returns the exit code. */
  public static int run(SparkSession spark, String[] args, PrintWriter out, PrintWriter err) {
    return Main.execute(new PortexJob(() -> spark), args, out, err);
  }

  @Override
  public Integer call() throws IOException {
    if (partitions != null && partitions < 1) {
      throw new ParameterException(spec.commandLine(), "--partitions must be at least 1");
    }
    analysisOptions.analyzer(); // an unknown --threshold is a usage error, said here
    SparkSession spark = sessions.get();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    // qualified here: a relative OUT is the driver's, wherever the executors run
    Path outPath = Locations.qualified(new Path(out), conf);
    JobSettings settings =
        new JobSettings(outPath.toUri().toString(), analysisOptions, html, incremental);
    CaseFinder.Found found = CaseFinder.find(cases, outPath, conf);
    PrintWriter stderr = spec.commandLine().getErr();
    for (String entry : found.ignored()) {
      stderr.printf("portex: not a case: %s%n", entry);
    }
    if (found.cases().isEmpty() && found.clashes().isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no case matches --cases " + cases);
    }
    List<CaseResult> results = new ArrayList<>(analyze(spark, found.cases(), settings, conf));
    results.addAll(found.clashes());
    results.sort(Comparator.comparing(CaseResult::name));

    SummaryTable.of(spark, results)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(new Path(outPath, "summary.parquet").toString());
    BatchSummary.write(results, Locations.outputFolder(outPath, conf), HtmlReport.packaged(), html);
    BatchTotals.print(
        results, Locations.display(new Path(outPath, "index.html")), spec.commandLine().getOut());
    return BatchTotals.exitCode(results);
  }

  /** Runs the cases on the cluster; only their summary rows come back. */
  private List<CaseResult> analyze(
      SparkSession spark, List<Path> found, JobSettings settings, Configuration conf) {
    if (found.isEmpty()) {
      return List.of();
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices =
        partitions != null
            ? partitions
            : Math.min(found.size(), 4 * Math.max(1, context.defaultParallelism()));
    // as URIs: a name with a colon or a percent sign survives the trip
    List<String> paths = found.stream().map(path -> path.toUri().toString()).toList();
    context.setJobDescription("portex: " + paths.size() + " case(s)");
    return context
        .parallelize(paths, Math.min(slices, paths.size()))
        .mapPartitions(new CaseTask(settings, new HadoopConf(conf)))
        .collect();
  }
}
