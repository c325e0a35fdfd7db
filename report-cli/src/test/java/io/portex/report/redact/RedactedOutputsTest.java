package io.portex.report.redact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portex.cli.Main;
import io.portex.report.json.ResultSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over every sample and a hostile ticket: the redacted HTML, JSON and text hold none of the IP
 * addresses and host names of the unredacted JSON, and the same run gives the same bytes.
 */
class RedactedOutputsTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  @TempDir Path dir;

  static Stream<String> samples() throws IOException {
    try (Stream<Path> list = Files.list(SAMPLES)) {
      return list
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void aRedactedSampleNamesNoAddressOrHostOfTheTicket(String sample) throws IOException {
    checkRedacted(SAMPLES.resolve(sample));
  }

  @Test
  void aRedactedHostileTicketNamesNoAddressHostOrUserOfIt() throws IOException {
    Path ticket = Files.createDirectories(dir.resolve("ticket"));
    Files.writeString(
        ticket.resolve("netstat_20260311_101500.txt"),
        "hostname: WEB07.contoso.local\r\n"
            + "Active Connections\r\n\r\n"
            + "  Proto  Local Address          Foreign Address        State           PID\r\n"
            + "  TCP    10.20.30.40:50001      10.9.8.7:1433          ESTABLISHED     4242\r\n"
            + "  TCP    10.20.30.40:50002      10.9.8.8:1433          TIME_WAIT       0\r\n"
            + "  TCP    10.20.31.5:50003       sql01.contoso.local:1433  CLOSE_WAIT   4242\r\n"
            + "  TCP    10.20.31.5:50007       fileserver7:445        ESTABLISHED     4242\r\n"
            + "  TCP    [2001:db9:aa:bb::10]:50004  [2a01:4f8:1:2::99]:443  ESTABLISHED  4242\r\n"
            + "  TCP    127.0.0.1:50006        127.0.0.1:8080         ESTABLISHED     4242\r\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        ticket.resolve("tasklist.csv"),
        "\"Image Name\",\"PID\",\"Session Name\",\"Session#\",\"Mem Usage\",\"Status\","
            + "\"User Name\",\"CPU Time\",\"Window Title\"\r\n"
            + "\"java.exe\",\"4242\",\"Services\",\"0\",\"100,000 K\",\"Unknown\","
            + "\"CONTOSO\\jdoe\",\"0:00:01\",\"N/A\"\r\n",
        StandardCharsets.UTF_8);

    Outputs redacted = checkRedacted(ticket);

    String all = redacted.json() + redacted.html() + redacted.text();
    assertThat(all.toLowerCase(Locale.ROOT))
        .doesNotContain("contoso", "jdoe", "sql01", "web07", "fileserver7");
    assertThat(all).contains("198.18.", "2001:db8:");
    // the loopback stays, and so does each address's port
    assertThat(redacted.json()).contains("127.0.0.1:8080", ":1433");
  }

  private record Outputs(String json, String html, String text) {}

  /** Runs the ticket plain and redacted (twice), checks them, returns the redacted outputs. */
  private Outputs checkRedacted(Path ticket) throws IOException {
    Path plain = dir.resolve("plain.json");
    run("analyze", ticket.toString(), "--json", plain.toString());
    Outputs first = redacted(ticket, "1");
    Outputs second = redacted(ticket, "2");
    assertThat(second).as("the same ticket gives the same redacted bytes").isEqualTo(first);

    assertThat(ResultSchema.violations(new ObjectMapper().readTree(first.json())))
        .as("the redacted result keeps the schema")
        .isEmpty();
    JsonNode json = new ObjectMapper().readTree(plain.toFile());
    Set<String> strings = new TreeSet<>();
    collect(json, strings);
    for (String address : addresses(strings)) {
      Pattern exact = Pattern.compile("(?<![\\w.:])" + Pattern.quote(address) + "(?![\\w]|\\.\\d)");
      for (String output : List.of(first.json(), first.html(), first.text())) {
        assertThat(exact.matcher(output).find()).as("%s is redacted", address).isFalse();
      }
    }
    List<JsonNode> names = new ArrayList<>(json.findValues("host"));
    for (JsonNode endpoint : json.findValues("endpoint")) {
      String text = endpoint.asText();
      String host = text.substring(0, Math.max(0, text.lastIndexOf(':')));
      // a destination netstat wrote by name (without -n)
      if (host.matches("[A-Za-z][\\w-]*") && !host.equalsIgnoreCase("localhost")) {
        names.add(new com.fasterxml.jackson.databind.node.TextNode(host));
      }
    }
    for (JsonNode host : names) {
      if (host.isTextual()) {
        Pattern name =
            Pattern.compile(
                "(?<![A-Za-z0-9])" + Pattern.quote(host.asText()) + "(?![A-Za-z0-9])",
                Pattern.CASE_INSENSITIVE);
        for (String output : List.of(first.json(), first.html(), first.text())) {
          assertThat(name.matcher(output).find()).as("host %s is redacted", host).isFalse();
        }
      }
    }
    return first;
  }

  private Outputs redacted(Path ticket, String run) throws IOException {
    Path json = dir.resolve("redacted-" + run + ".json");
    Path html = dir.resolve("redacted-" + run + ".html");
    String text =
        run(
            "analyze",
            ticket.toString(),
            "--redact",
            "--json",
            json.toString(),
            "--html",
            html.toString(),
            "--text",
            "--verbose");
    // the last line names the report's path, which differs between the two runs
    String summary = text.substring(0, text.lastIndexOf("Report: "));
    return new Outputs(Files.readString(json), Files.readString(html), summary);
  }

  /** The IPv4 and IPv6 addresses in the strings, loopback and unspecified ones left out. */
  private static List<String> addresses(Set<String> strings) {
    List<String> found = new ArrayList<>();
    for (String text : strings) {
      Matcher v4 = Redaction.IPV4.matcher(text);
      while (v4.find()) {
        String address = v4.group();
        if (!address.startsWith("127.") && !address.equals("0.0.0.0")) {
          found.add(address);
        }
      }
      Matcher v6 = Redaction.IPV6.matcher(text);
      while (v6.find()) {
        int[] groups = Ipv6.parse(v6.group(1));
        if (groups != null && !Ipv6.kept(groups)) {
          found.add(v6.group(1));
        }
      }
    }
    return found;
  }

  private static void collect(JsonNode node, Set<String> into) {
    if (node.isTextual()) {
      into.add(node.asText());
    }
    node.forEach(child -> collect(child, into));
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as("exit code of %s: %s", String.join(" ", args), err).isIn(0, 3);
    return out.toString();
  }
}
