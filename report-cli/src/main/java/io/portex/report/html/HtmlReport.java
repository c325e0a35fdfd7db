package io.portex.report.html;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.portex.core.Analysis;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * The self-contained HTML post-mortem: {@code report.ftlh} laid out over the {@link ReportView}.
 * Templates come from the jar, or first from a folder of the user's ({@code --templates}); {@code
 * .ftlh} templates escape every value as HTML. Thread-safe once built.
 */
public final class HtmlReport {

  /** The main template's name. */
  public static final String TEMPLATE = "report.ftlh";

  private static final String PACKAGED = "/io/portex/report/templates";

  private final Configuration configuration;
  private final String templates;

  private HtmlReport(Configuration configuration, String templates) {
    this.configuration = configuration;
    this.templates = templates;
  }

  /** The report with the packaged templates. */
  public static HtmlReport packaged() {
    return new HtmlReport(
        configure(new ClassTemplateLoader(HtmlReport.class, PACKAGED)), "packaged templates");
  }

  /** The report with templates from {@code folder} first, the packaged ones for the rest. */
  public static HtmlReport withTemplates(Path folder) throws IOException {
    TemplateLoader own = new FileTemplateLoader(new File(folder.toString()));
    TemplateLoader packaged = new ClassTemplateLoader(HtmlReport.class, PACKAGED);
    return new HtmlReport(
        configure(new MultiTemplateLoader(new TemplateLoader[] {own, packaged})),
        "templates of " + folder + " (SHA-256 " + digest(folder) + "), then the packaged ones");
  }

  /** One digest of every file under the folder, names and bytes, in name order. */
  private static String digest(Path folder) throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        sha256.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0);
        sha256.update(Files.readAllBytes(file));
      }
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** Which templates render: the packaged ones, or a folder's (with a digest of its files). */
  @Override
  public String toString() {
    return "HtmlReport[" + templates + "]";
  }

  private static Configuration configure(TemplateLoader loader) {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_33);
    configuration.setTemplateLoader(loader);
    configuration.setDefaultEncoding("UTF-8");
    configuration.setOutputEncoding("UTF-8");
    configuration.setRecognizeStandardFileExtensions(true);
    configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
    configuration.setLocale(Locale.ROOT);
    configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
    configuration.setNumberFormat("computer");
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    configuration.setAPIBuiltinEnabled(false);
    configuration.setNewBuiltinClassResolver(
        freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    // from 2.3.33 on, the object wrapper exposes a record's components as properties: the
    // template writes ${plain.happened} for ReportView.plain().happened()
    configuration.setObjectWrapper(
        new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33).build());
    return configuration;
  }

  /**
   * Writes the report of an analysis.
   *
   * @param generatedAt shown in the footer when not null (from {@code SOURCE_DATE_EPOCH} or an
   *     option); none by default, so the same inputs give the same bytes
   * @throws IOException when writing fails or a template is broken (the message says where)
   */
  public void write(Analysis analysis, Instant generatedAt, Writer out) throws IOException {
    write(analysis, null, generatedAt, out);
  }

  /**
   * Writes the report of an analysis for a ticket: its id in the title, the heading and the print
   * running header.
   *
   * @param caseId the ticket id ({@code --case}), or null for none
   * @param generatedAt shown in the footer when not null
   * @throws IOException when writing fails or a template is broken (the message says where)
   */
  public void write(Analysis analysis, String caseId, Instant generatedAt, Writer out)
      throws IOException {
    render(TEMPLATE, ReportModel.of(analysis, caseId, generatedAt), out);
  }

  /**
   * Renders another template of the same set (the batch's {@code index.ftlh}) over a model of plain
   * maps and lists.
   *
   * @throws IOException when writing fails or the template is broken (the message says where)
   */
  public void render(String name, Object model, Writer out) throws IOException {
    Template template = configuration.getTemplate(name);
    try {
      template.process(model, out);
    } catch (TemplateException e) {
      throw new IOException(
          "template "
              + e.getTemplateSourceName()
              + " line "
              + e.getLineNumber()
              + ": "
              + e.getMessageWithoutStackTop(),
          e);
    }
    out.flush();
  }
}
