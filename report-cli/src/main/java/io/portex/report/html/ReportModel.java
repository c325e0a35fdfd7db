package io.portex.report.html;

import io.portex.core.Analysis;
import io.portex.core.HostAnalysis;
import io.portex.report.PortexVersion;
import io.portex.report.html.ReportView.Anchor;
import io.portex.report.html.ReportView.AppendixView;
import io.portex.report.html.ReportView.FindingView;
import io.portex.report.html.ReportView.HostSection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link ReportView} of an analysis from its parts' builders, and its contents. */
public final class ReportModel {

  private ReportModel() {}

  /**
   * The view of an analysis.
   *
   * @param caseId the ticket id for the title, or null
   * @param generatedAt when the report was made, shown in its footer; null to show none (the
   *     default, so the same inputs give the same bytes)
   */
  public static ReportView of(Analysis analysis, String caseId, Instant generatedAt) {
    String ticket = caseId == null ? "" : caseId.strip();
    String hosts = hostTitle(analysis);
    Actions actions = Actions.of(analysis);
    List<HostSection> sections = new HostSections(analysis, actions).all();
    AppendixView appendix = Appendix.of(analysis);
    var verdict = Verdicts.of(analysis.worst());
    String title =
        (ticket.isEmpty() ? "" : ticket + " · ") + "portex: " + verdict.primary() + " — " + hosts;
    return new ReportView(
        title,
        ticket,
        hosts,
        analysis.hosts().size() > 1,
        window(analysis),
        analysis.zone().getId(),
        verdict,
        PlainSummary.of(analysis),
        PlainSummary.GLOSSARY,
        Tiles.of(analysis.worst(), analysis.zone()),
        actions.all(),
        toc(sections, !actions.all().isEmpty(), appendix),
        sections,
        warnings(sections),
        appendix,
        cssString(hosts + (ticket.isEmpty() ? "" : " · case " + ticket)),
        PortexVersion.get(),
        generatedAt == null ? "" : Formats.utc(generatedAt));
  }

  /**
   * A link to each machine's notes that hold a warning, for the summary: a reader who stops at the
   * verdict still learns that the evidence disagrees.
   */
  static List<Anchor> warnings(List<HostSection> sections) {
    List<Anchor> links = new ArrayList<>();
    for (HostSection section : sections) {
      long count = section.notes().stream().filter(ReportView.NoteView::warning).count();
      if (count > 0) {
        String what =
            count == 1
                ? "1 warning where the evidence disagrees"
                : count + " warnings where the evidence disagrees";
        links.add(
            new Anchor(
                section.id() + "-notes",
                sections.size() > 1 ? what + " on " + section.host() : what,
                1));
      }
    }
    return links;
  }

  /**
   * The machines the report is about, for its title: their names, worst first, or the words for a
   * machine no input names.
   */
  public static String hostTitle(Analysis analysis) {
    List<String> names = new ArrayList<>();
    for (HostAnalysis host : analysis.hosts()) {
      names.add(host.host() == null ? "host unknown" : host.host());
    }
    return String.join(", ", names);
  }

  private static String window(Analysis analysis) {
    var timeline = analysis.timeline();
    if (timeline.from() == null) {
      return "no timed evidence";
    }
    return Formats.time(timeline.from(), analysis.zone())
        + " to "
        + Formats.time(timeline.to(), analysis.zone());
  }

  private static List<Anchor> toc(
      List<HostSection> sections, boolean actions, AppendixView appendix) {
    List<Anchor> toc = new ArrayList<>();
    toc.add(new Anchor("summary", "Summary", 1));
    if (actions) {
      toc.add(new Anchor("what-to-do", "What to do", 1));
    }
    boolean several = sections.size() > 1;
    for (HostSection section : sections) {
      if (several) {
        toc.add(new Anchor(section.id(), section.host(), 1));
      }
      int level = several ? 2 : 1;
      for (FindingView f : section.findings()) {
        toc.add(new Anchor(f.id(), "Finding: " + f.title(), level));
      }
      if (!section.charts().isEmpty()) {
        toc.add(new Anchor(section.id() + "-charts", "Charts", level));
      }
      if (section.peak() != null) {
        toc.add(new Anchor(section.peak().id(), "At the peak", level));
      }
      if (!section.rankings().isEmpty()) {
        toc.add(new Anchor(section.id() + "-rankings", "What the monitoring script ranked", level));
      }
      if (!section.notes().isEmpty()) {
        toc.add(new Anchor(section.id() + "-notes", "Notes", level));
      }
    }
    toc.add(new Anchor("appendix", "Appendix: inputs, thresholds, events, configuration", 1));
    return toc;
  }

  /**
   * A CSS string literal of the text, quotes included, for the print running header: quotes,
   * backslashes, angle brackets and every non-ASCII or control character as a CSS escape.
   */
  static String cssString(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '<' || c == '>'
                  || c == '&') {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
              } else {
                out.append((char) c);
              }
            });
    return out.append('"').toString();
  }
}
