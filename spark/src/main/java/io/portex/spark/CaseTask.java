package io.portex.spark;

import io.portex.report.batch.BatchCase;
import io.portex.report.batch.CaseFolder;
import io.portex.report.batch.CaseResult;
import io.portex.report.batch.OutputFolder;
import io.portex.report.html.HtmlReport;
import java.io.IOException;
import java.net.URI;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The work of one partition: one analyzer and one report renderer for all its cases, which are
 * analyzed one at a time, as the results are asked for (so a task holds one case in memory). Each
 * case is run as {@code portex batch} runs it ({@link BatchCase}): a case that fails is a result
 * with its reason, never an exception that would fail the task.
 */
final class CaseTask implements FlatMapFunction<Iterator<String>, CaseResult> {

  // the cases arrive as URIs (Path.toUri()), the results leave as rows of the summary

  private static final long serialVersionUID = 1L;

  private final JobSettings settings;
  private final HadoopConf conf;

  CaseTask(JobSettings settings, HadoopConf conf) {
    this.settings = settings;
    this.conf = conf;
  }

  @Override
  public Iterator<CaseResult> call(Iterator<String> cases) throws IOException {
    var analyzer = settings.analyzer();
    HtmlReport report = HtmlReport.packaged();
    Path outPath = new Path(URI.create(settings.out()));
    OutputFolder out = Locations.outputFolder(outPath, conf.get());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return cases.hasNext();
      }

      @Override
      public CaseResult next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Path path = new Path(URI.create(cases.next()));
        FileSystem fs;
        try {
          fs = Locations.fileSystem(path, conf.get());
        } catch (IOException | RuntimeException e) {
          return CaseResult.failed(path.getName(), "file system: " + e.getMessage(), 0);
        }
        HadoopCase input = new HadoopCase(fs, path);
        return new BatchCase(
                input,
                out.folder(CaseFolder.of(input.name())),
                analyzer,
                report,
                settings.html(),
                settings.redact())
            .run(settings.incremental());
      }
    };
  }
}
