package io.portex.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.DiagnosticSink;
import io.portex.core.source.CsvReader;
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
 * A CSV text parsed in blocks on several threads gives the records, record lines and diagnostics a
 * parse from start to end gives, also where quoted fields hold line breaks, quotes are stray, line
 * ends are mixed or the CSV breaks off. Blocks are made small so that every kind of record meets a
 * block's edge.
 */
class CsvBlocksTest {

  private static final int MAX_LINE = 512;

  @TempDir Path dir;

  /** What one parse gave: each record as its line and fields, and the diagnostics. */
  record Parse(List<String> records, List<Diagnostic> diagnostics) {}

  static Parse parse(Path file, char delimiter, int maxColumns, int blockSize, int threads)
      throws IOException {
    return parse(InputFile.of(file), delimiter, maxColumns, blockSize, threads);
  }

  static Parse parse(InputFile input, char delimiter, int maxColumns, int blockSize, int threads)
      throws IOException {
    DiagnosticSink diagnostics = new DiagnosticSink(input.name(), 50);
    ReadContext context = TestContexts.of(input, ZoneOffset.UTC, MAX_LINE, diagnostics);
    List<String> records = new ArrayList<>();
    context.forEachCsvRecord(
        "test",
        delimiter,
        maxColumns,
        MAX_LINE,
        (fields, line) -> records.add(line + ": " + String.join("|", fields)),
        0,
        blockSize,
        threads);
    return new Parse(records, diagnostics.diagnostics());
  }

  private static void assertSameParse(Path file, char delimiter, int maxColumns, int blockSize)
      throws IOException {
    assertSameParse(InputFile.of(file), delimiter, maxColumns, blockSize);
  }

  /** Parses {@code file} whole and in blocks on 2 and 3 threads, and checks that all agree. */
  static void assertSameParse(InputFile file, char delimiter, int maxColumns, int blockSize)
      throws IOException {
    Parse whole = parse(file, delimiter, maxColumns, blockSize, 1);
    for (int threads = 2; threads <= 3; threads++) {
      Parse blocks = parse(file, delimiter, maxColumns, blockSize, threads);
      assertThat(blocks.records())
          .as("records of %s, blocks of %d on %d threads", file, blockSize, threads)
          .isEqualTo(whole.records());
      assertThat(blocks.diagnostics())
          .as("diagnostics of %s, blocks of %d on %d threads", file, blockSize, threads)
          .isEqualTo(whole.diagnostics());
    }
  }

  static Stream<Path> csvFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder :
        List.of(
            Path.of("src/test/resources"),
            Path.of("../samples"),
            Path.of(System.getProperty("portex.shared", "../../shared"), "corpus", "real"))) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> walk = Files.walk(folder)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().toLowerCase().endsWith(".csv"))
              .sorted()
              .forEach(files::add);
        }
      }
    }
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csvFiles")
  void fixturesSamplesAndCorpusParseTheSameInBlocks(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    char delimiter = text.contains(";") && !text.contains(",") ? ';' : ',';
    int[] blockSizes =
        Files.size(file) > 64 << 10
            ? new int[] {4096, 65_536, 1 << 20}
            : new int[] {16, 97, 1024, 1 << 20};
    for (int blockSize : blockSizes) {
      assertSameParse(file, delimiter, CsvReader.DEFAULT_MAX_COLUMNS, blockSize);
    }
  }

  @Test
  void generatedTextsParseTheSameOverManyBlockSizes() throws IOException {
    SplittableRandom sizes = new SplittableRandom(17);
    for (int seed = 0; seed < 80; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      String lineEnd = seed % 4 == 3 ? "\n" : "\r\n";
      String text = csv(random, lineEnd, seed % 3 == 0);
      Charset charset = seed % 5 == 4 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
      Path file = dir.resolve("export-" + seed + ".csv");
      byte[] bytes = text.getBytes(charset);
      if (seed % 7 == 2 && charset.equals(StandardCharsets.UTF_8)) {
        byte[] marked = new byte[bytes.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, marked, 3, bytes.length);
        bytes = marked;
      }
      Files.write(file, bytes);
      for (int i = 0; i < 4; i++) {
        int blockSize = 8 + sizes.nextInt(i < 2 ? 400 : 20_000);
        assertSameParse(file, ',', seed % 11 == 5 ? 6 : CsvReader.DEFAULT_MAX_COLUMNS, blockSize);
      }
    }
  }

  @Test
  void aPlainExportIsParsedInBlocksAndAQuotedLineBreakFallsBackFromItsBlock() throws IOException {
    StringBuilder text = new StringBuilder("\"LocalAddress\",\"LocalPort\",\"State\"\r\n");
    for (int i = 0; i < 2_000; i++) {
      text.append("\"10.0.0.5\",\"").append(50_000 + i).append("\",\"TimeWait\"\r\n");
      if (i == 1_500) {
        text.append("\"10.0.0.5\",\"1\",\"a note\r\nover two lines\"\r\n");
      }
    }
    Path file = dir.resolve("export.csv");
    Files.writeString(file, text);
    Parse whole = parse(file, ',', CsvReader.DEFAULT_MAX_COLUMNS, 4096, 1);
    Parse blocks = parse(file, ',', CsvReader.DEFAULT_MAX_COLUMNS, 4096, 2);
    assertThat(whole.records()).hasSize(2_002);
    assertThat(whole.records().get(1_502)).isEqualTo("1503: 10.0.0.5|1|a note\nover two lines");
    assertThat(whole.records().get(1_503)).startsWith("1505: 10.0.0.5|51501|");
    assertThat(blocks).isEqualTo(whole);
  }

  @Test
  void aFirstBlockOfAFewCharactersGetsTheFilesLineSeparator() throws IOException {
    // a first line the parser takes (not plain), then a line longer than a block can grow to:
    // the rest is parsed on one thread with the separator the first block gave
    StringBuilder text = new StringBuilder("x\"\r\n");
    text.append("v,".repeat(3 * MAX_LINE)).append("v\r\n");
    for (int i = 0; i < 300; i++) {
      text.append("\"10.0.0.5\",\"").append(i).append("\",\"TimeWait\"\r\n");
    }
    text.append("last,1,2\r\n");
    Path file = dir.resolve("short-first-line.csv");
    Files.writeString(file, text);
    for (int blockSize : new int[] {4, 6, 64, 4096}) {
      assertSameParse(file, ',', 4 * MAX_LINE, blockSize);
    }
    assertThat(parse(file, ',', 4 * MAX_LINE, 4, 2).records()).last().isEqualTo("303: last|1|2");
  }

  @Test
  void aByteOrderMarkStartingALineIsKeptWhereverABlockBegins() throws IOException {
    for (String lineEnd : new String[] {"\n", "\r\n"}) {
      String text =
          "a,b"
              + lineEnd
              + "\uFEFF\"q\",r"
              + lineEnd
              + "\uFEFFplain,s"
              + lineEnd
              + "\"x"
              + lineEnd
              + "y\",z"
              + lineEnd
              + "c,d"
              + lineEnd;
      Path file = dir.resolve("marks.csv");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      for (int blockSize = 4; blockSize <= 40; blockSize++) {
        assertSameParse(file, ',', CsvReader.DEFAULT_MAX_COLUMNS, blockSize);
      }
      assertThat(parse(file, ',', CsvReader.DEFAULT_MAX_COLUMNS, 8, 2).records())
          .contains("2: \uFEFF\"q\"|r", "3: \uFEFFplain|s");
    }
  }

  @Test
  void emptyFieldsOfPlainLinesShareOneEmptyString() {
    byte[] line = ",,\"\",x\n".getBytes(StandardCharsets.US_ASCII);
    PlainCsvLines.Records read =
        new PlainCsvLines(StandardCharsets.UTF_8, ',', 16, 64).read(line, 0, line.length, 1, false);
    String[] fields = read.records().get(0);
    assertThat(fields).containsExactly("", "", "", "x");
    assertThat(fields[0]).isSameAs(fields[1]).isSameAs(fields[2]);
  }

  /**
   * An export-like CSV with the records that break a cut at line ends: quoted line breaks (CRLF, LF
   * and CR), stray and doubled quotes, empty lines, mixed line ends, a lone carriage return, too
   * many fields, a field too long, a quote never closed, a last line without its end; and those a
   * reading of plain lines must leave to the parser or read as it does: quotes after spaces or
   * before text, tabs, control characters, empty fields, lines of blanks.
   */
  private static String csv(SplittableRandom random, String lineEnd, boolean plain) {
    StringBuilder out = new StringBuilder();
    if (random.nextBoolean()) {
      out.append("#TYPE Microsoft.Management.Infrastructure.CimInstance").append(lineEnd);
    }
    out.append("\"LocalAddress\",\"LocalPort\",\"RemoteAddress\",\"State\",\"Note\"")
        .append(lineEnd);
    int records = 20 + random.nextInt(400);
    for (int i = 0; i < records; i++) {
      out.append("\"10.0.")
          .append(random.nextInt(4))
          .append('.')
          .append(random.nextInt(255))
          .append("\",\"")
          .append(49_152 + random.nextInt(16_000))
          .append("\",\"192.0.2.")
          .append(random.nextInt(255))
          .append("\",\"TimeWait\",");
      int kind = plain ? 0 : random.nextInt(40);
      switch (kind) {
        case 1 -> out.append("\"two\r\nlines\"");
        case 2 -> out.append("\"two\nlines\"");
        case 3 -> out.append("\"two\rlines\"");
        case 4 -> out.append("a \"stray\" quote");
        case 5 -> out.append("\"doubled \"\"quotes\"\"\"");
        case 6 -> out.append("ab\"c,\"d").append(lineEnd).append("e\"");
        case 7 -> out.append("x,y,z,w,v,u,t");
        case 8 -> out.append("\"").append("n".repeat(MAX_LINE + 10)).append('"');
        case 9 -> out.append("\"é ü ß\"");
        case 10 -> out.append("cr\ralone");
        case 11 -> out.append(" \"spaced\" ");
        case 12 -> out.append("\"closed\"early");
        case 13 -> out.append("tab\there");
        case 14 -> out.append("nul\u0000byte");
        case 15 -> out.append("\u0001control");
        case 16 -> out.append(",,\"\"");
        default -> out.append("\"\"");
      }
      if (!plain && random.nextInt(30) == 0) {
        out.append(lineEnd.equals("\n") ? "\r\n" : "\n");
      } else {
        out.append(lineEnd);
      }
      if (random.nextInt(25) == 0) {
        out.append(lineEnd);
      }
      if (random.nextInt(40) == 0) {
        out.append(random.nextBoolean() ? "   " : "\t").append(lineEnd);
      }
      if (!plain && random.nextInt(60) == 0) {
        out.append("\u0000,a line the parser takes for a comment").append(lineEnd);
      }
    }
    if (!plain && random.nextInt(6) == 0) {
      out.append("\"never closed,").append(lineEnd).append("\"1\",\"2\"").append(lineEnd);
    }
    if (random.nextBoolean()) {
      out.append("\"last\",\"1\",\"2\",\"3\",\"no line end\"");
    }
    return out.toString();
  }
}
