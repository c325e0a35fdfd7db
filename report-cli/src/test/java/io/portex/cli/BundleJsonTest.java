package io.portex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.portex.report.json.ResultSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ticket mixing every text format reads the same from a folder and from a zip in a zip. */
class BundleJsonTest {

  private static final Path SAMPLE = Path.of("..", "samples", "mixed-ticket-web01");
  private static final FileTime MTIME = FileTime.from(Instant.parse("2026-03-11T12:00:00Z"));

  @TempDir Path dir;

  @Test
  void zippedTwiceGivesTheJsonOfTheFolder() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("ticket"));
    List<Path> files;
    try (var listing = Files.list(SAMPLE)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    }
    ByteArrayOutputStream inner = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(inner)) {
      for (Path file : files) {
        Path copy = Files.copy(file, folder.resolve(file.getFileName().toString()));
        Files.setLastModifiedTime(copy, MTIME);
        ZipEntry entry = new ZipEntry(file.getFileName().toString());
        entry.setLastModifiedTime(MTIME);
        zip.putNextEntry(entry);
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
    }
    Path outer = dir.resolve("outer.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(outer))) {
      ZipEntry entry = new ZipEntry("ticket.zip");
      entry.setLastModifiedTime(MTIME);
      zip.putNextEntry(entry);
      zip.write(inner.toByteArray());
      zip.closeEntry();
    }

    // inputs are named relative to what was given: the folder's files by their own names, the
    // zip's entries after the archive's name
    JsonNode fromFolder = analyze(folder, "");
    JsonNode fromZip = analyze(outer, "outer.zip!/ticket.zip!/");

    assertThat(fromFolder.toString()).doesNotContain(dir.toString());
    assertThat(fromZip.toString()).doesNotContain(dir.toString());

    assertThat(fromFolder.get("inputs")).hasSize(files.size());
    assertThat(fromFolder.findValuesAsText("format").stream().filter(f -> !f.equals("unknown")))
        .hasSize(9);
    assertThat(fromZip).isEqualTo(fromFolder);
  }

  /** The JSON of {@code analyze}, with {@code prefix} cut from every path. */
  private static JsonNode analyze(Path path, String prefix) throws IOException {
    StringWriter out = new StringWriter();
    int code =
        Main.run(
            new String[] {"analyze", path.toString(), "--tz", "Europe/Berlin", "--json", "-"},
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true));
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(ResultSchema.violations(json)).isEmpty();
    return prefix.isEmpty() ? json : strip(json, prefix);
  }

  private static JsonNode strip(JsonNode node, String prefix) {
    if (node.isTextual()) {
      return new TextNode(node.asText().replace(prefix, ""));
    }
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
        object.set(field.getKey(), strip(field.getValue(), prefix));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, strip(array.get(i), prefix));
      }
    }
    return node;
  }
}
