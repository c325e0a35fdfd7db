package io.portex.report.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
      json.writeNumberField("schemaVersion", 1);
      json.writeNumberField("cases", results.size());
      json.writeNumberField("failed", results.stream().filter(CaseResult::failed).count());
      json.writeArrayFieldStart("results");
      for (CaseResult r : results) {
        json.writeStartObject();
        List<Object> values = r.values();
        for (int i = 0; i < values.size(); i++) {
          String name = CaseResult.COLUMNS.get(i).name();
          Object value = values.get(i);
          if (value instanceof Boolean flag) {
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

  private static void writeIndex(
      List<CaseResult> results, OutputStream file, HtmlReport templates, boolean html)
      throws IOException {
    String page = html ? BatchCase.REPORT : BatchCase.RESULT;
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CaseResult r : results) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", r.name());
      row.put("status", r.status());
      row.put("reason", r.reason());
      row.put("primary", r.primary());
      row.put("subtypes", r.subtypes().replace("+", " + "));
      row.put("hosts", r.hosts());
      row.put("exhausted", r.exhausted() ? "yes" : "no");
      row.put(
          "peak",
          r.peakInUse() < 0
              ? ""
              : Formats.count(r.peakInUse()) + " / " + Formats.count(r.capacity()));
      row.put("peakInUse", Integer.toString(r.peakInUse()));
      row.put(
          "peakShare",
          r.peakInUse() < 0
              ? ""
              : Long.toString(
                  r.capacity() == 0
                      ? (r.peakInUse() > 0 ? 100 : 0) // as EphemeralCapacity.share
                      : Math.round(100.0 * r.peakInUse() / r.capacity())));
      row.put("events", Long.toString(r.events()));
      row.put("window", r.window());
      row.put("link", r.failed() && r.primary().isEmpty() ? "" : CaseFolder.link(r.name(), page));
      rows.add(row);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("cases", rows);
    model.put("failed", Long.toString(results.stream().filter(CaseResult::failed).count()));
    try (Writer writer = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8))) {
      templates.render("index.ftlh", model, writer);
    }
  }
}
