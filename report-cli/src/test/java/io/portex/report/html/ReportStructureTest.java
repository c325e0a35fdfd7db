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
import org.junit.jupiter.params.provider.CsvSource;
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void thePlainLinesSayWhatTheVerdictSays(String sample) throws IOException {
    Analysis analysis = analyze(sample);
    List<String> plain = Jsoup.parse(html(analysis, null)).select(".plain p").eachText();

    boolean exhausted = analysis.verdict().exhausted();
    assertThat(plain.get(0).contains(" ran out of ephemeral ports")).isEqualTo(exhausted);
    assertThat(plain.get(0)).doesNotContain(exhausted ? "did not run out" : " ran out of");
    assertThat(plain.get(1).contains("already exhausted")).isEqualTo(exhausted);
    var timeline = analysis.worst().timeline();
    if (!exhausted && timeline.projectedExhaustion() != null) {
      assertThat(plain.get(1))
          .contains(Formats.time(timeline.projectedExhaustion(), analysis.zone()));
    }
    String host = analysis.worst().host();
    assertThat(plain.get(0)).contains(host == null ? "the evidence does not name it" : host);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mixed-ticket-web01             | TIME_WAIT at its peak       | 9,040 sockets
          mixed-ticket-web01             | Closing rate vs sustainable | 37.7 / 67.2 /s
          closewait-leak-app02           | CLOSE_WAIT growth           | +800 /h
          closewait-leak-app02           | Projected full              | 08:55
          high-connections-gateway       | ESTABLISHED at the peak     | 12,000 sockets
          single-destination-proxy       | One destination's share     | 98 %
          bound-ports-anoq-app03         | BOUND at the peak           | 3,900 sockets
          small-range-fr-db01            | Capacity                    | 2,000 ports
          two-hosts-web01-web02          | Tcpip events                | 4231 × 6
          healthy-web03                  | Tcpip events                | none
          """)
  void theTilesAreThoseTheVerdictRestsOn(String sample, String label, String value)
      throws IOException {
    Document doc = Jsoup.parse(html(analyze(sample), null));

    List<String> tiles =
        doc.select(".tile").stream()
            .map(t -> t.selectFirst("span").text() + " = " + t.selectFirst("b").text())
            .toList();
    assertThat(tiles).contains(label + " = " + value);
  }

  @Test
  void theFooterNamesThePortexVersion() throws IOException {
    Document doc = Jsoup.parse(html(analyze("healthy-web03"), null));

    assertThat(doc.selectFirst("footer").text())
        .startsWith("portex " + io.portex.report.PortexVersion.get() + " ·");
  }

  @Test
  void theSameAnalysisGivesTheSameBytes() throws IOException {
    assertThat(html(analyze("two-hosts-web01-web02"), "C-1"))
        .isEqualTo(html(analyze("two-hosts-web01-web02"), "C-1"));
  }
}
