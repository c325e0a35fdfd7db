package io.portex.report.redact;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.portex.core.Analysis;
import io.portex.report.json.JsonReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The JSON result with every string value (and key) redacted, laid out as {@link JsonReport}: the
 * result is written, then copied token by token with its strings replaced.
 */
public final class RedactedJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private RedactedJson() {}

  /** The JSON result of {@code analysis}, as {@link JsonReport} writes it. */
  static byte[] unredacted(Analysis analysis) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonReport.write(analysis, bytes);
    return bytes.toByteArray();
  }

  /**
   * Every string value and key of a JSON document, and the host part of every {@code endpoint}
   * value ({@code HOST:port}, where netstat without {@code -n} wrote a name instead of an address).
   */
  static void strings(byte[] json, List<String> into, List<String> endpointHosts)
      throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      String field = null;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME) {
          field = parser.getText();
          into.add(field);
        } else if (token == JsonToken.VALUE_STRING) {
          String text = parser.getText();
          into.add(text);
          int colon = text.lastIndexOf(':');
          if ("endpoint".equals(field) && colon > 0 && !text.startsWith("[")) {
            endpointHosts.add(text.substring(0, colon));
          }
        }
      }
    }
  }

  /** Writes the result of {@code analysis} with {@code redaction} applied; does not close out. */
  public static void write(Analysis analysis, Redaction redaction, OutputStream out)
      throws IOException {
    try (JsonParser parser = FACTORY.createParser(unredacted(analysis));
        JsonGenerator generator =
            FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      generator.setPrettyPrinter(
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING) {
          generator.writeString(redaction.apply(parser.getText()));
        } else if (token == JsonToken.FIELD_NAME) {
          generator.writeFieldName(redaction.apply(parser.getText()));
        } else {
          generator.copyCurrentEvent(parser);
        }
      }
      generator.writeRaw('\n');
    }
  }
}
