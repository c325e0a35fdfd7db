package io.portex.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.InputReport;
import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.Snapshot;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The capture loops of "collect next", run as Windows would run them: each round's banner is the
 * one the printed line writes (its text taken from the line itself), with the date and time as
 * cmd's {@code %date% %time%} print them in several cultures or as PowerShell's {@code Get-Date
 * -Format o}; CRLF line ends; cmd's output in the OEM code page, PowerShell 5.1's Out-File in
 * UTF-16LE with a BOM (7's in UTF-8). Read back, each round is a snapshot with its own time.
 */
class CaptureLoopReadBackTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDateTime START = LocalDateTime.of(2026, 3, 11, 9, 5, 3, 120_000_000);
  private static final int ROUNDS = 3;

  /** The machine the loops run on, as %COMPUTERNAME% and $env:COMPUTERNAME give it. */
  private static final String HOST = "WEB01";

  @TempDir Path dir;

  /** Culture, cmd's %date% and %time% for it, the code page cmd writes. */
  static Stream<Arguments> cmdCultures() {
    return Stream.of(
        Arguments.of("en-US", culture("EEE MM/dd/yyyy", "H:mm:ss.SS", true), "IBM437"),
        Arguments.of("de-DE", culture("dd.MM.yyyy", "H:mm:ss,SS", true), "IBM850"),
        // 11/03/2026: day and month told apart by the file's time (written after its stamps)
        Arguments.of("en-GB", culture("dd/MM/yyyy", "HH:mm:ss.SS", false), "IBM850"),
        Arguments.of("ja-JP", culture("yyyy/MM/dd", "H:mm:ss.SS", true), "windows-31j"),
        Arguments.of("sv-SE", culture("yyyy-MM-dd", "HH:mm:ss,SS", false), "IBM850"));
  }

  /** %date% %time%: cmd pads a one-digit hour with a space. */
  private static Function<LocalDateTime, String> culture(
      String date, String time, boolean padHour) {
    DateTimeFormatter d = DateTimeFormatter.ofPattern(date, Locale.US);
    DateTimeFormatter t = DateTimeFormatter.ofPattern(time, Locale.ROOT);
    return at -> {
      String clock = t.format(at);
      if (padHour && at.getHour() < 10) {
        clock = " " + clock;
      }
      return d.format(at) + " " + clock;
    };
  }

  @ParameterizedTest
  @MethodSource("cmdCultures")
  void theCmdLoopGivesEachRoundItsOwnTime(
      String culture, Function<LocalDateTime, String> dateTime, String codePage)
      throws IOException {
    for (boolean legacy : List.of(false, true)) {
      Command loop = CaptureCommands.netstatLoop(system(legacy)).get(0);
      assertThat(loop.shell()).isEqualTo(Command.Shell.CMD);
      Matcher banner = Pattern.compile("echo (==== !date! !time! ====) ").matcher(loop.line());
      assertThat(banner.find()).as(loop.line()).isTrue();
      Matcher host = Pattern.compile("echo (COMPUTERNAME=)%COMPUTERNAME% >>").matcher(loop.line());
      assertThat(host.find()).as(loop.line()).isTrue();
      StringBuilder out = new StringBuilder();
      // %COMPUTERNAME% as cmd expands it when the line is read; echo keeps the space before >>
      out.append(host.group(1)).append(HOST).append(" \r\n");
      for (int round = 0; round < ROUNDS; round++) {
        LocalDateTime at = START.plusMinutes(5L * round);
        // echo X >> file writes X, the space before >>, CRLF
        out.append(banner.group(1).replace("!date! !time!", dateTime.apply(at))).append(" \r\n");
        out.append(netstat(round, legacy));
      }
      Path file = dir.resolve(culture + (legacy ? "-legacy" : "") + "-netstat-loop.txt");
      Files.write(file, out.toString().getBytes(Charset.forName(codePage)));
      // the file is last written by the last round
      Files.setLastModifiedTime(
          file,
          java.nio.file.attribute.FileTime.from(
              START.plusMinutes(5L * ROUNDS).atZone(BERLIN).toInstant()));
      assertDistinctTimes(file, BERLIN);
    }
  }

  @Test
  void thePowerShellLoopGivesEachRoundItsOwnTime() throws IOException {
    Command loop = CaptureCommands.netstatLoop(system(false)).get(1);
    assertThat(loop.shell()).isEqualTo(Command.Shell.POWERSHELL);
    assertThat(loop.line()).contains("Get-Date -Format o").contains("Out-File");
    Matcher banner =
        Pattern.compile("\"(==== )\\$\\(Get-Date -Format o\\)( ====)\"").matcher(loop.line());
    assertThat(banner.find()).as(loop.line()).isTrue();
    Matcher host = Pattern.compile("\"(COMPUTERNAME=)\\$env:COMPUTERNAME\"").matcher(loop.line());
    assertThat(host.find()).as(loop.line()).isTrue();
    StringBuilder out = new StringBuilder();
    out.append(host.group(1)).append(HOST).append("\r\n");
    DateTimeFormatter o = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSxxx");
    for (int round = 0; round < ROUNDS; round++) {
      LocalDateTime at = START.plusMinutes(5L * round);
      out.append(banner.group(1))
          .append(o.format(at.atZone(BERLIN)))
          .append(banner.group(2))
          .append("\r\n")
          .append(netstat(round, false));
    }
    // Windows PowerShell 5.1: Out-File writes UTF-16LE with a BOM
    Path utf16 = dir.resolve("ps51-netstat-loop.txt");
    byte[] body = out.toString().getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    Files.write(utf16, withBom);
    // the offset in the banner decides: the zone given to portex must not matter
    assertDistinctTimes(utf16, ZoneOffset.UTC);
    // PowerShell 7: UTF-8 without a BOM
    Path utf8 = dir.resolve("ps7-netstat-loop.txt");
    Files.writeString(utf8, out, StandardCharsets.UTF_8);
    assertDistinctTimes(utf8, ZoneOffset.UTC);
  }

  /** The old loop's output: every banner the same: read, and warned about. */
  @Test
  void aLoopThatDidNotRenewItsTimeIsWarnedAbout() throws IOException {
    StringBuilder out = new StringBuilder();
    for (int round = 0; round < ROUNDS; round++) {
      out.append("==== Wed 03/11/2026  9:05:03.12 ==== \r\n").append(netstat(round, false));
    }
    Path file = dir.resolve("old-netstat-loop.txt");
    Files.writeString(file, out, StandardCharsets.US_ASCII);
    Analysis analysis = Analyzer.builder().zone(BERLIN).build().analyze(List.of(file));
    assertThat(analysis.inputs())
        .flatMap(InputReport::diagnostics)
        .anyMatch(d -> d.code().equals("input.shared-timestamp"));
  }

  private static void assertDistinctTimes(Path file, ZoneId zone) {
    Analysis analysis = Analyzer.builder().zone(zone).build().analyze(List.of(file));
    List<Instant> times = analysis.snapshots().stream().map(Snapshot::time).toList();
    Instant first =
        START.atZone(BERLIN).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    assertThat(times).as(file.getFileName().toString()).hasSize(ROUNDS).doesNotContainNull();
    for (int round = 0; round < ROUNDS; round++) {
      assertThat(times.get(round).truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
          .isEqualTo(first.plusSeconds(300L * round));
    }
    assertThat(analysis.inputs())
        .flatMap(InputReport::diagnostics)
        .noneMatch(d -> d.code().equals("input.shared-timestamp"));
    // the loop's first line names the machine
    assertThat(analysis.hostNames()).as(file.getFileName().toString()).containsExactly(HOST);
  }

  /** netstat -anoq's table (legacy: -ano, no BOUND rows), different rows each round. */
  private static String netstat(int round, boolean legacy) {
    StringBuilder t = new StringBuilder();
    t.append("\r\nActive Connections\r\n\r\n");
    t.append("  Proto  Local Address          Foreign Address        State           PID\r\n");
    t.append("  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4\r\n");
    int base = legacy ? 1100 : 50000;
    for (int i = 0; i <= round + 2; i++) {
      t.append(
          String.format(
              Locale.ROOT,
              "  TCP    10.0.0.5:%-5d          10.0.0.9:443           TIME_WAIT       0\r\n",
              base + 10 * round + i));
    }
    if (!legacy) {
      t.append(
          String.format(
              Locale.ROOT,
              "  TCP    10.0.0.5:%-5d          0.0.0.0:0              BOUND           4711\r\n",
              base + 900 + round));
    }
    return t.toString();
  }

  private static TargetSystem system(boolean legacy) {
    EphemeralCapacity capacity =
        legacy ? new EphemeralCapacity(1025, 3976, 0, "legacy", true) : EphemeralCapacity.DEFAULT;
    return new TargetSystem(capacity, false, null, null, null);
  }
}
