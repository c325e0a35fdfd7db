package io.portex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code analyze} over the sample with a packet capture beside its netstat loop: the capture is
 * read (pktmon's copies counted once) and its figures are in the JSON's {@code captures} section.
 */
class CaptureSampleTest {

  private static final Path SAMPLE = Path.of("..", "samples", "capture-app03-sql-churn");

  @Test
  void theCaptureIsReadAndMeasuredBesideTheNetstatLoop() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"analyze", SAMPLE.toString(), "--json", "-"},
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());

    JsonNode input = null;
    for (JsonNode candidate : json.get("inputs")) {
      if (candidate.get("path").asText().endsWith("PktMon_APP03.pcapng")) {
        input = candidate;
      }
    }
    assertThat(input).isNotNull();
    assertThat(input.get("format").asText()).isEqualTo("pcapng");
    // every packet twice: 300 connections, 291 of 8 packets and 9 refused of 2
    assertThat(input.get("records").asLong()).isEqualTo(2 * packets(json));
    assertThat(input.get("diagnostics"))
        .extracting(d -> d.get("code").asText())
        .filteredOn(c -> c.startsWith("pcapng."))
        .containsExactly("pcapng.duplicates");

    JsonNode capture = json.get("captures").get(0);
    assertThat(capture.get("host").asText()).isEqualTo("10.2.0.15");
    assertThat(capture.get("first").asText()).startsWith("2026-03-11T10:00:40");
    assertThat(capture.get("packets").get("duplicates").asLong()).isEqualTo(packets(json));
    assertThat(capture.get("attemptsPerSecond").asDouble()).isBetween(20.0, 30.0);
    JsonNode totals = capture.get("hostTotals");
    assertThat(totals.get("attempts").asLong()).isEqualTo(300);
    JsonNode sql = capture.get("destinations").get(0);
    assertThat(sql.get("endpoint").asText()).isEqualTo("10.2.0.40:1433");
    assertThat(sql.get("closedByHost").asLong()).isEqualTo(sql.get("attempts").asLong());
    assertThat(sql.get("closedByRemote").asLong()).isZero();
    JsonNode web = capture.get("destinations").get(1);
    assertThat(web.get("endpoint").asText()).isEqualTo("10.2.0.41:443");
    assertThat(web.get("closedByRemote").asLong()).isEqualTo(web.get("attempts").asLong());
    JsonNode refusing = capture.get("destinations").get(2);
    assertThat(refusing.get("endpoint").asText()).isEqualTo("10.2.0.42:8080");
    assertThat(refusing.get("refused").asLong()).isEqualTo(refusing.get("attempts").asLong());
    assertThat(refusing.get("failedShare").asDouble()).isEqualTo(1.0);
    long failedOverTime = 0;
    for (JsonNode point : refusing.get("openRate").get("points")) {
      failedOverTime += point.get(3).asLong();
    }
    assertThat(failedOverTime).isEqualTo(refusing.get("refused").asLong());
    assertThat(capture.get("openRate").get("bucketSeconds").asDouble()).isEqualTo(1.0);
    assertThat(capture.get("openRate").get("points")).hasSizeBetween(12, 14);
    assertThat(json.get("verdict").get("primary").asText()).isEqualTo("TIME_WAIT_ACCUMULATION");
  }

  /** Packets once: 8 per connection that answered, 2 per refused one. */
  private static long packets(JsonNode json) {
    long refused = 0;
    long answered = 0;
    for (JsonNode d : json.get("captures").get(0).get("destinations")) {
      refused += d.get("refused").asLong();
      answered += d.get("attempts").asLong() - d.get("refused").asLong();
    }
    return 8 * answered + 2 * refused;
  }
}
