package io.portex.report.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON Schema of the result (2020-12), as the repository keeps it, for tests to check with. */
public final class ResultSchema {

  /** Where the schema lives on the class path (and in the jar). */
  public static final String RESOURCE = "/io/portex/report/json/portex-result.schema.json";

  private static final Schema SCHEMA = load();

  private ResultSchema() {}

  private static Schema load() {
    try (InputStream in = JsonReport.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema missing: " + RESOURCE);
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every way {@code result} breaks the schema, as "location: message"; empty when it holds. */
  public static List<String> violations(JsonNode result) {
    return SCHEMA.validate(result).stream().map(ResultSchema::describe).toList();
  }

  private static String describe(Error error) {
    return error.getInstanceLocation() + ": " + error.getMessage();
  }
}
