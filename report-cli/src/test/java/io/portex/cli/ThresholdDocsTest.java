package io.portex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.classify.Threshold;
import io.portex.core.classify.Thresholds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The thresholds as users read of them, generated from the rules' declarations: {@code --help}
 * through picocli's completion candidates, the README's table from this test ({@code
 * -Dgolden.update=true} rewrites it, as it rewrites the golden files).
 */
class ThresholdDocsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final String BEGIN = "<!-- thresholds: generated from the rules' declarations -->";
  private static final String END = "<!-- /thresholds -->";

  @Test
  void helpListsEveryDeclaredThresholdWithItsDefault() {
    StringWriter out = new StringWriter();
    Main.run(
        new String[] {"analyze", "--help"},
        new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true));

    String help = out.toString().replaceAll("\\s+", " ");
    assertThat(Thresholds.DEFAULT.declared()).isNotEmpty();
    for (Threshold threshold : Thresholds.DEFAULT.declared()) {
      assertThat(help).contains(ThresholdCandidates.candidate(threshold));
    }
    assertThat(help).contains("timeWaitMin=5000", "smallRangeUsageShare=0.8");
  }

  @Test
  void readmeTableIsTheDeclarations() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertThat(begin).as("README has the generated threshold table").isNotNegative();
    assertThat(end).isGreaterThan(begin);
    String actual = readme.substring(begin + BEGIN.length(), end);
    String expected = table();
    if (!actual.equals(expected) && Boolean.getBoolean("golden.update")) {
      Files.writeString(
          README,
          readme.substring(0, begin + BEGIN.length()) + expected + readme.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual)
        .as("README threshold table (-Dgolden.update=true rewrites it)")
        .isEqualTo(expected);
  }

  /** One row per declared threshold: name, default, unit, bounds, meaning. */
  static String table() {
    StringBuilder out =
        new StringBuilder("\n\n| `--threshold` | default | unit | bounds | decides |\n");
    out.append("|---|---|---|---|---|\n");
    for (Threshold t : Thresholds.DEFAULT.declared()) {
      out.append("| `")
          .append(t.name())
          .append("` | ")
          .append(ThresholdCandidates.number(t.defaultValue()))
          .append(" | ")
          .append(t.unit())
          .append(" | ")
          .append(ThresholdCandidates.number(t.min()))
          .append("–")
          .append(ThresholdCandidates.number(t.max()))
          .append(" | ")
          .append(t.description().replace("|", "\\|"))
          .append(" |\n");
    }
    return out.append('\n').toString();
  }
}
