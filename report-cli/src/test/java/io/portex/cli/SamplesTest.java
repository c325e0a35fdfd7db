package io.portex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portex.report.json.ResultSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI over every bundled sample: the verdict and key numbers each sample's README promises, and
 * a golden file of its findings (compared as JSON trees; {@code -Dgolden.update=true} rewrites them
 * on purpose; a mismatch leaves the actual output under {@code target/golden-actual/}).
 */
class SamplesTest {

  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Sample, --tz, primary, sub-types, exhausted, capacity, TIME_WAIT, ESTABLISHED, CLOSE_WAIT at
   * peak.
   */
  static Stream<Arguments> samples() {
    return Stream.of(
        sample(
            "de-netstat-loop-timewait",
            "Europe/Berlin",
            "TIME_WAIT_ACCUMULATION",
            "TIME_WAIT_ACCUMULATION,SINGLE_DESTINATION_SATURATION",
            false,
            16384,
            9600,
            451,
            4),
        sample(
            "mixed-ticket-web01",
            "Europe/Berlin",
            "TIME_WAIT_ACCUMULATION",
            "TIME_WAIT_ACCUMULATION",
            false,
            16124,
            6950,
            440,
            10),
        sample(
            "closewait-leak-app02",
            "UTC",
            "CLOSE_WAIT_LEAK",
            "CLOSE_WAIT_LEAK",
            false,
            16384,
            200,
            350,
            1900),
        sample(
            "high-connections-gateway",
            "UTC",
            "HIGH_CONNECTION_COUNT",
            "HIGH_CONNECTION_COUNT",
            false,
            16384,
            600,
            12000,
            0),
        sample(
            "small-range-fr-db01",
            "UTC",
            "SMALL_PORT_RANGE",
            "SMALL_PORT_RANGE",
            true,
            2000,
            1150,
            700,
            0),
        sample(
            "single-destination-proxy",
            "UTC",
            "SINGLE_DESTINATION_SATURATION",
            "SINGLE_DESTINATION_SATURATION",
            false,
            16384,
            4000,
            5800,
            0),
        sample(
            "legacy-2003-maxuserport",
            "UTC",
            "SMALL_PORT_RANGE",
            "SMALL_PORT_RANGE,TIME_WAIT_ACCUMULATION",
            false,
            8976,
            7600,
            200,
            0),
        sample(
            "combined-timewait-one-backend",
            "UTC",
            "TIME_WAIT_ACCUMULATION",
            "TIME_WAIT_ACCUMULATION,SINGLE_DESTINATION_SATURATION",
            false,
            16384,
            12000,
            300,
            0),
        sample("healthy-web03", "UTC", "NONE", "", false, 16384, 800, 300, 0),
        sample("events-only-sql01", "UTC", "INCONCLUSIVE", "", true, 16384, -1, -1, -1),
        sample(
            "two-hosts-web01-web02",
            "UTC",
            "TIME_WAIT_ACCUMULATION",
            "TIME_WAIT_ACCUMULATION,SINGLE_DESTINATION_SATURATION",
            true,
            16384,
            15100,
            300,
            0),
        sample(
            "bound-ports-anoq-app03",
            "UTC",
            "BOUND_PORT_LEAK",
            "BOUND_PORT_LEAK",
            false,
            16384,
            150,
            420,
            0),
        sample("frontend-443-healthy-web04", "UTC", "NONE", "", false, 16384, 2120, 12380, 300),
        sample(
            "closewait-restart-app05",
            "UTC",
            "CLOSE_WAIT_LEAK",
            "CLOSE_WAIT_LEAK",
            false,
            16384,
            40,
            80,
            2100),
        sample(
            "capture-app03-sql-churn",
            "UTC",
            "TIME_WAIT_ACCUMULATION",
            "TIME_WAIT_ACCUMULATION",
            false,
            16384,
            6140,
            58,
            0));
  }

  private static Arguments sample(
      String name,
      String zone,
      String primary,
      String subtypes,
      boolean exhausted,
      int capacity,
      int timeWait,
      int established,
      int closeWait) {
    return Arguments.of(
        name, zone, primary, subtypes, exhausted, capacity, timeWait, established, closeWait);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void verdictAndKeyNumbersAreThoseTheReadmeGives(
      String name,
      String zone,
      String primary,
      String subtypes,
      boolean exhausted,
      int capacity,
      int timeWait,
      int established,
      int closeWait)
      throws IOException {
    JsonNode json = analyze(name, zone);

    JsonNode verdict = json.get("verdict");
    assertThat(verdict.get("primary").asText()).isEqualTo(primary);
    assertThat(String.join(",", texts(verdict.get("subtypes")))).isEqualTo(subtypes);
    assertThat(verdict.get("exhausted").asBoolean()).isEqualTo(exhausted);
    assertThat(json.get("capacity").get("effective").asInt()).isEqualTo(capacity);
    if (timeWait < 0) {
      assertThat(json.get("snapshots")).isEmpty();
      return;
    }
    JsonNode peak = peak(json);
    assertThat(peak.get("states").get("TIME_WAIT").asInt()).isEqualTo(timeWait);
    assertThat(peak.get("states").get("ESTABLISHED").asInt()).isEqualTo(established);
    assertThat(peak.get("states").get("CLOSE_WAIT").asInt()).isEqualTo(closeWait);
    for (JsonNode input : json.get("inputs")) {
      for (JsonNode diagnostic : input.get("diagnostics")) {
        assertThat(diagnostic.get("severity").asText())
            .as("%s %s", input.get("path").asText(), diagnostic)
            .isNotIn("warning", "error");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void findingsMatchTheGoldenFile(String name, String zone) throws IOException {
    JsonNode json = analyze(name, zone);
    ObjectNode actual = MAPPER.createObjectNode();
    for (String field : List.of("verdict", "findings", "consistency", "collectNext")) {
      actual.set(field, json.get(field));
    }
    Path golden = GOLDEN.resolve(name + ".json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, MAPPER.writeValueAsString(actual) + "\n");
    }
    JsonNode expected = Files.exists(golden) ? MAPPER.readTree(golden.toFile()) : null;
    if (!actual.equals(expected)) {
      Path out =
          Files.createDirectories(Path.of("target", "golden-actual")).resolve(name + ".json");
      Files.writeString(out, MAPPER.writeValueAsString(actual) + "\n");
    }
    assertThat(actual)
        .as("findings of %s (actual in target/golden-actual)", name)
        .isEqualTo(expected);
  }

  @Test
  void eachHostOfATwoHostTicketHasItsOwnVerdictAndSnapshots() throws IOException {
    JsonNode json = analyze("two-hosts-web01-web02", "UTC");

    List<String> hosts = new ArrayList<>();
    for (JsonNode host : json.get("hosts")) {
      hosts.add(
          host.get("host").asText()
              + "="
              + host.get("verdict").get("primary").asText()
              + (host.get("verdict").get("exhausted").asBoolean() ? " exhausted" : ""));
    }
    assertThat(hosts).containsExactly("WEB01=TIME_WAIT_ACCUMULATION exhausted", "WEB02=NONE");
    assertThat(json.get("verdict").get("host").asText()).isEqualTo("WEB01");
    List<String> snapshotHosts = new ArrayList<>();
    json.get("snapshots").forEach(s -> snapshotHosts.add(s.get("host").asText()));
    assertThat(snapshotHosts).containsExactly("WEB01", "WEB01", "WEB01", "WEB02", "WEB02", "WEB02");
    for (JsonNode finding : json.get("findings")) {
      assertThat(finding.get("host").asText()).isEqualTo("WEB01");
    }
  }

  @Test
  void inboundLoadIsNotCountedAsEphemeralUse() throws IOException {
    JsonNode peak = peak(analyze("frontend-443-healthy-web04", "UTC"));

    assertThat(peak.get("states").get("ESTABLISHED").asInt()).isEqualTo(12380);
    assertThat(peak.get("ephemeralStates").get("ESTABLISHED").asInt()).isEqualTo(380);
    assertThat(peak.get("ephemeralInUse").asInt()).isEqualTo(500);
  }

  /**
   * The text summary, fix first: it starts with the verdict, the fix comes before the peak, prose
   * fits 100 columns (a command is printed whole under its label, to paste as it is), no input is
   * named by an absolute path, no time is finer than the second.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void textSummaryStartsWithTheVerdictThenTheFix(String name, String zone) {
    StringWriter out = new StringWriter();
    int code =
        Main.run(
            new String[] {"analyze", SAMPLES.resolve(name).toString(), "--tz", zone, "--text"},
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true));
    assertThat(code).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).startsWith("Verdict");
    int todo = lines.indexOf("What to do:");
    int peak = indexOfPrefix(lines, "Peak: ");
    if (todo >= 0 && peak >= 0) {
      assertThat(todo).isLessThan(peak);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean command = i > 0 && lines.get(i - 1).matches(" {4}\\S.*\\):");
      if (!command) {
        assertThat(line.length()).as("%s line %d: %s", name, i + 1, line).isLessThanOrEqualTo(100);
      }
      assertThat(line).doesNotContain(SAMPLES.toAbsolutePath().normalize().toString());
      assertThat(line).doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}\\.\\d");
    }
  }

  private static int indexOfPrefix(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  private static JsonNode analyze(String name, String zone) throws IOException {
    StringWriter out = new StringWriter();
    int code =
        Main.run(
            new String[] {"analyze", SAMPLES.resolve(name).toString(), "--tz", zone, "--json", "-"},
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true));
    assertThat(code).isZero();
    JsonNode json = MAPPER.readTree(out.toString());
    assertThat(ResultSchema.violations(json)).as("schema violations of %s", name).isEmpty();
    return json;
  }

  /** The snapshot with most ephemeral ports in use. */
  private static JsonNode peak(JsonNode json) {
    JsonNode peak = null;
    for (JsonNode snapshot : json.get("snapshots")) {
      if (peak == null
          || snapshot.get("ephemeralInUse").asInt() > peak.get("ephemeralInUse").asInt()) {
        peak = snapshot;
      }
    }
    return peak;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
