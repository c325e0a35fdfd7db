package io.portex.report.html;

import io.portex.core.Analysis;
import io.portex.core.HostAnalysis;
import io.portex.core.InputReport;
import io.portex.core.classify.EvidenceRef;
import io.portex.core.classify.Finding;
import io.portex.core.classify.Measurement;
import io.portex.core.classify.Note;
import io.portex.core.model.ProcessUsage;
import io.portex.core.model.RemoteUsage;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import io.portex.core.model.fact.TopTalkers;
import io.portex.core.prose.ProcessName;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.report.VerdictWords;
import io.portex.report.chart.Charts;
import io.portex.report.html.ReportView.EvidenceRow;
import io.portex.report.html.ReportView.FindingView;
import io.portex.report.html.ReportView.HostSection;
import io.portex.report.html.ReportView.MeasurementRow;
import io.portex.report.html.ReportView.NoteView;
import io.portex.report.html.ReportView.PeakView;
import io.portex.report.html.ReportView.Ranking;
import io.portex.report.html.ReportView.Row;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One section per machine: its verdict, findings, charts, peak, rankings and notes. */
final class HostSections {

  /** Per kind of ranking: its title and the title of its key column. */
  private static final Map<TopTalkers.Kind, List<String>> TALKER_TITLES =
      Map.of(
          TopTalkers.Kind.LOCAL_PORT, List.of("Local ports", "Port"),
          TopTalkers.Kind.REMOTE_ADDRESS, List.of("Remote addresses", "Address"),
          TopTalkers.Kind.PROCESS, List.of("Processes", "PID"));

  private final Analysis analysis;
  private final ZoneId zone;
  private final Actions actions;

  HostSections(Analysis analysis, Actions actions) {
    this.analysis = analysis;
    this.zone = analysis.zone();
    this.actions = actions;
  }

  List<HostSection> all() {
    List<HostSection> sections = new ArrayList<>();
    int index = 0;
    for (HostAnalysis host : analysis.hosts()) {
      index++;
      sections.add(of(host, "h" + index));
    }
    return sections;
  }

  private HostSection of(HostAnalysis host, String id) {
    Optional<SnapshotUsage> peak = host.timeline().peak().fromSnapshots();
    String peakId = peak.isPresent() ? id + "-peak" : "";
    List<FindingView> findings = new ArrayList<>();
    int n = 0;
    for (Finding finding : host.findings()) {
      n++;
      findings.add(finding(finding, id + "-f" + n, peakId));
    }
    List<NoteView> notes = new ArrayList<>();
    // warnings first, worded as the text summary words them
    for (boolean warnings : new boolean[] {true, false}) {
      for (Note note : host.consistency()) {
        if (note.warning() == warnings) {
          notes.add(
              new NoteView(
                  warnings ? "Warning" : "Note",
                  warnings,
                  note.message(),
                  Actions.commands(note.commands())));
        }
      }
    }
    if (!host.findings().isEmpty()) {
      // without a finding, what to collect next is the host's action already
      for (Note note : host.collectNext()) {
        notes.add(
            new NoteView("Collect next", false, note.message(), Actions.commands(note.commands())));
      }
    }
    return new HostSection(
        id,
        Verdicts.host(host),
        Verdicts.of(host),
        findings,
        Charts.of(analysis, host),
        peak.map(p -> peak(p, peakId, host)).orElse(null),
        rankings(host),
        notes);
  }

  private FindingView finding(Finding finding, String id, String peakId) {
    List<MeasurementRow> measurements = new ArrayList<>();
    for (Measurement m : finding.measurements()) {
      // one number style: a share is a percentage, its basis named in the measurement
      boolean share = m.unit().equals("share");
      measurements.add(
          new MeasurementRow(
              m.name(),
              share ? Formats.percent(m.value()) : Formats.number(m.value()),
              m.threshold() == null
                  ? ""
                  : m.comparison().symbol()
                      + " "
                      + (share ? Formats.percent(m.threshold()) : Formats.number(m.threshold())),
              share ? "" : m.unit(),
              m.threshold() == null ? "" : m.met() ? "yes" : "no"));
    }
    List<EvidenceRow> evidence = new ArrayList<>();
    for (EvidenceRef ref : finding.evidence()) {
      evidence.add(
          new EvidenceRow(
              ref.what(),
              ref.source() == null ? "" : ref.source().toString(),
              ref.time() == null ? "" : Formats.time(ref.time(), zone),
              ref.source() == null ? "" : inputAnchor(ref.source().file())));
    }
    return new FindingView(
        id,
        VerdictWords.label(finding.subtype().name()),
        finding.severity().label(),
        // the finding's confidence is in its sub-type, not in whether ports ran out
        Formats.percent(finding.confidence()) + " that it is this sub-type",
        Formats.sentence(finding.summary()),
        measurements,
        evidence,
        actions.of(finding),
        peakId);
  }

  /** The appendix row of the input a file belongs to, or empty. */
  private String inputAnchor(String file) {
    List<InputReport> inputs = analysis.inputs();
    for (int i = 0; i < inputs.size(); i++) {
      String path = inputs.get(i).path();
      if (file.equals(path) || file.startsWith(path + "!") || file.startsWith(path + "/")) {
        return "#" + Appendix.inputId(i);
      }
    }
    return "";
  }

  private PeakView peak(SnapshotUsage usage, String id, HostAnalysis host) {
    Snapshot peak = usage.snapshot();
    List<Row> states = new ArrayList<>();
    for (TcpState state : TcpState.values()) {
      int count = peak.count(state);
      if (count > 0) {
        states.add(
            Listings.row(
                state.name(),
                Formats.count(count),
                Formats.percent(peak.tcpSockets() == 0 ? 0 : (double) count / peak.tcpSockets())));
      }
    }
    int capacity = host.timeline().capacity().effective();
    return new PeakView(
        id,
        Formats.time(peak.time(), zone),
        peak.source().toString(),
        states,
        Listings.of(
                peak.processes(),
                ProcessUsage::total,
                ProcessName::of,
                p -> Listings.row(ProcessName.of(p), Formats.count(p.total()), byState(p)))
            .withNotes(
                ProcessName.meanings(
                    peak.processes().subList(0, Math.min(Listings.TOP, peak.processes().size())))),
        Listings.of(
            peak.remotes(),
            RemoteUsage::connections,
            RemoteUsage::remote,
            r ->
                Listings.row(
                    r.remote(),
                    Formats.count(r.connections()),
                    Formats.count(r.timeWait()),
                    Formats.count(r.established()),
                    Formats.count(r.closeWait()),
                    Formats.count(Math.max(0, capacity - r.connections())))));
  }

  private static String byState(ProcessUsage p) {
    StringBuilder byState = new StringBuilder();
    p.states()
        .forEach(
            (state, count) ->
                byState
                    .append(byState.length() == 0 ? "" : ", ")
                    .append(state.name())
                    .append(' ')
                    .append(Formats.count(count)));
    return byState.toString();
  }

  /**
   * The monitoring script's top-10 lists, one per kind, logged nearest the peak of its TIME_WAIT
   * counts (within {@link TopTalkers#NEAR}).
   */
  private List<Ranking> rankings(HostAnalysis host) {
    List<TopTalkers> all = host.timeline().facts(TopTalkers.class);
    Optional<Series.Peak> peak = host.timeline().peak().fromTimeWaitSeries();
    List<Ranking> rankings = new ArrayList<>();
    if (peak.isEmpty()) {
      return rankings;
    }
    Instant at = peak.get().point().time();
    String file = peak.get().series().source().file();
    for (TopTalkers.Kind kind : TopTalkers.Kind.values()) {
      TopTalkers.nearest(all, kind, at, file)
          .ifPresent(
              ranking ->
                  rankings.add(
                      new Ranking(
                          TALKER_TITLES.get(kind).get(0),
                          TALKER_TITLES.get(kind).get(1),
                          Formats.time(ranking.time(), zone),
                          ranking.source().toString(),
                          Listings.of(
                              ranking.entries(),
                              TopTalkers.Entry::count,
                              TopTalkers.Entry::key,
                              e -> Listings.row(e.key(), Formats.count(e.count()))))));
    }
    return rankings;
  }
}
