package io.portex.core.format.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.TestInputs;
import io.portex.core.format.FormatRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sniffing keeps tasklist output apart from connection tables and from other CSV exports whose
 * second column is a number.
 */
class TasklistSniffTest {

  private static final List<String> FIXTURES =
      List.of(
          "tasklist/en-tasklist-csv.txt",
          "tasklist/de-tasklist-csv.txt",
          "tasklist/en-tasklist-csv-nh.txt",
          "tasklist/en-tasklist-table.txt",
          "tasklist/de-tasklist-table.txt",
          "tasklist/en-tasklist-svc-table.txt",
          "tasklist/en-tasklist-svc-csv.txt");

  @TempDir Path dir;

  private static double confidence(Path file, String format) {
    return TasklistReaderTest.analyzer().recognize(List.of(file)).get(0).candidates().stream()
        .filter(c -> c.format().id().equals(format))
        .mapToDouble(c -> c.sniff().confidence())
        .findFirst()
        .orElseThrow();
  }

  private static String winner(Path file) {
    FormatRegistry.Candidate best =
        TasklistReaderTest.analyzer().recognize(List.of(file)).get(0).candidates().get(0);
    return best.sniff().confidence() >= FormatRegistry.MIN_CONFIDENCE
        ? best.format().id()
        : "unknown";
  }

  @Test
  void noRealNetstatCaptureIsTasklist() throws IOException {
    Path folder = TestInputs.corpus("netstat/jc-win10-netstat.txt").getParent();
    List<Path> captures;
    try (Stream<Path> files = Files.list(folder)) {
      captures = files.filter(Files::isRegularFile).sorted().toList();
    }

    assertThat(captures)
        .hasSizeGreaterThan(10)
        .allSatisfy(
            file -> assertThat(confidence(file, "tasklist")).as(file.toString()).isLessThan(0.3));
  }

  @Test
  void fixturesAreTasklistAndNoConnectionTables() {
    for (String fixture : FIXTURES) {
      Path file = TestInputs.fixture(fixture);
      assertThat(confidence(file, "netstat")).as(fixture).isLessThan(0.3);
      assertThat(winner(file)).as(fixture).isEqualTo("tasklist");
    }
  }

  /** The real corpus file is Java source quoting tasklist lines in comments: not a capture. */
  @Test
  void javaSourceQuotingTasklistIsNoTasklist() {
    Path file = TestInputs.corpus("tasklist/de-en-header-comment-javacode.txt");

    assertThat(confidence(file, "tasklist")).isLessThan(0.3);
  }

  @Test
  void connectionExportWithAddressesAndPortsIsNoTasklist() {
    String text =
        "\"LocalAddress\",\"LocalPort\",\"RemoteAddress\",\"RemotePort\",\"State\",\"OwningProcess\"\n"
            + "\"0.0.0.0\",\"135\",\"0.0.0.0\",\"0\",\"Listen\",\"912\"\n"
            + "\"10.0.0.5\",\"50000\",\"10.0.0.9\",\"1433\",\"TimeWait\",\"0\"\n"
            + "\"fe80::1\",\"50001\",\"fe80::2\",\"443\",\"Established\",\"4242\"\n";
    Path headed = TestInputs.write(dir, "tcp.csv", text, StandardCharsets.UTF_8, false, "\r\n");
    Path bare =
        TestInputs.write(
            dir,
            "tcp-nh.csv",
            text.substring(text.indexOf('\n') + 1),
            StandardCharsets.UTF_8,
            false,
            "\r\n");

    assertThat(confidence(headed, "tasklist")).isLessThan(0.3);
    assertThat(confidence(bare, "tasklist")).isLessThan(0.3);
  }
}
