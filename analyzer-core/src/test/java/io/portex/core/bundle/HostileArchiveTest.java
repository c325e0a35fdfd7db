package io.portex.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.InputReport;
import io.portex.core.source.InputFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives built to hurt, each generated here: one odd or hostile entry costs that entry, never the
 * archive or the ticket, and nothing inflates without limit, however the entries are arranged.
 */
class HostileArchiveTest {

  @TempDir Path dir;

  private static final byte[] NETSTAT =
      ("==== 2026-03-11 10:00:00 ====\r\n  Proto  Local Address  Foreign Address  State  PID\r\n"
              + "  TCP    10.0.0.5:50000  10.0.0.9:1433  TIME_WAIT  0\r\n"
              + "  TCP    10.0.0.5:50001  10.0.0.9:1433  TIME_WAIT  0\r\n")
          .getBytes(StandardCharsets.US_ASCII);

  /** A ticket folder with the archive and a good netstat capture beside it. */
  private Path ticket(String archiveName, byte[] archive) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("ticket"));
    Files.write(folder.resolve(archiveName), archive);
    Files.write(folder.resolve("good-netstat.txt"), NETSTAT);
    return folder;
  }

  private static Analysis analyze(Path path) {
    return Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(60), () -> Analyzer.builder().build().analyze(List.of(path)));
  }

  private static InputReport input(Analysis analysis, String nameEnd) {
    return analysis.inputs().stream()
        .filter(i -> i.path().endsWith(nameEnd))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no input " + nameEnd + " in " + analysis.inputs()));
  }

  private static List<String> codes(Analysis analysis) {
    return analysis.inputs().stream()
        .flatMap(i -> i.diagnostics().stream())
        .map(d -> d.code())
        .toList();
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static byte[] storedZip(String name, byte[] content) {
    return new RawZip().store(name, content).bytes();
  }

  private static void assertGoodCaptureRead(Analysis analysis) {
    assertThat(input(analysis, "good-netstat.txt").records()).isEqualTo(2);
  }

  @Test
  void namesThatAreNotUtf8ThoughFlaggedSoAreReadInTheCodePage() throws IOException {
    RawZip inner = new RawZip().add("ok.txt", NETSTAT).add("x", NETSTAT);
    inner.last().name = new byte[] {'n', (byte) 0xE9, (byte) 0xFF, 't', '.', 't', 'x', 't'};
    inner.last().flags = 0x800;
    Path folder = ticket("outer.zip", storedZip("inner.zip", inner.bytes()));

    Analysis analysis = analyze(folder);

    assertThat(analysis.inputs())
        .filteredOn(i -> i.path().contains("inner.zip!/"))
        .extracting(InputReport::path, InputReport::records)
        .containsExactly(
            tuple("outer.zip!/inner.zip!/n\u0398\u00a0t.txt", 2L),
            tuple("outer.zip!/inner.zip!/ok.txt", 2L));
    assertGoodCaptureRead(analysis);
  }

  @Test
  void encryptedAndDeflate64EntriesAreSkippedAndTheRestRead() throws IOException {
    RawZip zip = new RawZip().add("secret.txt", NETSTAT);
    zip.last().flags = 1;
    zip.add("d64.txt", NETSTAT);
    zip.last().method = 9;
    zip.add("plain.txt", NETSTAT);
    Path folder = ticket("nested.zip", storedZip("inner.zip", zip.bytes()));

    Analysis analysis = analyze(folder);

    assertThat(codes(analysis))
        .contains("bundle.encrypted-entry", "bundle.unsupported-method")
        .doesNotContain("bundle.corrupt-archive");
    assertThat(input(analysis, "inner.zip!/plain.txt").records()).isEqualTo(2);
    assertGoodCaptureRead(analysis);
  }

  @Test
  void aCutCentralDirectoryIsFollowedByTheLocalHeaders() throws IOException {
    byte[] cut =
        new RawZip().add("a.txt", NETSTAT).store("b.txt", NETSTAT).add("c.txt", NETSTAT).bytes(1);
    Path folder = ticket("cut.zip", cut);

    Analysis analysis = analyze(folder);

    assertThat(codes(analysis)).contains("bundle.damaged-archive");
    for (String name : List.of("a.txt", "b.txt", "c.txt")) {
      assertThat(input(analysis, "cut.zip!/" + name).records()).isEqualTo(2);
    }
    assertGoodCaptureRead(analysis);
  }

  @Test
  void anArchiveCutInTheMiddleOfAnEntryKeepsTheEntriesBefore() throws IOException {
    byte[] whole = new RawZip().add("a.txt", NETSTAT).add("b.txt", NETSTAT).bytes();
    int firstEntry = 30 + "a.txt".length() + RawZip.deflate(NETSTAT).length;
    Path folder = ticket("cut.zip", Arrays.copyOf(whole, firstEntry + 40));

    Analysis analysis = analyze(folder);

    assertThat(input(analysis, "cut.zip!/a.txt").records()).isEqualTo(2);
    assertGoodCaptureRead(analysis);
  }

  @Test
  void entriesThatShareTheirDataAreNotRead() throws IOException {
    RawZip zip = new RawZip().add("kernel.txt", NETSTAT);
    for (int i = 0; i < 200; i++) {
      RawZip.Entry alias = new RawZip.Entry();
      alias.name = ("alias" + i + ".txt").getBytes(StandardCharsets.US_ASCII);
      alias.sharesHeaderOf = 0;
      zip.entry(alias);
    }
    Path folder = ticket("overlap.zip", zip.bytes());

    Analysis analysis = analyze(folder);

    assertThat(input(analysis, "overlap.zip!/kernel.txt").records()).isEqualTo(2);
    assertThat(codes(analysis)).filteredOn("bundle.overlapping-entry"::equals).hasSize(200);
    assertGoodCaptureRead(analysis);
  }

  @Test
  void aStoredInnerZipWhoseFirstEntryIsAGibibyteOfZerosCostsThatEntryOnly() throws IOException {
    RawZip inner = new RawZip();
    RawZip.Entry zeros = new RawZip.Entry();
    zeros.name = "zeros.bin".getBytes(StandardCharsets.US_ASCII);
    zeros.data = deflatedZeros(1L << 30);
    zeros.declaredSize = 1L << 30;
    inner.entry(zeros).add("netstat.txt", NETSTAT);
    Path folder = ticket("outer.zip", storedZip("inner.zip", inner.bytes()));

    Analysis analysis = analyze(folder);

    assertThat(codes(analysis)).contains("bundle.zip-bomb");
    assertThat(input(analysis, "inner.zip!/netstat.txt").records()).isEqualTo(2);
    assertGoodCaptureRead(analysis);
  }

  @Test
  void anEntryThatExpandsPastItsDeclaredSizeStopsThere() throws IOException {
    RawZip zip = new RawZip();
    RawZip.Entry liar = new RawZip.Entry();
    liar.name = "liar.txt".getBytes(StandardCharsets.US_ASCII);
    liar.data = deflatedZeros(64L << 20);
    liar.declaredSize = 1000;
    zip.entry(liar);
    Path archive = Files.write(dir.resolve("liar.zip"), zip.bytes());

    try (Bundle bundle = new BundleReader(BundleLimits.DEFAULT).read(List.of(archive))) {
      InputFile entry = bundle.files().get(0);
      assertThatThrownBy(
              () -> {
                try (InputStream in = entry.open()) {
                  in.readAllBytes();
                }
              })
          .isInstanceOf(ArchiveLimitException.class)
          .hasMessageContaining("declares");
    }
  }

  @Test
  void manySmallEntriesCannotExpandASmallArchiveFar() throws IOException {
    // each entry is a readable capture within the per-entry slack (1 MiB); together 200 MiB
    StringBuilder capture = new StringBuilder(new String(NETSTAT, StandardCharsets.US_ASCII));
    while (capture.length() < (1 << 20) - 64) {
      capture.append("  TCP    10.0.0.5:50000  10.0.0.9:1433  TIME_WAIT  0\r\n");
    }
    byte[] content = capture.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] kernel = RawZip.deflate(content);
    RawZip zip = new RawZip();
    for (int i = 0; i < 200; i++) {
      RawZip.Entry entry = new RawZip.Entry();
      entry.name = ("netstat" + i + ".txt").getBytes(StandardCharsets.US_ASCII);
      entry.data = kernel;
      entry.declaredSize = content.length;
      zip.entry(entry);
    }
    Path folder = ticket("many.zip", zip.bytes());

    Analysis analysis = analyze(folder);

    assertThat(analysis.inputs())
        .flatExtracting(InputReport::diagnostics)
        .extracting(d -> d.message())
        .anyMatch(m -> m.contains("times its size"));
    assertGoodCaptureRead(analysis);
  }

  @Test
  void aNestedZipOfThousandsOfEntriesIsCopiedOnceNotOncePerEntry() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < 2000; i++) {
        zip.putNextEntry(new ZipEntry("n" + i + ".txt"));
        zip.write(NETSTAT);
        zip.closeEntry();
      }
    }
    Path archive = Files.write(dir.resolve("outer.zip"), zip("inner.zip", bytes.toByteArray()));
    // re-reading the inner archive per entry would need ~2000 x 260 KB; once is 260 KB + entries
    Analyzer analyzer =
        Analyzer.builder().bundleLimits(new BundleLimits(3L << 20, 10_000, 250, 4)).build();

    Analysis analysis = analyzer.analyze(List.of(archive));

    assertThat(analysis.inputs()).hasSize(2000);
    assertThat(analysis.inputs()).allMatch(i -> i.records() == 2);
  }

  @Test
  void aFortyTwoStyleNestedArchiveEndsSoonAndCostsOnlyItself() throws IOException {
    byte[] zeros = deflatedZeros(4L << 20);
    RawZip leaf = new RawZip();
    for (int i = 0; i < 16; i++) {
      RawZip.Entry entry = new RawZip.Entry();
      entry.name = ("0" + Integer.toHexString(i) + ".txt").getBytes(StandardCharsets.US_ASCII);
      entry.data = zeros;
      entry.declaredSize = 4L << 20;
      leaf.entry(entry);
    }
    byte[] level = leaf.bytes();
    for (int depth = 0; depth < 4; depth++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        zip.setLevel(Deflater.BEST_COMPRESSION);
        for (int i = 0; i < 16; i++) {
          zip.putNextEntry(new ZipEntry("lib" + Integer.toHexString(i) + ".zip"));
          zip.write(level);
          zip.closeEntry();
        }
      }
      level = bytes.toByteArray();
    }
    Path folder = ticket("42.zip", level);

    Analysis analysis = analyze(folder);

    assertThat(codes(analysis)).containsAnyOf("bundle.zip-limit", "bundle.too-many-entries");
    assertGoodCaptureRead(analysis);
  }

  /** {@code length} zero bytes, deflated (raw), streamed so that memory stays small. */
  static byte[] deflatedZeros(long length) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try (DeflaterOutputStream deflating = new DeflaterOutputStream(out, deflater, 1 << 16)) {
      byte[] chunk = new byte[1 << 20];
      for (long written = 0; written < length; written += chunk.length) {
        deflating.write(chunk, 0, (int) Math.min(chunk.length, length - written));
      }
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }
}
