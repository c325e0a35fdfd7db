package io.portex.report.batch;

import io.portex.core.Analyzer;
import io.portex.report.PortexVersion;
import io.portex.report.html.HtmlReport;
import java.util.ArrayList;
import java.util.List;

/**
 * What a case's result came from: the portex version, the analyzer's settings, the outputs written
 * and whether they are redacted, then every input file's relative path, size and modification time.
 * Equal stamps mean the case need not be analyzed again; new thresholds, another zone or another
 * version of portex all analyze it anew.
 */
final class InputStamp {

  private InputStamp() {}

  static String of(
      List<CaseSource.StampedFile> files,
      Analyzer analyzer,
      HtmlReport report,
      boolean html,
      boolean redact) {
    List<String> lines = new ArrayList<>();
    lines.add("portex " + PortexVersion.build());
    lines.add(analyzer.toString());
    lines.add(report.toString());
    lines.add(html ? "outputs: result.json report.html" : "outputs: result.json");
    lines.add(redact ? "redacted" : "not redacted");
    for (CaseSource.StampedFile file : files) {
      lines.add(file.name() + "\t" + file.size() + "\t" + file.modifiedMillis());
    }
    return String.join("\n", lines) + "\n";
  }
}
