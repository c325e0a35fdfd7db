package io.portex.report.html;

import io.portex.core.Analysis;
import io.portex.core.HostAnalysis;
import io.portex.core.classify.Command;
import io.portex.core.classify.Finding;
import io.portex.core.classify.Note;
import io.portex.core.classify.Recommendation;
import io.portex.report.VerdictWords;
import io.portex.report.html.ReportView.Action;
import io.portex.report.html.ReportView.Anchor;
import io.portex.report.html.ReportView.CommandLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What to do: every finding's fixes, host by host (the worst first), a fix that two findings of one
 * host share (same words, same lines) once with both named and the caveats of both; a host no rule
 * fired on gets what to collect next instead. Also which fixes each finding calls for, for its
 * links.
 */
final class Actions {

  private final List<Action> actions = new ArrayList<>();
  private final Map<Finding, List<Anchor>> byFinding = new LinkedHashMap<>();

  private Actions(Analysis analysis) {
    int hostIndex = 0;
    for (HostAnalysis host : analysis.hosts()) {
      hostIndex++;
      add(host, hostIndex);
    }
  }

  static Actions of(Analysis analysis) {
    return new Actions(analysis);
  }

  List<Action> all() {
    return List.copyOf(actions);
  }

  /** Links to the fixes a finding calls for. */
  List<Anchor> of(Finding finding) {
    return byFinding.getOrDefault(finding, List.of());
  }

  private void add(HostAnalysis host, int hostIndex) {
    String name = Verdicts.host(host);
    // one fix per host however many findings call for it: keyed by what it says and runs
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<String[]> because = new ArrayList<>();
    List<Action> mine = new ArrayList<>();
    for (Finding finding : host.findings()) {
      List<Anchor> links = new ArrayList<>();
      String title = VerdictWords.label(finding.subtype().name());
      for (Recommendation r : finding.recommendations()) {
        String key = r.action() + "\n" + r.commands();
        Integer index = seen.get(key);
        if (index != null) {
          Action same = mine.get(index);
          List<String> caveats = new ArrayList<>(same.caveats());
          r.caveats().stream().filter(c -> !caveats.contains(c)).forEach(caveats::add);
          mine.set(
              index, new Action(same.id(), same.host(), same.text(), "", same.commands(), caveats));
        }
        if (index == null) {
          index = mine.size();
          seen.put(key, index);
          String id = "act-" + hostIndex + "-" + (index + 1);
          mine.add(new Action(id, name, r.action(), "", commands(r.commands()), r.caveats()));
          because.add(new String[] {title});
        } else if (!List.of(because.get(index)).contains(title)) {
          List<String> titles = new ArrayList<>(List.of(because.get(index)));
          titles.add(title);
          because.set(index, titles.toArray(String[]::new));
        }
        links.add(new Anchor(mine.get(index).id(), shorten(r.action()), 0));
      }
      byFinding.put(finding, links);
    }
    if (host.findings().isEmpty()) {
      for (Note note : host.collectNext()) {
        String id = "act-" + hostIndex + "-" + (mine.size() + 1);
        mine.add(
            new Action(
                id, name, sentence(note.message()), "", commands(note.commands()), List.of()));
        because.add(new String[] {"to complete the evidence"});
      }
    }
    for (int i = 0; i < mine.size(); i++) {
      Action a = mine.get(i);
      String reason = String.join(" and ", because.get(i));
      actions.add(
          new Action(
              a.id(),
              a.host(),
              a.text(),
              reason.startsWith("to ") ? reason : "for the " + reason,
              a.commands(),
              a.caveats()));
    }
  }

  /** A note's message, said on its own: its first letter upper case. */
  private static String sentence(String message) {
    return message.isEmpty()
        ? message
        : message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
  }

  /** The first sentence of a fix, for a link to it. */
  private static String shorten(String action) {
    int end = action.indexOf(". ");
    String first = end < 0 ? action : action.substring(0, end + 1);
    return first.length() <= 120 ? first : first.substring(0, 117) + "…";
  }

  /** Each line with what it is for and where it runs. */
  static List<CommandLine> commands(List<Command> commands) {
    List<CommandLine> lines = new ArrayList<>();
    for (Command c : commands) {
      lines.add(
          new CommandLine(
              c.purpose().name().toLowerCase(Locale.ROOT), c.shell().label(), c.line()));
    }
    return lines;
  }
}
