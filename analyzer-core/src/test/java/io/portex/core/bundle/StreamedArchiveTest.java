package io.portex.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.InputReport;
import io.portex.core.source.InputFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A zip that arrives as a stream (from object storage, say) reads as the same zip on disk. */
class StreamedArchiveTest {

  @TempDir Path dir;

  private static final String NETSTAT =
      "==== 2026-03-11 10:00:00 ====\r\n  Proto  Local Address  Foreign Address  State  PID\r\n"
          + "  TCP    10.0.0.5:50000  10.0.0.9:1433  TIME_WAIT  0\r\n";

  private static byte[] zip(String entry, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("notes/readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static InputFile stream(String name, byte[] content) {
    return InputFile.of(
        name, content.length, Instant.EPOCH, () -> new ByteArrayInputStream(content));
  }

  private static Set<Path> spilled() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      // the spilled copies only: scripts and other builds on the machine make portex-* folders
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().matches("portex-.*\\.zip"))
          .collect(Collectors.toSet());
    }
  }

  private static List<String> described(Analysis analysis) {
    return analysis.inputs().stream().map(InputReport::toString).toList();
  }

  @Test
  void aStreamedZipReadsLikeTheSameZipOnDisk() throws IOException {
    byte[] archive = zip("netstat_20260311_100000.txt", NETSTAT.getBytes(StandardCharsets.UTF_8));
    Path onDisk = Files.write(dir.resolve("ticket.zip"), archive);
    Analyzer analyzer = Analyzer.builder().build();
    Set<Path> before = spilled();

    Analysis streamed = analyzer.analyzeInputs(List.of(stream("ticket.zip", archive)));
    Analysis read = analyzer.analyze(List.of(onDisk));

    assertThat(described(streamed)).isEqualTo(described(read));
    assertThat(streamed.inputs())
        .extracting(InputReport::path)
        .containsExactly("ticket.zip!/netstat_20260311_100000.txt", "ticket.zip!/notes/readme.txt");
    assertThat(streamed.snapshots()).hasSize(1);
    assertThat(streamed.verdict()).isEqualTo(read.verdict());
    assertThat(spilled()).as("the temporary copy is removed").isEqualTo(before);
  }

  @Test
  void aZipByContentIsReadAsOneWhateverItsName() throws IOException {
    byte[] archive = zip("netstat_20260311_100000.txt", NETSTAT.getBytes(StandardCharsets.UTF_8));

    Analysis analysis =
        Analyzer.builder().build().analyzeInputs(List.of(stream("attachment.bin", archive)));

    assertThat(analysis.inputs())
        .extracting(InputReport::path)
        .contains("attachment.bin!/netstat_20260311_100000.txt");
  }

  @Test
  void aStreamedZipLargerThanTheLimitIsNotCopied() throws IOException {
    byte[] archive = zip("netstat.txt", new byte[4096]);
    Set<Path> before = spilled();

    Analysis analysis =
        Analyzer.builder()
            .bundleLimits(new BundleLimits(archive.length - 1, 10, 250, 1))
            .build()
            .analyzeInputs(List.of(stream("big.zip", archive)));

    assertThat(analysis.inputs()).hasSize(1);
    assertThat(analysis.inputs().get(0).diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("bundle.zip-limit");
              assertThat(d.message()).contains("archive larger than");
            });
    assertThat(spilled()).isEqualTo(before);
  }

  @Test
  void aCorruptStreamedZipIsADiagnosticAndTheOtherInputsAreRead() throws IOException {
    byte[] corrupt = "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1);
    Set<Path> before = spilled();

    Analysis analysis =
        Analyzer.builder()
            .build()
            .analyzeInputs(
                List.of(
                    stream("broken.zip", corrupt),
                    stream("netstat_20260311_100000.txt", NETSTAT.getBytes())));

    assertThat(analysis.inputs())
        .extracting(InputReport::path)
        .containsExactly("broken.zip", "netstat_20260311_100000.txt");
    assertThat(analysis.inputs().get(0).diagnostics().get(0).code())
        .isEqualTo("bundle.corrupt-archive");
    assertThat(analysis.snapshots()).hasSize(1);
    assertThat(spilled()).isEqualTo(before);
  }
}
