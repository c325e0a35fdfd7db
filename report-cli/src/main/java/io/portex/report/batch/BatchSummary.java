package io.portex.report.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.portex.core.classify.Conclusion;
import io.portex.report.VerdictWords;
import io.portex.report.batch.CaseResult.Column;
import io.portex.report.html.Formats;
import io.portex.report.html.HtmlReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The batch's {@code summary.csv}, {@code summary.json} and {@code index.html}. */
public final class BatchSummary {

  /** How long an action is shown in the index before it is cut. */
  private static final int HEADLINE = 110;

  private BatchSummary() {}

  /**
   * Writes the summaries of a batch.
   *
   * @param results every case's result, in the order to list them
   * @param html whether the cases have a {@code report.html}, which the index links to (else it
   *     links to their {@code result.json})
   */
  public static void write(
      List<CaseResult> results, OutputFolder out, HtmlReport templates, boolean html)
      throws IOException {
    writeCsv(results, out.create("summary.csv"));
    writeJson(results, out.create("summary.json"));
    writeIndex(results, out.create("index.html"), templates, html);
  }

  private static void writeCsv(List<CaseResult> results, OutputStream file) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(CaseResult.COLUMNS.stream().map(Column::name).toArray(String[]::new))
            .setRecordSeparator("\r\n")
            .build();
    try (Writer writer = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
        CSVPrinter csv = new CSVPrinter(writer, format)) {
      for (CaseResult r : results) {
        csv.printRecord(r.values().stream().map(v -> v instanceof String text ? cell(text) : v));
      }
    }
  }

  /**
   * A text cell a spreadsheet will not run: one starting with {@code = + - @}, a tab or a carriage
   * return gets a leading apostrophe (OWASP's advice on CSV injection).
   */
  static String cell(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private static void writeJson(List<CaseResult> results, OutputStream file) throws IOException {
    try (OutputStream stream = file;
        JsonGenerator json = new JsonFactory().createGenerator(stream)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      // 2: failed cases carry nulls, not -1 and false; tone, basis and action columns added
      json.writeNumberField("schemaVersion", 2);
      json.writeNumberField("cases", results.size());
      json.writeNumberField("failed", results.stream().filter(CaseResult::failed).count());
      json.writeNumberField("exhausted", results.stream().filter(CaseResult::ranOut).count());
      json.writeObjectFieldStart("byVerdict");
      for (Map.Entry<String, Long> entry : byVerdict(results).entrySet()) {
        json.writeNumberField(entry.getKey(), entry.getValue());
      }
      json.writeEndObject();
      json.writeArrayFieldStart("results");
      for (CaseResult r : results) {
        json.writeStartObject();
        List<Object> values = r.values();
        for (int i = 0; i < values.size(); i++) {
          String name = CaseResult.COLUMNS.get(i).name();
          Object value = values.get(i);
          if (value == null) {
            json.writeNullField(name);
          } else if (value instanceof Boolean flag) {
            json.writeBooleanField(name, flag);
          } else if (value instanceof Number number) {
            json.writeNumberField(name, number.longValue());
          } else {
            json.writeStringField(name, (String) value);
          }
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  /** Cases by primary verdict (failed ones left out), in the order of the verdicts' enum. */
  static Map<String, Long> byVerdict(List<CaseResult> results) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Conclusion conclusion : Conclusion.values()) {
      long n =
          results.stream()
              .filter(r -> !r.failed() && r.primary().equals(conclusion.name()))
              .count();
      if (n > 0) {
        counts.put(conclusion.name(), n);
      }
    }
    return counts;
  }

  private static void writeIndex(
      List<CaseResult> results, OutputStream file, HtmlReport templates, boolean html)
      throws IOException {
    String page = html ? BatchCase.REPORT : BatchCase.RESULT;
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CaseResult r : results) {
      rows.add(row(r, page));
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("cases", rows);
    model.put("total", Integer.toString(results.size()));
    model.put("failed", Long.toString(results.stream().filter(CaseResult::failed).count()));
    model.put("exhausted", Long.toString(results.stream().filter(CaseResult::ranOut).count()));
    List<Map<String, Object>> verdicts = new ArrayList<>();
    for (Map.Entry<String, Long> entry : byVerdict(results).entrySet()) {
      Map<String, Object> verdict = new LinkedHashMap<>();
      verdict.put("label", VerdictWords.label(entry.getKey()));
      verdict.put("count", Long.toString(entry.getValue()));
      verdicts.add(verdict);
    }
    model.put("verdicts", verdicts);
    try (Writer writer = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8))) {
      templates.render("index.ftlh", model, writer);
    }
  }

  /** A case's row of the index: texts only, an unknown figure as an empty one. */
  private static Map<String, Object> row(CaseResult r, String page) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", r.name());
    row.put("status", r.status());
    row.put("reason", r.reason());
    row.put("primary", r.primary());
    row.put("verdict", r.failed() ? "Failed" : VerdictWords.label(r.primary()));
    row.put("tone", r.failed() ? "failed" : r.tone());
    List<String> subtypes = new ArrayList<>();
    for (String subtype : r.subtypes().split("\\+")) {
      if (!subtype.isEmpty() && !subtype.equals(r.primary())) {
        subtypes.add(VerdictWords.label(subtype));
      }
    }
    row.put("also", String.join(", ", subtypes));
    row.put("hosts", r.hosts());
    row.put("exhausted", r.exhausted() == null ? "" : r.exhausted() ? "yes" : "no");
    row.put(
        "peak",
        r.peakInUse() == null || r.capacity() == null
            ? ""
            : Formats.count(r.peakInUse()) + " of " + Formats.count(r.capacity()));
    row.put("peakShare", share(r));
    row.put("events", r.events() == null ? "" : Formats.count(r.events()));
    row.put("basis", r.basis());
    row.put("action", headline(r.action()));
    row.put("window", r.window());
    // a case with nothing readable has its report (saying what it held); another failed case none
    row.put("link", r.failed() && !r.nothingReadable() ? "" : CaseFolder.link(r.name(), page));
    return row;
  }

  /**
   * A long action cut to its head for the index (the report and the CSV have it whole): up to its
   * first colon when that comes early enough, else at a word before {@link #HEADLINE} characters.
   */
  static String headline(String action) {
    if (action.length() <= HEADLINE) {
      return action;
    }
    int colon = action.indexOf(": ");
    if (colon >= 24 && colon <= HEADLINE) {
      return action.substring(0, colon) + " \u2026";
    }
    int space = action.lastIndexOf(' ', HEADLINE);
    return action.substring(0, space > 0 ? space : HEADLINE) + " \u2026";
  }

  /** The peak as a whole percentage of the capacity, or empty when not known. */
  private static String share(CaseResult r) {
    if (r.peakInUse() == null || r.capacity() == null) {
      return "";
    }
    long percent =
        r.capacity() == 0
            ? (r.peakInUse() > 0 ? 100 : 0) // as EphemeralCapacity.share
            : Math.round(100.0 * r.peakInUse() / r.capacity());
    return Long.toString(percent);
  }
}
