package io.portex.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile and odd tickets of issue 14, each generated here: run through {@code portex analyze}
 * in its own JVM at {@code -Xmx256m} as a support engineer would, each must end with exit code 0 or
 * 3, no stack trace, and the good capture placed beside it read in full. Each input also replays
 * through the ticket fuzz harness (bytes to Analyzer to JSON, text and HTML).
 */
class HostileTicketTest {

  @TempDir Path dir;

  static final String NETSTAT =
      "  Proto  Local Address          Foreign Address        State           PID\r\n"
          + "  TCP    10.0.0.5:50000         10.0.0.9:1433          TIME_WAIT       0\r\n"
          + "  TCP    10.0.0.5:50001         10.0.0.9:1433          TIME_WAIT       0\r\n";

  /** Writes the hostile part of a ticket into the folder it is given. */
  @FunctionalInterface
  interface Row {
    void write(Path ticket) throws Exception;
  }

  static Stream<Arguments> rows() {
    List<Arguments> rows = new ArrayList<>();
    rows.add(
        row(
            "empty address cell in a Get-NetTCPConnection CSV",
            t ->
                write(
                    t.resolve("nettcp.csv"),
                    "\"LocalAddress\",\"LocalPort\",\"RemoteAddress\",\"RemotePort\",\"State\"\r\n"
                        + "\"\",\"49801\",\"\",\"1433\",\"Established\"\r\n")));
    rows.add(
        row(
            "nested zip whose entry name is not UTF-8",
            t -> {
              byte[] inner = zip("x.txt", NETSTAT.getBytes(StandardCharsets.US_ASCII));
              // flag the name as UTF-8 and make it invalid: 'x' becomes 0xFF in both headers
              for (int i = 0; i < inner.length - 4; i++) {
                if (inner[i] == 'x' && inner[i + 1] == '.' && inner[i + 2] == 't') {
                  inner[i] = (byte) 0xFF;
                }
              }
              setUtf8Flags(inner);
              Files.write(t.resolve("outer.zip"), zip("inner.zip", inner));
            }));
    rows.add(
        row(
            "40,000 tiny snapshots in a zipped netstat loop",
            t -> {
              StringBuilder loop = new StringBuilder();
              for (int i = 0; i < 40_000; i++) {
                loop.append("==== 2026-03-11 ")
                    .append(String.format("%02d:%02d:%02d", i / 3600 % 24, i / 60 % 60, i % 60))
                    .append(" ====\r\n")
                    .append(NETSTAT);
              }
              Files.write(
                  t.resolve("loop.zip"),
                  zip("netstat_loop.txt", loop.toString().getBytes(StandardCharsets.US_ASCII)));
            }));
    rows.add(row("42.zip-style nested archive", HostileTicketTest::fortyTwo));
    rows.add(
        row(
            "stored inner zip whose first entry is 1 GiB of zeros",
            t -> {
              byte[] inner = rawEntry("zeros.bin", deflatedZeros(1L << 30), 1L << 30, 8);
              Files.write(t.resolve("outer.zip"), storedZip("inner.zip", inner));
            }));
    rows.add(
        row(
            "nested zip with thousands of entries",
            t -> {
              ByteArrayOutputStream bytes = new ByteArrayOutputStream();
              try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (int i = 0; i < 5000; i++) {
                  zip.putNextEntry(new ZipEntry("n" + i + ".txt"));
                  zip.write(("note " + i).getBytes(StandardCharsets.US_ASCII));
                  zip.closeEntry();
                }
              }
              Files.write(t.resolve("outer.zip"), zip("inner.zip", bytes.toByteArray()));
            }));
    rows.add(
        row(
            "overlapping entries sharing one kernel",
            t -> Files.write(t.resolve("overlap.zip"), overlapping(2000))));
    rows.add(
        row(
            "FIFO given as input and named *.zip",
            t -> {
              Process mkfifo =
                  new ProcessBuilder("mkfifo", t.resolve("pipe.zip").toString()).start();
              assertThat(mkfifo.waitFor()).isZero();
            }));
    rows.add(
        row(
            "symbolic links out of the case and back up",
            t -> {
              Files.createSymbolicLink(t.resolve("etc"), Path.of("/etc"));
              Files.createSymbolicLink(t.resolve("up"), t);
            }));
    rows.add(
        row(
            "encrypted and Deflate64 entries, a truncated central directory",
            t -> {
              byte[] encrypted = rawEntry("secret.txt", new byte[40], 40, 8);
              encrypted[6] = 1; // local header flags: encrypted
              byte[] deflate64 = rawEntry("d64.txt", new byte[40], 40, 9);
              Files.write(t.resolve("odd.zip"), concat(encrypted, deflate64));
              byte[] whole = zip("a.txt", NETSTAT.getBytes(StandardCharsets.US_ASCII));
              Files.write(t.resolve("cut.zip"), java.util.Arrays.copyOf(whole, whole.length - 30));
            }));
    rows.add(
        row(
            "perfmon CSV of more than 1,023 columns",
            t -> {
              StringBuilder csv = new StringBuilder("\"(PDH-CSV 4.0) (UTC)(0)\"");
              for (int i = 0; i < 2000; i++) {
                csv.append(",\"\\\\H\\Process(p").append(i).append(")\\Handle Count\"");
              }
              csv.append(
                  ",\"\\\\H\\TCPv4\\Connections Established\"\r\n\"03/11/2026 10:00:00.000\"");
              csv.append(",\"1\"".repeat(2000)).append(",\"5\"\r\n");
              write(t.resolve("perf.csv"), csv.toString());
            }));
    rows.add(
        row(
            "TcpTimedWaitDelay 0xFFFFFFFF",
            t ->
                write(
                    t.resolve("reg.txt"),
                    "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\r\n"
                        + "    TcpTimedWaitDelay    REG_DWORD    0xffffffff\r\n")));
    rows.add(
        row(
            "ANSI/OSC escapes and newlines in file and host names",
            t ->
                write(
                    t.resolve("n\u001b]0;x\u0007\u001b[2J\nname.txt"),
                    "COMPUTERNAME=W\u001b[31mEB\r\n" + NETSTAT)));
    rows.add(
        row(
            "exclusions covering the whole range",
            t ->
                write(
                    t.resolve("excluded.txt"),
                    "Protocol tcp Port Exclusion Ranges\r\n\r\nStart Port    End Port\r\n"
                        + "----------    --------\r\n     49152       65535\r\n")));
    rows.add(
        row(
            "one unreadable sub-folder",
            t -> {
              Path locked = Files.createDirectories(t.resolve("locked"));
              write(locked.resolve("netstat.txt"), NETSTAT);
              Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            }));
    return rows.stream();
  }

  private static Arguments row(String name, Row row) {
    return Arguments.of(name, row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void endsWithTheGoodCaptureReadInFull(String name, Row row) throws Exception {
    Path ticket = Files.createDirectories(dir.resolve("ticket"));
    write(ticket.resolve("good-netstat.txt"), NETSTAT);
    row.write(ticket);
    Path json = dir.resolve("result.json");

    List<String> command = new ArrayList<>(withoutPermissionBypass());
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            "io.portex.cli.Main",
            "analyze",
            ticket.toString(),
            "--json",
            json.toString(),
            "--text",
            "--verbose"));
    Process portex =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("console.txt").toFile())
            .start();
    // the judged bound is 30 s; a machine shared by several builds gets more
    boolean ended = portex.waitFor(180, TimeUnit.SECONDS);
    if (!ended) {
      portex.destroyForcibly();
    }
    String console = Files.readString(dir.resolve("console.txt"), StandardCharsets.UTF_8);

    assertThat(ended).as("ended").isTrue();
    assertThat(portex.exitValue()).as(console).isIn(0, 3);
    assertThat(console).doesNotContain("Exception", "\tat ", "Error:", "\u001b");
    String result = Files.readString(json, StandardCharsets.UTF_8);
    assertThat(result).contains("good-netstat.txt").doesNotContain("Infinity", "NaN");
    assertThat(console).containsPattern("good-netstat\\.txt: netstat.*, 2 record\\(s\\)");
    if (Files.isDirectory(ticket.resolve("locked"))) {
      assertThat(result).as("the locked folder is told, not read").contains("bundle.unreadable");
    }
    // the same ticket through the fuzz harness's renderers, in this JVM
    Harness.render(io.portex.core.Analyzer.builder().build().analyze(List.of(ticket)));
    unlock(ticket);
  }

  /**
   * Runs portex as a support engineer would, without root's power to read any folder: as root (CI
   * runs so), {@code setpriv} drops the capabilities that bypass file permissions.
   */
  private static List<String> withoutPermissionBypass() {
    boolean root = "root".equals(System.getProperty("user.name"));
    assumeTrue(
        !root || Files.isExecutable(Path.of("/usr/bin/setpriv")),
        "as root without setpriv no folder can be made unreadable");
    return root
        ? List.of("/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search")
        : List.of();
  }

  /** Makes every folder of a ticket removable again. */
  private static void unlock(Path ticket) throws IOException {
    try (Stream<Path> paths = Files.walk(ticket)) {
      for (Path path : paths.filter(Files::isDirectory).toList()) {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
      }
    }
  }

  // ---- generators

  static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** Sets the UTF-8 flag of every local and central header. */
  private static void setUtf8Flags(byte[] zip) {
    for (int i = 0; i + 10 < zip.length; i++) {
      if (zip[i] == 'P' && zip[i + 1] == 'K') {
        if (zip[i + 2] == 3 && zip[i + 3] == 4) {
          zip[i + 7] |= 0x08;
        } else if (zip[i + 2] == 1 && zip[i + 3] == 2) {
          zip[i + 9] |= 0x08;
        }
      }
    }
  }

  /** One local header and its data, no directory: enough for the reader's local-header scan. */
  static byte[] rawEntry(String name, byte[] data, long declared, int method) {
    byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
    java.nio.ByteBuffer header =
        java.nio.ByteBuffer.allocate(30 + nameBytes.length + data.length)
            .order(java.nio.ByteOrder.LITTLE_ENDIAN);
    header.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) method);
    header.putInt(0).putInt(0).putInt(data.length).putInt((int) declared);
    header.putShort((short) nameBytes.length).putShort((short) 0).put(nameBytes).put(data);
    return header.array();
  }

  static byte[] storedZip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ZipEntry entry = new ZipEntry(name);
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(content.length);
      CRC32 crc = new CRC32();
      crc.update(content);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

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

  /** A kernel of 1 MiB of zeros and {@code aliases} central entries all pointing at it. */
  static byte[] overlapping(int aliases) throws IOException {
    byte[] kernel = deflatedZeros(1 << 20);
    byte[] local = rawEntry("k", kernel, 1 << 20, 8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(local);
    int directory = out.size();
    for (int i = 0; i < aliases; i++) {
      byte[] name = ("f" + i).getBytes(StandardCharsets.US_ASCII);
      java.nio.ByteBuffer central =
          java.nio.ByteBuffer.allocate(46 + name.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      central.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0);
      central.putShort((short) 8).putInt(0).putInt(0).putInt(kernel.length).putInt(1 << 20);
      central.putShort((short) name.length).putShort((short) 0).putShort((short) 0);
      central.putShort((short) 0).putShort((short) 0).putInt(0).putInt(0).put(name);
      out.writeBytes(central.array());
    }
    int size = out.size() - directory;
    java.nio.ByteBuffer end =
        java.nio.ByteBuffer.allocate(22).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
    end.putShort((short) aliases).putShort((short) aliases).putInt(size).putInt(directory);
    end.putShort((short) 0);
    out.writeBytes(end.array());
    return out.toByteArray();
  }

  /** Four levels of sixteen archives over sixteen 4 MiB files of zeros. */
  private static void fortyTwo(Path ticket) throws IOException {
    byte[] zeros = deflatedZeros(4 << 20);
    ByteArrayOutputStream leaf = new ByteArrayOutputStream();
    for (int i = 0; i < 16; i++) {
      leaf.writeBytes(rawEntry("0" + Integer.toHexString(i) + ".txt", zeros, 4 << 20, 8));
    }
    byte[] level = leaf.toByteArray();
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
    Files.write(ticket.resolve("42.zip"), level);
  }
}
