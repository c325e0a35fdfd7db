package io.portex.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.source.InputFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleReaderTest {

  @TempDir Path dir;

  private static final String NETSTAT =
      "==== 2026-03-11 10:00:00 ====\r\n  Proto  Local Address  Foreign Address  State  PID\r\n"
          + "  TCP    10.0.0.5:50000  10.0.0.9:1433  TIME_WAIT  0\r\n";

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private Path file(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private static String read(InputFile input) throws IOException {
    try (InputStream in = input.open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Bundle bundle(BundleLimits limits, Path... paths) {
    return new BundleReader(limits).read(List.of(paths));
  }

  @Test
  void walksFoldersRecursivelyInNameOrder() throws IOException {
    file("ticket/b.txt", "b".getBytes());
    file("ticket/sub/a.txt", "a".getBytes());
    file("ticket/a.txt", "x".getBytes());

    try (Bundle bundle = bundle(BundleLimits.DEFAULT, dir.resolve("ticket"))) {
      assertThat(bundle.files())
          .extracting(f -> f.name().replace('\\', '/'))
          .containsExactly("a.txt", "b.txt", "sub/a.txt");
      assertThat(bundle.skipped()).isEmpty();
    }
  }

  @Test
  void readsZipsAndZipsInsideZipsInPlace() throws IOException {
    Map<String, byte[]> inner = new LinkedHashMap<>();
    inner.put("deep/netstat.txt", NETSTAT.getBytes());
    Map<String, byte[]> outer = new LinkedHashMap<>();
    outer.put("notes.txt", "hello".getBytes());
    outer.put("captures/inner.zip", zip(inner));
    Path archive = file("ticket.zip", zip(outer));

    try (Bundle bundle = bundle(BundleLimits.DEFAULT, archive)) {
      assertThat(bundle.files())
          .extracting(InputFile::name)
          .containsExactly(
              archive.getFileName() + "!/captures/inner.zip!/deep/netstat.txt",
              archive.getFileName() + "!/notes.txt");
      assertThat(read(bundle.files().get(0))).isEqualTo(NETSTAT);
      assertThat(read(bundle.files().get(1))).isEqualTo("hello");
    }
  }

  @Test
  void entryNamesThatClimbOutAreOnlyLabels() throws IOException {
    Path archive = file("evil.zip", zip(Map.of("../../outside.txt", "x".getBytes())));

    try (Bundle bundle = bundle(BundleLimits.DEFAULT, archive)) {
      assertThat(bundle.files())
          .extracting(InputFile::name)
          .containsExactly(archive.getFileName() + "!/../../outside.txt");
      assertThat(read(bundle.files().get(0))).isEqualTo("x");
    }
    assertThat(dir.resolve("../outside.txt")).doesNotExist();
    assertThat(dir.getParent().resolve("../outside.txt")).doesNotExist();
  }

  @Test
  void declaredZipBombIsNotRead() throws IOException {
    Path archive = file("bomb.zip", zip(Map.of("zeros.txt", new byte[50 << 20])));

    try (Bundle bundle = bundle(BundleLimits.DEFAULT, archive)) {
      assertThat(Files.size(archive)).isLessThan(200_000);
      assertThat(bundle.files()).isEmpty();
      assertThat(bundle.skipped()).extracting(Skipped::code).containsExactly("bundle.zip-bomb");
    }
  }

  @Test
  void nestedZipBombIsNotRead() throws IOException {
    // the nested archive is listed from its own directory now, which declares the bomb: it is
    // refused before a byte of it is inflated (it used to be stopped while reading)
    Path archive =
        file("outer.zip", zip(Map.of("inner.zip", zip(Map.of("zeros.txt", new byte[50 << 20])))));

    try (Bundle bundle = bundle(BundleLimits.DEFAULT, archive)) {
      assertThat(bundle.files()).isEmpty();
      assertThat(bundle.skipped())
          .extracting(Skipped::name, Skipped::code)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  archive.getFileName() + "!/inner.zip!/zeros.txt", "bundle.zip-bomb"));
    }
  }

  @Test
  void corruptZipIsReportedAndTheRestIsRead() throws IOException {
    byte[] junk = new byte[2048];
    new java.util.Random(3).nextBytes(junk);
    junk[0] = 'P';
    junk[1] = 'K';
    junk[2] = 3;
    junk[3] = 4;
    Path corrupt = file("ticket/broken.zip", junk);
    Path good = file("ticket/netstat.txt", NETSTAT.getBytes());

    Analysis analysis = TestInputs.analyze(dir.resolve("ticket"));

    assertThat(analysis.snapshots()).hasSize(1);
    assertThat(TestInputs.diagnostics(analysis, Severity.ERROR))
        .extracting(Diagnostic::file, Diagnostic::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                corrupt.getFileName().toString(), "bundle.corrupt-archive"));
    assertThat(good).exists();
  }

  @Test
  void symbolicLinkLoopIsReportedOnce() throws IOException {
    file("ticket/a/netstat.txt", NETSTAT.getBytes());
    Files.createSymbolicLink(dir.resolve("ticket/a/back"), dir.resolve("ticket"));

    try (Bundle bundle = bundle(BundleLimits.DEFAULT, dir.resolve("ticket"))) {
      assertThat(bundle.files()).hasSize(1);
      assertThat(bundle.skipped())
          .extracting(Skipped::code)
          .containsExactly("bundle.directory-loop");
    }
  }

  @Test
  void entryAndByteLimitsHold() throws IOException {
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      many.put("f" + i + ".txt", ("file " + i).getBytes());
    }
    Path archive = file("many.zip", zip(many));

    try (Bundle bundle = bundle(new BundleLimits(1 << 20, 4, 250, 4), archive)) {
      assertThat(bundle.files()).hasSize(4);
      assertThat(bundle.skipped())
          .extracting(Skipped::code)
          .containsExactly("bundle.too-many-entries");
    }
    try (Bundle bundle = bundle(new BundleLimits(12, 100, 250, 4), archive)) {
      assertThat(read(bundle.files().get(0))).isEqualTo("file 0");
      assertThat(read(bundle.files().get(1))).isEqualTo("file 1");
      assertThatThrownBy(() -> read(bundle.files().get(2)))
          .isInstanceOf(ArchiveLimitException.class);
    }
  }

  @Test
  void tooDeepNestingIsNotFollowed() throws IOException {
    byte[] level = zip(Map.of("netstat.txt", NETSTAT.getBytes()));
    for (int depth = 0; depth < 3; depth++) {
      level = zip(Map.of("level" + depth + ".zip", level));
    }
    Path archive = file("deep.zip", level);

    try (Bundle bundle = bundle(new BundleLimits(1 << 30, 100, 250, 2), archive)) {
      assertThat(bundle.files()).isEmpty();
      assertThat(bundle.skipped()).extracting(Skipped::code).containsExactly("bundle.too-deep");
    }
  }

  @Test
  void zippedTwiceReadsLikeTheFolder() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("ticket"));
    for (String name :
        List.of("netstat/en-ano-loop-banners.txt", "netstat/de-ano-loop-cmd-date.txt")) {
      Path source = TestInputs.fixture(name);
      Files.copy(source, folder.resolve(source.getFileName()));
    }
    Map<String, byte[]> inner = new LinkedHashMap<>();
    try (var files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        inner.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    Path archive = file("outer.zip", zip(Map.of("ticket.zip", zip(inner))));
    Analyzer analyzer = Analyzer.builder().build();

    Analysis fromFolder = analyzer.analyze(List.of(folder));
    Analysis fromZip = analyzer.analyze(List.of(archive));

    assertThat(fromZip.snapshots()).hasSize(5);
    assertThat(fromZip.snapshots())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("source")
        .isEqualTo(fromFolder.snapshots());
    assertThat(fromZip.inputs())
        .extracting(i -> i.records())
        .isEqualTo(fromFolder.inputs().stream().map(i -> i.records()).toList());
  }
}
