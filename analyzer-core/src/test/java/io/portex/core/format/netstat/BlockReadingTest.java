package io.portex.core.format.netstat;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.ReadContext;
import io.portex.core.format.TestContexts;
import io.portex.core.model.Snapshot;
import io.portex.core.source.InputFile;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A capture read in blocks of raw bytes on several threads gives what reading it line by line
 * gives: the same snapshots, diagnostics (with their line numbers) and host lines. Blocks are made
 * small, so that every kind of line meets a block's edge.
 */
class BlockReadingTest {

  private static final int MAX_LINE = 256;

  @TempDir Path dir;

  /** What one reading gave. */
  record Read(List<Snapshot> snapshots, List<Diagnostic> diagnostics, List<?> hosts) {}

  static Read read(Path file, boolean blocks, int blockSize, int threads) throws IOException {
    return read(InputFile.of(file), blocks, blockSize, threads);
  }

  static Read read(InputFile input, boolean blocks, int blockSize, int threads) throws IOException {
    DiagnosticSink diagnostics = new DiagnosticSink(input.name(), 50);
    ReadContext context = TestContexts.of(input, ZoneOffset.UTC, MAX_LINE, diagnostics);
    List<Snapshot> snapshots = new ArrayList<>();
    new NetstatReader(
            context,
            TestContexts.snapshotsInto(snapshots),
            blocks ? 0 : Long.MAX_VALUE,
            blockSize,
            threads)
        .read();
    return new Read(snapshots, diagnostics.diagnostics(), context.namedHosts());
  }

  private static void assertSame(Path file, int blockSize, int threads) throws IOException {
    assertSame(InputFile.of(file), blockSize, threads);
  }

  /** Reads {@code input} line by line and in blocks, and checks that both gave the same. */
  static void assertSame(InputFile file, int blockSize, int threads) throws IOException {
    Read lines = read(file, false, blockSize, threads);
    Read blocks = read(file, true, blockSize, threads);
    assertThat(blocks.snapshots())
        .as("snapshots of %s, blocks of %d on %d threads", file, blockSize, threads)
        .isEqualTo(lines.snapshots());
    assertThat(blocks.diagnostics())
        .as("diagnostics of %s, blocks of %d on %d threads", file, blockSize, threads)
        .isEqualTo(lines.diagnostics());
    assertThat(blocks.hosts()).as("hosts of %s", file).isEqualTo(lines.hosts());
  }

  static Stream<Path> captures() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder :
        List.of(
            Path.of("src/test/resources/netstat"), Path.of("../../shared/corpus/real/netstat"))) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> walk = Files.walk(folder)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      }
    }
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void fixturesAndCorpusReadTheSameInBlocks(Path file) throws IOException {
    for (int blockSize : new int[] {16, 61, 257, 4096, 1 << 20}) {
      assertSame(file, blockSize, 2);
    }
    assertSame(file, 100, 1);
    assertSame(file, 100, 3);
  }

  @Test
  void generatedCapturesReadTheSameOverManyBlockSizes() throws IOException {
    SplittableRandom random = new SplittableRandom(16);
    for (int seed = 0; seed < 60; seed++) {
      Capture capture = new Capture(new SplittableRandom(seed));
      Charset charset = seed % 3 == 2 ? Charset.forName("IBM850") : StandardCharsets.UTF_8;
      Path file = dir.resolve("capture-" + seed + ".txt");
      byte[] text = capture.text(seed % 5).getBytes(charset);
      if (seed % 7 == 1 && charset.equals(StandardCharsets.UTF_8)) {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] marked = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, marked, 0, bom.length);
        System.arraycopy(text, 0, marked, bom.length, text.length);
        text = marked;
      }
      Files.write(file, text);
      for (int i = 0; i < 6; i++) {
        int blockSize = 8 + random.nextInt(i < 3 ? 300 : 20_000);
        assertSame(file, blockSize, 1 + random.nextInt(3));
      }
    }
  }

  @Test
  void utf16CapturesReadTheSameInBlocks() throws IOException {
    SplittableRandom random = new SplittableRandom(160);
    for (int seed = 0; seed < 40; seed++) {
      Capture capture = new Capture(new SplittableRandom(1000 + seed));
      if (seed % 4 == 1) {
        // beyond Latin-1: such a block goes to the state machine line by line
        capture.lines.add(capture.lines.size() / 2, "Активные подключения");
      }
      if (seed % 6 == 5) {
        capture.lines.add("東京".repeat(MAX_LINE)); // longer than the cap in characters
      }
      boolean big = seed % 2 == 1;
      byte[] text = capture.text(seed % 5).getBytes(big ? StandardCharsets.UTF_16BE : UTF_16LE);
      byte[] mark = seed % 3 == 2 ? new byte[0] : big ? new byte[] {-2, -1} : new byte[] {-1, -2};
      int odd = seed % 7 == 3 ? 1 : 0; // a file cut off in the middle of a character
      byte[] file = new byte[mark.length + text.length + odd];
      System.arraycopy(mark, 0, file, 0, mark.length);
      System.arraycopy(text, 0, file, mark.length, text.length);
      if (odd > 0) {
        file[file.length - 1] = 'x';
      }
      Path path = dir.resolve("capture-utf16-" + seed + ".txt");
      Files.write(path, file);
      for (int i = 0; i < 5; i++) {
        int blockSize = 8 + random.nextInt(i < 3 ? 600 : 40_000);
        assertSame(path, blockSize, 1 + random.nextInt(3));
      }
    }
  }

  @Test
  void aUtf16BlockOfLatin1TextIsTalliedInRunsInEitherByteOrder() {
    String rows =
        "  TCP    10.0.0.5:50000  10.0.0.9:1433  TIME_WAIT  0\r\n"
            + "  TCP    10.0.0.5:50001  10.0.0.9:1433  TIME_WAIT  0\r\n"
            + "  TCP    10.0.0.5:50002  10.0.0.9:1433  TIME_WAIT  0\r\n";
    for (Charset charset : List.of(UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] bytes = rows.getBytes(charset);
      RowBlock block = PlainRows.scan(bytes, 0, bytes.length, charset, MAX_LINE);
      assertThat(block.items).as("%s", charset).anyMatch(item -> item instanceof RowBlock.Run);
      byte[] cyrillic = ("Активные подключения\r\n" + rows).getBytes(charset);
      assertThat(PlainRows.scan(cyrillic, 0, cyrillic.length, charset, MAX_LINE).items)
          .as("beyond Latin-1, %s", charset)
          .allMatch(item -> item instanceof RowBlock.Line);
    }
  }

  @Test
  void theFirstProcessesAddressesAndRemotesMetAreKeptPastTheCap() throws IOException {
    StringBuilder text = new StringBuilder("  Proto  Local Address  Foreign Address  State  PID\n");
    SplittableRandom random = new SplittableRandom(7);
    int rows = Snapshot.Builder.MAX_TRACKED + 40_000;
    for (int i = 0; i < rows; i++) {
      int n = i % 10 == 0 ? random.nextInt(rows) : i;
      String state = i % 5 == 0 ? "LISTENING" : i % 3 == 0 ? "ESTABLISHED" : "TIME_WAIT";
      text.append("  TCP    10.")
          .append(n >> 16)
          .append('.')
          .append((n >> 8) & 255)
          .append('.')
          .append(n & 255)
          .append(':')
          .append(1024 + n % 60_000)
          .append("   172.")
          .append(16 + (i >> 16))
          .append('.')
          .append((i >> 8) & 255)
          .append('.')
          .append(i & 255)
          .append(':')
          .append(443)
          .append("   ")
          .append(state)
          .append("   ")
          .append(i % 4 == 0 ? random.nextInt(1000) : (int) (i * 7919L % rows))
          .append('\n');
    }
    Path file = dir.resolve("wide.txt");
    Files.writeString(file, text);
    Read lines = read(file, false, 0, 1);
    Snapshot snapshot = lines.snapshots().get(0);
    assertThat(snapshot.distinctRemotes()).isGreaterThan(Snapshot.Builder.MAX_TRACKED);
    assertThat(snapshot.processes()).anyMatch(p -> p.pid() == Snapshot.Builder.OTHER_PROCESSES);
    assertThat(snapshot.localAddresses())
        .anyMatch(a -> a.address().equals(Snapshot.Builder.OTHER_ADDRESSES));
    for (int blockSize : new int[] {4096, 100_000, 1 << 20}) {
      assertSame(file, blockSize, 2);
    }
  }

  /** A capture with every kind of line netstat, consoles and people write. */
  static final class Capture {
    private final SplittableRandom random;
    private final StringBuilder out = new StringBuilder();
    private final List<String> lines = new ArrayList<>();

    Capture(SplittableRandom random) {
      this.random = random;
      if (random.nextBoolean()) {
        lines.add(random.nextBoolean() ? "WEB01" : "C:\\Users\\admin>hostname");
        lines.add("APP02");
      }
      int tables = 1 + random.nextInt(6);
      for (int t = 0; t < tables; t++) {
        table(t);
      }
    }

    private void table(int t) {
      switch (random.nextInt(5)) {
        case 0 -> lines.add("==== 2026-03-11 10:0" + t + ":00 ====");
        case 1 -> lines.add("11.03.2026 10:0" + t + ":05,37");
        case 2 -> lines.add("C:\\>netstat -ano");
        default -> {}
      }
      if (random.nextInt(3) > 0) {
        lines.add("");
        lines.add(random.nextBoolean() ? "Active Connections" : "Aktive Verbindungen");
        lines.add("");
        lines.add(
            random.nextBoolean()
                ? "  Proto  Local Address          Foreign Address        State           PID"
                : "  Proto  Lokale Adresse         Remoteadresse          Status          PID");
      }
      int rows = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(400);
      boolean owners = random.nextInt(4) == 0;
      for (int r = 0; r < rows; r++) {
        lines.add(row());
        if (owners && random.nextInt(3) == 0) {
          switch (random.nextInt(4)) {
            case 0 -> lines.add(" [svchost.exe]");
            case 1 -> {
              lines.add("  RpcSs");
              lines.add(" [svchost.exe]");
            }
            case 2 -> lines.add(" Can not obtain ownership information");
            default -> lines.add("  ESTABLISHED");
          }
        }
        if (random.nextInt(60) == 0) {
          lines.add(oddLine());
        }
      }
      if (random.nextInt(5) == 0) {
        lines.add("");
      }
    }

    private String row() {
      int kind = random.nextInt(40);
      String local = address(random.nextInt(8) == 0);
      String remote = address(random.nextInt(8) == 0);
      String pid = random.nextInt(20) == 0 ? "" : Integer.toString(random.nextInt(20) * 4);
      return switch (kind) {
        case 0 -> "  UDP    " + local + "          *:*                                    " + pid;
        case 1 -> "  TCP    " + local + "  " + remote + "  ESTABL";
        case 2 -> "  TCP    " + local + "  " + remote.substring(0, remote.length() / 2);
        case 3 -> "  TCP    " + local + "  " + remote + "  ESTABLISHED     " + pid + "  InHost";
        case 4 -> "\tTCP\t" + local + "\t" + remote + "\tTIME_WAIT\t" + pid;
        case 5 -> "  TCP    " + local + "  " + remote + "  HERGESTELLT     " + pid + "   ";
        case 6 -> "  TCPv6  " + local + "  " + remote + "  WARTEND     " + pid;
        case 7 -> "  TCP    " + local + "  " + remote + "  ABHÖREN     " + pid;
        case 8 -> "  TCP    " + local + "  host.example:https  ESTABLISHED  " + pid;
        case 9 -> "  TCP    " + local + "  *:*  LISTENING  " + pid;
        case 10 -> "> TCP    " + local + "  " + remote + "  CLOSE_WAIT  " + pid;
        case 11 -> "  TCP    " + local + "  " + remote + "  CLOSE_WAIT  99999999999";
        default -> {
          String[] states = {
            "TIME_WAIT", "ESTABLISHED", "LISTENING", "CLOSE_WAIT", "BOUND", "SYN_SENT", "FIN_WAIT_2"
          };
          String state = states[random.nextInt(states.length)];
          yield String.format("  TCP    %-22s %-22s %-15s %s", local, remote, state, pid);
        }
      };
    }

    private String address(boolean ipv6) {
      int port = random.nextInt(10) == 0 ? random.nextInt(70_000) : 49152 + random.nextInt(40);
      if (ipv6) {
        return random.nextBoolean()
            ? "[::1]:" + port
            : "[fe80::1%" + random.nextInt(3) + "]:" + port;
      }
      return "10.0." + random.nextInt(3) + "." + random.nextInt(6) + ":" + port;
    }

    private String oddLine() {
      return switch (random.nextInt(8)) {
        case 0 -> "...";
        case 1 -> "garbage !§$ line";
        case 2 -> "x".repeat(300 + random.nextInt(200));
        case 3 -> "  TCP    10.0.0.1:" + "1".repeat(2000);
        case 4 -> "";
        case 5 -> "COMPUTERNAME=DB07";
        case 6 -> "Grüße aus Köln";
        default -> "    ";
      };
    }

    /**
     * The text with line ends of one kind: CRLF, LF, LF with a few CR, CR only (no line feed for a
     * block to end at) or mixed; the last line perhaps open.
     */
    String text(int endings) {
      for (String line : lines) {
        out.append(line);
        out.append(
            switch (endings) {
              case 0 -> "\r\n";
              case 1 -> "\n";
              case 2 -> random.nextInt(50) == 0 ? "\r" : "\n";
              case 3 -> "\r";
              default -> random.nextBoolean() ? "\r\n" : random.nextInt(30) == 0 ? "\r" : "\n";
            });
      }
      if (random.nextBoolean() && out.length() > 0) {
        out.setLength(out.length() - 1);
      }
      return out.toString();
    }
  }
}
