package io.portex.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.classify.Command;
import io.portex.core.classify.Finding;
import io.portex.core.classify.Note;
import io.portex.core.classify.Recommendation;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTML report read as a document: its links, command blocks, appendix and sections. */
class ReportStructureTest {

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

  private static String html(Analysis analysis, String caseId) throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.packaged().write(analysis, caseId, null, out);
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyInternalLinkResolvesAndTheContentsListTheSections(String sample) throws IOException {
    Document doc = Jsoup.parse(html(analyze(sample), null));

    List<String> toc = doc.select("nav.toc a").eachAttr("href");
    assertThat(toc).contains("#summary", "#appendix");
    for (Element link : doc.select("a[href^=#]")) {
      String id = link.attr("href").substring(1);
      assertThat(doc.getElementById(id)).as("target of %s", link.outerHtml()).isNotNull();
    }
    List<String> ids = doc.select("[id]").eachAttr("id");
    assertThat(ids).as("ids are unique").doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyCommandSitsInItsOwnPreBlock(String sample) throws IOException {
    Analysis analysis = analyze(sample);
    Document doc = Jsoup.parse(html(analysis, null));

    List<String> lines = new ArrayList<>();
    analysis
        .hosts()
        .forEach(
            host -> {
              for (Finding finding : host.findings()) {
                for (Recommendation r : finding.recommendations()) {
                  r.commands().forEach(c -> lines.add(c.line()));
                }
              }
              for (Note note : host.collectNext()) {
                note.commands().forEach(c -> lines.add(c.line()));
              }
              for (Note note : host.consistency()) {
                note.commands().forEach(c -> lines.add(c.line()));
              }
            });
    List<String> pres = doc.select("pre").eachText();
    for (String line : lines) {
      assertThat(pres).as("a <pre> holding exactly %s", line).contains(line);
    }
    assertThat(doc.select("code")).as("no command as inline code").isEmpty();
  }

  @Test
  void changeVerifyAndRollbackLinesAreLabelled() throws IOException {
    Document doc = Jsoup.parse(html(analyze("mixed-ticket-web01"), null));

    List<String> labels = doc.select("#what-to-do .cmd-label").eachText();
    assertThat(labels)
        .anyMatch(l -> l.startsWith(Command.Purpose.CHANGE.name().toLowerCase()))
        .anyMatch(l -> l.startsWith("verify"))
        .anyMatch(l -> l.startsWith("rollback"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theAppendixIsInsideDetails(String sample) throws IOException {
    Document doc = Jsoup.parse(html(analyze(sample), null));

    Element appendix = doc.getElementById("appendix");
    assertThat(appendix).isNotNull();
    Element details = appendix.selectFirst("details");
    assertThat(details).isNotNull();
    assertThat(details.select("tr[id^=input-]")).isNotEmpty();
    assertThat(doc.select("tr[id^=input-]").stream().allMatch(tr -> tr.closest("details") != null))
        .isTrue();
  }

  @Test
  void theCaseIdIsInTheTitleHeadingAndFooter() throws IOException {
    Analysis analysis = analyze("closewait-leak-app02");
    Document doc = Jsoup.parse(html(analysis, "INC-0042 <x>"));

    assertThat(doc.title()).startsWith("INC-0042 <x> · portex: CLOSE_WAIT leak");
    assertThat(doc.selectFirst("h1").text()).contains("case INC-0042 <x>");
    assertThat(doc.selectFirst("footer").text())
        .contains("case INC-0042 <x>")
        .startsWith("portex ");
    assertThat(doc.selectFirst("style").data())
        .contains(
            "content: \"" + ReportModel.hostTitle(analysis) + " \\b7  case INC-0042 \\3c x\\3e \"");
  }

  @Test
  void aTicketOfTwoHostsHasASectionPerHost() throws IOException {
    Analysis analysis = analyze("two-hosts-web01-web02");
    Document doc = Jsoup.parse(html(analysis, null));

    List<Element> sections = doc.select("section.host");
    assertThat(sections).hasSize(analysis.hosts().size()).hasSize(2);
    for (int i = 0; i < sections.size(); i++) {
      String host = analysis.hosts().get(i).host();
      assertThat(sections.get(i).selectFirst("h2").text()).startsWith(host);
      assertThat(doc.select("nav.toc a[href=#" + sections.get(i).id() + "]").text())
          .isEqualTo(host);
    }
    assertThat(doc.title()).contains(analysis.hosts().get(0).host() + ", ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void threePlainLinesComeBeforeTheBadges(String sample) throws IOException {
    Document doc = Jsoup.parse(html(analyze(sample), null));

    Element summary = doc.getElementById("summary");
    assertThat(summary.child(0).className()).isEqualTo("plain");
    assertThat(summary.child(0).select("p")).hasSize(3);
    assertThat(summary.child(0).select("p").eachText()).allMatch(p -> !p.isBlank());
    assertThat(summary.select("details dt").eachText())
        .contains("Ephemeral port", "TIME_WAIT", "CLOSE_WAIT", "BOUND", "Capacity", "Headroom");
  }

  @Test
  void exhaustedSaysUrgentAndNamesTheSocketErrors() throws IOException {
    for (String sample : List.of("mixed-ticket-web01", "healthy-web03")) {
      Analysis analysis = analyze(sample);
      String impact = Jsoup.parse(html(analysis, null)).select(".plain p").get(1).text();
      if (analysis.verdict().exhausted()) {
        assertThat(impact).contains("10055").contains("already exhausted");
      } else {
        assertThat(impact).doesNotContain("already exhausted");
      }
    }
  }

  @Test
  void theSameAnalysisGivesTheSameBytes() throws IOException {
    assertThat(html(analyze("two-hosts-web01-web02"), "C-1"))
        .isEqualTo(html(analyze("two-hosts-web01-web02"), "C-1"));
  }
}
