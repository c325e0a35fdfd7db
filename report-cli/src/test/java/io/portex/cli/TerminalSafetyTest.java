package io.portex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.report.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the evidence names never drives the terminal, and no share is a division by zero. */
class TerminalSafetyTest {

  @TempDir Path dir;

  private static final String NETSTAT =
      "  Proto  Local Address  Foreign Address  State  PID\r\n"
          + "  TCP    10.0.0.5:50000  10.0.0.9:1433  TIME_WAIT  0\r\n";

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void escapesAndLineBreaksInNamesAreShownNotObeyed() throws IOException {
    Path ticket = Files.createDirectories(dir.resolve("ticket"));
    String evil = "netstat\u001b]0;owned\u0007\u001b[2J\nFAKE LINE\u202e.txt";
    Files.writeString(ticket.resolve(evil), NETSTAT, StandardCharsets.US_ASCII);
    Files.writeString(
        ticket.resolve("host.txt"),
        "COMPUTERNAME=WEB\u001b[31m01\r\n" + NETSTAT,
        StandardCharsets.US_ASCII);

    // --verbose: the inventory names every input, the evil name among them
    Run run = run("analyze", ticket.toString(), "--text", "--verbose");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out() + run.err())
        .doesNotContain("\u001b", "\u0007", "\u202e", "\nFAKE LINE")
        .contains("netstat\\x1b]0;owned\\x07\\x1b[2J\\nFAKE LINE\\u202e.txt");
  }

  @Test
  void escapingLeavesOrdinaryTextAloneAndIsIdempotent() {
    assertThat(TerminalText.escape("C:\\Temp\\netstat 10.0.0.1:443 ÄÖÜ 活动连接"))
        .isEqualTo("C:\\Temp\\netstat 10.0.0.1:443 ÄÖÜ 活动连接");
    String once = TerminalText.escape("a\u001bb\u009bc\td");
    assertThat(once).isEqualTo("a\\x1bb\\x9bc\\td");
    assertThat(TerminalText.escape(once)).isEqualTo(once);
  }

  @Test
  void exclusionsCoveringTheWholeRangeGiveAShareNotInfinity() throws IOException {
    Path ticket = Files.createDirectories(dir.resolve("ticket"));
    Files.writeString(
        ticket.resolve("netstat.txt"),
        NETSTAT.replace("10.0.0.5:50000", "10.0.0.5:50000"),
        StandardCharsets.US_ASCII);
    Files.writeString(
        ticket.resolve("excluded.txt"),
        "\r\nProtocol tcp Port Exclusion Ranges\r\n\r\nStart Port    End Port\r\n"
            + "----------    --------\r\n     49152       65535\r\n\r\n"
            + "* - Administered port exclusions.\r\n",
        StandardCharsets.US_ASCII);
    Path json = dir.resolve("r.json");
    Path html = dir.resolve("r.html");

    Run run =
        run(
            "analyze",
            ticket.toString(),
            "--text",
            "--json",
            json.toString(),
            "--html",
            html.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("ports ran out: 100 % of the range in use");
    for (String text : new String[] {run.out(), Files.readString(json), Files.readString(html)}) {
      assertThat(text).doesNotContain("Infinity", "NaN");
    }
  }
}
