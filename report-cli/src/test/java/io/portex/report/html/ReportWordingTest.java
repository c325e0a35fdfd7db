package io.portex.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.HostAnalysis;
import io.portex.core.classify.Note;
import io.portex.core.prose.ProcessName;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The report's wording rules, read off every sample as a customer reads the page. */
class ReportWordingTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  static Stream<String> samples() throws IOException {
    try (Stream<Path> folders = Files.list(SAMPLES)) {
      return folders
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  private static Analysis analyze(String sample) {
    return Analyzer.builder()
        .zone(ZoneId.of("Europe/Berlin"))
        .build()
        .analyze(List.of(SAMPLES.resolve(sample)));
  }

  private static Document html(Analysis analysis) throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.packaged().write(analysis, null, null, out);
    return Jsoup.parse(out.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void aWarningNoteIsShownAsAWarningFirstAndFromTheSummary(String sample) throws IOException {
    Analysis analysis = analyze(sample);
    Document doc = html(analysis);

    for (HostAnalysis host : analysis.hosts()) {
      List<Note> notes = host.consistency();
      long warnings = notes.stream().filter(Note::warning).count();
      Element section = doc.select("section.host").get(analysis.hosts().indexOf(host));
      Element list = section.selectFirst("ul.notes");
      if (notes.isEmpty() && list == null) {
        continue;
      }
      assertThat(list).as("notes of %s", host.host()).isNotNull();
      List<Element> items = list.children();
      assertThat(items.stream().filter(li -> li.hasClass("warning")).count()).isEqualTo(warnings);
      for (int i = 0; i < warnings; i++) {
        assertThat(items.get(i).hasClass("warning")).as("warnings come first").isTrue();
        assertThat(items.get(i).selectFirst("b").text()).isEqualTo("Warning:");
      }
      for (Element li : items.subList((int) warnings, items.size())) {
        assertThat(li.selectFirst("b").text()).isNotEqualTo("Warning:");
      }
      String link = "#" + section.id() + "-notes";
      assertThat(doc.select("#summary .callout.warning a[href=" + link + "]"))
          .as("the summary points at the warnings of %s", host.host())
          .hasSize(warnings > 0 ? 1 : 0);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void countsTakeTheirNounsNumberNotAParenthesisedPlural(String sample) throws IOException {
    Document doc = html(analyze(sample));
    doc.select("#appendix").remove(); // the readers' diagnostics, for the engineer, keep theirs

    assertThat(doc.body().text()).doesNotContain("(s)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theVerdictsBasisAndEachFindingStartAsASentence(String sample) throws IOException {
    Document doc = html(analyze(sample));

    List<String> paragraphs = new java.util.ArrayList<>();
    doc.select("div.finding > p:first-of-type, section.host > p")
        .forEach(p -> paragraphs.add(p.text()));
    doc.select("#summary > p:not(:has(.badge))").forEach(p -> paragraphs.add(p.text()));
    assertThat(paragraphs).isNotEmpty();
    for (String paragraph : paragraphs) {
      assertThat(paragraph)
          .as("a paragraph starts with a capital, a number or a name")
          .doesNotMatch("^(the|only|snapshots|perfmon|no) .*");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void pidZeroIsNamedAsEveryOutputNamesItAndExplained(String sample) throws IOException {
    Document doc = html(analyze(sample));

    assertThat(doc.body().text()).doesNotContain("kernel)").doesNotContain("System/idle");
    boolean listed = false;
    for (Element table : doc.select("section.host table")) {
      if (!table.select("thead th").eachText().get(0).equals("Process")) {
        continue;
      }
      for (Element row : table.select("tbody tr")) {
        if (row.child(0).text().contains("PID 0")) {
          assertThat(row.child(0).text()).isEqualTo("no process (PID 0)");
          listed = true;
        }
      }
    }
    if (listed) {
      assertThat(doc.body().text()).contains(ProcessName.PID_0_MEANS);
    }
  }

  @org.junit.jupiter.api.Test
  void aTicketOfSeveralHostsSaysEachBasisOnceAboveTheContents() throws IOException {
    Analysis analysis = analyze("two-hosts-web01-web02");
    Document doc = html(analysis);

    Element summary = doc.getElementById("summary");
    for (HostAnalysis host : analysis.hosts()) {
      String basis = Formats.sentence(host.verdict().basis());
      assertThat(summary.text().split(java.util.regex.Pattern.quote(basis), -1))
          .as("the basis of %s once in the summary", host.host())
          .hasSize(2);
    }
    assertThat(summary.text()).contains("The key numbers are WEB01's");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void aFixDoesNotSayItsOwnHeadTwice(String sample) throws IOException {
    Document doc = html(analyze(sample));

    for (Element item : doc.select("#what-to-do li")) {
      String text = item.ownText().toLowerCase(java.util.Locale.ROOT);
      if (text.startsWith("reuse connections")) {
        assertThat(text.indexOf("reuse connections", 1)).as(text).isEqualTo(-1);
      }
    }
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({
    "capture-app03-sql-churn, 3 snapshots in 1 minute",
    "closewait-leak-app02, 4 snapshots in 90 minutes",
    "mixed-ticket-web01, 4 snapshots in 25 minutes"
  })
  void aProjectionSaysWhatItWasMeasuredOver(String sample, String over) throws IOException {
    Document doc = html(analyze(sample));

    assertThat(doc.select("#summary .plain p").eachText())
        .anySatisfy(p -> assertThat(p).contains("at the growth measured over " + over + ", "));
  }

  @org.junit.jupiter.api.Test
  void aSpanIsSaidInItsLargestWholeUnit() {
    assertThat(PlainSummary.duration(java.time.Duration.ofSeconds(60))).isEqualTo("1 minute");
    assertThat(PlainSummary.duration(java.time.Duration.ofSeconds(45))).isEqualTo("45 seconds");
    assertThat(PlainSummary.duration(java.time.Duration.ofMinutes(90))).isEqualTo("90 minutes");
    assertThat(PlainSummary.duration(java.time.Duration.ofHours(5))).isEqualTo("5 hours");
    assertThat(PlainSummary.duration(java.time.Duration.ofDays(3))).isEqualTo("3 days");
  }
}
