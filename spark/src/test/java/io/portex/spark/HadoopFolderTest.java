package io.portex.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.report.batch.OutputFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder of a Hadoop file system (here the local one, through Hadoop's own classes). */
class HadoopFolderTest {

  @TempDir java.nio.file.Path dir;

  @Test
  void writesReadsAndReplacesFilesInFoldersItCreates() throws IOException {
    Path root = new Path(dir.toUri());
    OutputFolder out =
        new HadoopFolder(Locations.fileSystem(root, new Configuration()), root).folder("case one");

    assertThat(out.exists("result.json")).isFalse();
    assertThat(out.open("result.json")).isEmpty();
    for (String content : new String[] {"first", "second"}) {
      try (OutputStream stream = out.create("result.json")) {
        stream.write(content.getBytes(StandardCharsets.UTF_8));
      }
    }

    assertThat(out.exists("result.json")).isTrue();
    Optional<InputStream> in = out.open("result.json");
    try (InputStream stream = in.orElseThrow()) {
      assertThat(new String(stream.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("second");
    }
    assertThat(dir.resolve("case one").resolve("result.json")).hasContent("second");
    try (var files = Files.list(dir.resolve("case one"))) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("result.json");
    }
  }
}
