package io.portex.report.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portex.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case names and files that try to break the batch: its outputs, its index, its terminal. */
class BatchHostileNamesTest {

  @TempDir Path dir;

  private static final byte[] NETSTAT =
      ("  Proto  Local Address  Foreign Address  State  PID\r\n"
              + "  TCP    10.0.0.5:50000  10.0.0.9:1433  TIME_WAIT  0\r\n")
          .getBytes(StandardCharsets.US_ASCII);

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true)));
    return new Run(code, out.toString(), err.toString());
  }

  private Path caseFolder(Path root, String name) throws IOException {
    Path folder = Files.createDirectories(root.resolve(name));
    Files.write(folder.resolve("netstat.txt"), NETSTAT);
    return folder;
  }

  @Test
  void casesNamedLikeTheBatchFilesDoNotTakeTheirPlace() throws IOException {
    Path root = Files.createDirectories(dir.resolve("root"));
    for (String name : List.of("summary.csv", "summary.json", "index.html", "_x", "x")) {
      caseFolder(root, name);
    }
    Path out = dir.resolve("out");

    Run run = run("batch", root.toString(), "--out", out.toString(), "--jobs", "1");

    assertThat(run.exitCode()).isZero();
    assertThat(out.resolve("summary.csv")).isRegularFile();
    assertThat(out.resolve("summary.json")).isRegularFile();
    assertThat(out.resolve("index.html")).isRegularFile();
    for (String folder : List.of("_summary.csv", "_summary.json", "_index.html", "__x", "x")) {
      assertThat(out.resolve(folder).resolve("report.html")).isRegularFile();
    }
    assertThat(Files.readAllLines(out.resolve("summary.csv"))).hasSize(6);
  }

  @Test
  void indexLinksAreRelativeAndInertForAnyCaseName() throws IOException {
    Path root = Files.createDirectories(dir.resolve("root"));
    caseFolder(root, "javascript:alert(1)");
    caseFolder(root, "a?b#c d%20");
    caseFolder(root, "\"><img src=x onerror=alert(1)>");
    Path out = dir.resolve("out");

    Run run = run("batch", root.toString(), "--out", out.toString(), "--jobs", "1");

    assertThat(run.exitCode()).isZero();
    String index = Files.readString(out.resolve("index.html"));
    Matcher links = Pattern.compile("href=\"([^\"]*)\"").matcher(index);
    int count = 0;
    while (links.find()) {
      String link = links.group(1);
      assertThat(link).startsWith("./").endsWith("/report.html").doesNotContain(":", "?", "#");
      String folder =
          java.net.URLDecoder.decode(
              link.substring(2, link.length() - "/report.html".length()).replace("+", "%2B"),
              StandardCharsets.UTF_8);
      assertThat(out.resolve(folder).resolve("report.html")).isRegularFile();
      count++;
    }
    assertThat(count).isEqualTo(3);
    assertThat(index).doesNotContain("<img src=x");
  }

  @Test
  void aFifoNamedZipInTheRootIsNamedAndNeverOpened() throws IOException, InterruptedException {
    Path root = Files.createDirectories(dir.resolve("root"));
    caseFolder(root, "good");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", root.resolve("pipe.zip").toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    Path out = dir.resolve("out");

    Run run = run("batch", root.toString(), "--out", out.toString(), "--jobs", "1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("not a case: ").contains("pipe.zip").contains("FIFO");
    assertThat(run.out()).contains("1 case(s): 1 done");
  }

  @Test
  void incrementalSeesAChangeBehindALinkedCaseAndALinkRetargeted() throws IOException {
    Path store = caseFolder(dir, "store-case");
    Path root = Files.createDirectories(dir.resolve("root"));
    Files.createSymbolicLink(root.resolve("linked"), store);
    Path other = Files.write(dir.resolve("other.txt"), NETSTAT);
    Files.createSymbolicLink(store.resolve("extra.txt"), other);
    Path out = dir.resolve("out");
    run("batch", root.toString(), "--out", out.toString());

    Run unchanged = run("batch", root.toString(), "--out", out.toString(), "--incremental");
    Files.write(store.resolve("netstat.txt"), NETSTAT, java.nio.file.StandardOpenOption.APPEND);
    Run changedBehindTheLink =
        run("batch", root.toString(), "--out", out.toString(), "--incremental");
    Files.delete(store.resolve("extra.txt"));
    Files.createSymbolicLink(store.resolve("extra.txt"), dir.resolve("elsewhere.txt"));
    Run retargeted = run("batch", root.toString(), "--out", out.toString(), "--incremental");

    assertThat(unchanged.out()).contains("1 case(s): 0 done, 1 skipped");
    assertThat(changedBehindTheLink.out()).contains("1 case(s): 1 done, 0 skipped");
    assertThat(retargeted.out()).contains("1 case(s): 1 done, 0 skipped");
  }
}
