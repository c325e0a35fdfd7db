package io.portex.cli;

import io.portex.report.html.HtmlReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --templates} option of the commands that write HTML. */
final class TemplateOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description =
          "Report templates that override the packaged ones (report.ftlh, index.ftlh); the"
              + " packaged ones serve the rest.")
  Path templates;

  /** The HTML report with these templates; a folder that does not exist is a usage error. */
  HtmlReport report() throws IOException {
    if (templates == null) {
      return HtmlReport.packaged();
    }
    if (!Files.isDirectory(templates)) {
      throw new ParameterException(spec.commandLine(), "--templates is no folder: " + templates);
    }
    return HtmlReport.withTemplates(templates);
  }
}
