package io.portex.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.InputReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case folder is walked without leaving it, without blocking, and without losing the rest. */
class FolderWalkTest {

  @TempDir Path dir;

  private static final byte[] NETSTAT =
      ("  Proto  Local Address  Foreign Address  State  PID\r\n"
              + "  TCP    10.0.0.5:50000  10.0.0.9:1433  TIME_WAIT  0\r\n")
          .getBytes(StandardCharsets.US_ASCII);

  private Path ticket() throws IOException {
    Path ticket = Files.createDirectories(dir.resolve("case"));
    Files.write(ticket.resolve("netstat.txt"), NETSTAT);
    return ticket;
  }

  private static void mkfifo(Path path) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder("mkfifo", path.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(process.waitFor() == 0, "mkfifo failed");
  }

  private static Analysis analyze(Path... paths) {
    return Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(30), () -> Analyzer.builder().build().analyze(List.of(paths)));
  }

  private static List<String> codes(Analysis analysis) {
    return analysis.inputs().stream()
        .flatMap(i -> i.diagnostics().stream())
        .map(d -> d.code())
        .toList();
  }

  private static long records(Analysis analysis, String nameEnd) {
    return analysis.inputs().stream()
        .filter(i -> i.path().endsWith(nameEnd))
        .mapToLong(InputReport::records)
        .sum();
  }

  @Test
  void aFifoIsNamedAndNeverOpenedWhetherGivenOrFoundOrNamedZip()
      throws IOException, InterruptedException {
    Path ticket = ticket();
    mkfifo(ticket.resolve("pipe.zip"));
    mkfifo(ticket.resolve("pipe.txt"));
    Path given = dir.resolve("given.fifo");
    mkfifo(given);

    Analysis analysis = analyze(ticket, given);

    assertThat(analysis.inputs())
        .filteredOn(i -> !i.path().endsWith("netstat.txt"))
        .extracting(InputReport::path, i -> i.diagnostics().get(0).code())
        .containsExactlyInAnyOrder(
            // two paths given: each input is named from the name of the path it was found under
            tuple(dir.relativize(ticket.resolve("pipe.zip")).toString(), "bundle.special-file"),
            tuple(dir.relativize(ticket.resolve("pipe.txt")).toString(), "bundle.special-file"),
            tuple("given.fifo", "bundle.special-file"));
    assertThat(records(analysis, "netstat.txt")).isEqualTo(1);
  }

  @Test
  void linksNeverLeadOutOfTheCase() throws IOException {
    Path ticket = ticket();
    Path outside = Files.createDirectories(dir.resolve("host-files"));
    Files.write(outside.resolve("netstat-of-the-host.txt"), NETSTAT);
    Files.createSymbolicLink(ticket.resolve("host"), outside);
    Files.createSymbolicLink(ticket.resolve("passwd"), outside.resolve("netstat-of-the-host.txt"));
    Files.createSymbolicLink(ticket.resolve("again.txt"), ticket.resolve("netstat.txt"));
    Files.createSymbolicLink(ticket.resolve("up"), ticket);
    Files.createSymbolicLink(ticket.resolve("nowhere"), dir.resolve("missing"));

    FolderWalk walk = FolderWalk.of(ticket);

    assertThat(walk.files()).containsExactly(ticket.resolve("netstat.txt"));
    assertThat(walk.skipped())
        .extracting(s -> Path.of(s.name()).getFileName().toString(), Skipped::code)
        .containsExactlyInAnyOrder(
            tuple("host", "bundle.link-outside"),
            tuple("passwd", "bundle.link-outside"),
            tuple("again.txt", "bundle.link-inside"),
            tuple("up", "bundle.directory-loop"),
            tuple("nowhere", "bundle.link-dangling"));
  }

  @Test
  void aCaseFolderThatIsItselfALinkIsWalked() throws IOException {
    Path ticket = ticket();
    Path link = Files.createSymbolicLink(dir.resolve("case-link"), ticket);

    FolderWalk walk = FolderWalk.of(link);

    assertThat(walk.files()).containsExactly(link.resolve("netstat.txt"));
    assertThat(walk.skipped()).isEmpty();
  }

  @Test
  void anUnreadableSubFolderCostsThatFolderOnly() throws IOException {
    assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every folder");
    Path ticket = ticket();
    Path locked = Files.createDirectories(ticket.resolve("locked"));
    Files.write(locked.resolve("x.txt"), NETSTAT);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Analysis analysis = analyze(ticket);

      assertThat(codes(analysis)).contains("bundle.unreadable");
      assertThat(records(analysis, "netstat.txt")).isEqualTo(1);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
