package io.portex.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.source.InputFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema in the repository holds for what portex writes, and catches what breaks it. */
class ResultSchemaTest {

  private static JsonNode json(Analysis analysis) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReport.write(analysis, out);
    return new ObjectMapper().readTree(out.toByteArray());
  }

  private static Analysis nothingReadable() {
    byte[] bytes = "hello".getBytes(StandardCharsets.UTF_8);
    return Analyzer.builder()
        .build()
        .analyzeInputs(
            List.of(
                InputFile.of(
                    "notes.txt",
                    bytes.length,
                    Instant.parse("2026-03-11T12:00:00Z"),
                    () -> new ByteArrayInputStream(bytes))));
  }

  @Test
  void aTicketWithNothingReadableHoldsTheSchema() throws IOException {
    JsonNode json = json(nothingReadable());

    assertThat(ResultSchema.violations(json)).isEmpty();
    assertThat(json.get("hosts")).hasSize(1);
    assertThat(json.get("hosts").get(0).get("label").asText()).isEqualTo("host unknown");
  }

  @Test
  void anUnknownConclusionOrAMissingHostListBreaksIt() throws IOException {
    ObjectNode wrongPrimary = (ObjectNode) json(nothingReadable());
    ((ObjectNode) wrongPrimary.get("verdict")).put("primary", "PORTS_GONE");
    ObjectNode noHosts = (ObjectNode) json(nothingReadable());
    noHosts.remove("hosts");
    ObjectNode oldVersion = (ObjectNode) json(nothingReadable());
    oldVersion.put("schemaVersion", 1);

    assertThat(ResultSchema.violations(wrongPrimary)).anyMatch(v -> v.contains("/verdict/primary"));
    assertThat(ResultSchema.violations(noHosts)).anyMatch(v -> v.contains("hosts"));
    assertThat(ResultSchema.violations(oldVersion)).isNotEmpty();
  }
}
