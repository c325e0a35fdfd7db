package io.portex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A time in a sentence reads as the report around it reads times: in the --tz zone, to the second,
 * the zone named; never an ISO-8601 instant. The JSON's typed time fields stay ISO-8601 UTC.
 */
class ProseTimesTest {

  private static final Path SAMPLES = Path.of("..", "samples");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The JSON fields that hold prose. */
  private static final Set<String> PROSE = Set.of("summary", "basis", "message", "what");

  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");
  private static final Pattern LOCAL = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");

  static Stream<String> samples() throws IOException {
    try (Stream<Path> folders = Files.list(SAMPLES)) {
      return folders
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    int code =
        Main.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertThat(code).isZero();
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theJsonsSentencesNameTimesInTheZoneOfTz(String sample) throws IOException {
    String zone = "Europe/Berlin";
    JsonNode json =
        MAPPER.readTree(
            run("analyze", SAMPLES.resolve(sample).toString(), "--tz", zone, "--json", "-"));
    List<String> prose = new ArrayList<>();
    collect(json, prose);
    for (String sentence : prose) {
      assertThat(ISO.matcher(sentence).find()).as("an ISO instant in: %s", sentence).isFalse();
      assertZoneNamed(sentence, " " + zone);
    }
    // the typed fields keep the contract
    for (JsonNode snapshot : json.get("snapshots")) {
      if (!snapshot.get("time").isNull()) {
        assertThat(Instant.parse(snapshot.get("time").asText()))
            .hasToString(snapshot.get("time").asText());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theTextSummaryInUtcWritesUtcTimesAsTheSentencesDo(String sample) {
    String text = run("analyze", SAMPLES.resolve(sample).toString(), "--tz", "UTC", "--text");
    assertThat(ISO.matcher(text).find()).as("an ISO instant in:%n%s", text).isFalse();
    assertZoneNamed(text.replaceAll("\\s+", " "), " UTC");
  }

  private static void assertZoneNamed(String sentence, String zone) {
    Matcher m = LOCAL.matcher(sentence);
    while (m.find()) {
      assertThat(sentence.substring(m.end()))
          .as("the zone after %s in: %s", m.group(), sentence)
          .startsWith(zone);
    }
  }

  private static void collect(JsonNode node, List<String> prose) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (PROSE.contains(field.getKey()) && field.getValue().isTextual()) {
          prose.add(field.getValue().asText());
        } else {
          collect(field.getValue(), prose);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, prose));
    }
  }
}
