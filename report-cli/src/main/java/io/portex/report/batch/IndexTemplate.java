package io.portex.report.batch;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/** Renders the batch's {@code index.ftlh}, packaged with the report templates. */
final class IndexTemplate {

  private static final Configuration CONFIGURATION = configure();

  private IndexTemplate() {}

  private static Configuration configure() {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_33);
    configuration.setTemplateLoader(
        new ClassTemplateLoader(IndexTemplate.class, "/io/portex/report/templates"));
    configuration.setDefaultEncoding("UTF-8");
    configuration.setRecognizeStandardFileExtensions(true);
    configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
    configuration.setLocale(Locale.ROOT);
    configuration.setNumberFormat("computer");
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setAPIBuiltinEnabled(false);
    configuration.setNewBuiltinClassResolver(
        freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    return configuration;
  }

  static void render(Map<String, Object> model, Writer out) throws IOException, TemplateException {
    CONFIGURATION.getTemplate("index.ftlh").process(model, out);
  }
}
