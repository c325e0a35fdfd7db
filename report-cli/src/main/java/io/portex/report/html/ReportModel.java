package io.portex.report.html;

import io.portex.core.Analysis;
import io.portex.core.HostAnalysis;
import io.portex.core.InputReport;
import io.portex.core.classify.Command;
import io.portex.core.classify.Conclusion;
import io.portex.core.classify.EvidenceRef;
import io.portex.core.classify.Finding;
import io.portex.core.classify.Measurement;
import io.portex.core.classify.Note;
import io.portex.core.classify.Recommendation;
import io.portex.core.classify.Verdict;
import io.portex.core.diag.Diagnostic;
import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.EventRecord;
import io.portex.core.model.PortEvents;
import io.portex.core.model.ProcessUsage;
import io.portex.core.model.RemoteUsage;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import io.portex.core.model.TimeWaitDuration;
import io.portex.core.model.fact.DynamicPortRange;
import io.portex.core.model.fact.ExcludedPortRange;
import io.portex.core.model.fact.RegistryValue;
import io.portex.core.model.fact.TopTalkers;
import io.portex.report.chart.Chart;
import io.portex.report.chart.Charts;
import io.portex.report.chart.StateColors;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the report shows, computed: every value formatted, every list ordered, so the templates only
 * lay out. Plain maps and lists, which any template engine reads.
 */
public final class ReportModel {

  static final int TOP = 10;
  static final int EVENT_EVIDENCE = 20;

  /** Per kind of ranking: its title and the title of its key column. */
  private static final Map<TopTalkers.Kind, List<String>> TALKER_TITLES =
      Map.of(
          TopTalkers.Kind.LOCAL_PORT, List.of("Local ports", "Port"),
          TopTalkers.Kind.REMOTE_ADDRESS, List.of("Remote addresses", "Address"),
          TopTalkers.Kind.PROCESS, List.of("Processes", "PID"));

  private final Analysis analysis;
  private final ZoneId zone;

  private ReportModel(Analysis analysis) {
    this.analysis = analysis;
    this.zone = analysis.zone();
  }

  /**
   * The model of an analysis.
   *
   * @param generatedAt when the report was made, shown in its footer; null to show none (the
   *     default, so the same inputs give the same bytes)
   */
  public static Map<String, Object> of(Analysis analysis, Instant generatedAt) {
    return new ReportModel(analysis).build(generatedAt);
  }

  private Map<String, Object> build(Instant generatedAt) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("hosts", hostTitle(analysis));
    model.put("hostRows", hostRows());
    model.put("zone", zone.getId());
    model.put("window", window());
    model.put("verdict", verdict());
    model.put("keyNumbers", keyNumbers());
    model.put("todo", todo());
    model.put("findings", findings());
    model.put("charts", charts());
    model.put("colors", StateColors.all());
    model.put("peak", peak());
    model.put("talkers", talkers());
    model.put("events", events());
    model.put("configuration", configuration());
    model.put("inputs", inputs());
    model.put("consistency", notes(analysis.consistency()));
    model.put("collectNext", notes(analysis.collectNext()));
    model.put("thresholds", thresholds());
    model.put("generatedAt", generatedAt == null ? "" : Formats.utc(generatedAt));
    return model;
  }

  private String window() {
    var timeline = analysis.timeline();
    if (timeline.from() == null) {
      return "no timed evidence";
    }
    return Formats.time(timeline.from(), zone) + " to " + Formats.time(timeline.to(), zone);
  }

  /**
   * The machines the report is about, for its title: their names, or {@code host unknown} when no
   * input names one (the unnamed evidence of a ticket that names others is listed as such).
   */
  public static String hostTitle(Analysis analysis) {
    List<String> names = new ArrayList<>();
    for (HostAnalysis host : analysis.hosts()) {
      names.add(host.label());
    }
    names.sort(null);
    return String.join(", ", names);
  }

  /** One row per machine when the ticket has several, the worst first; none for one machine. */
  private List<Map<String, Object>> hostRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (analysis.hosts().size() < 2) {
      return rows;
    }
    for (HostAnalysis host : analysis.hosts()) {
      Verdict verdict = host.verdict();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("host", host.label());
      row.put("verdict", label(verdict.primary().name()));
      row.put(
          "subtypes",
          String.join(" + ", verdict.subtypes().stream().map(t -> label(t.name())).toList()));
      row.put("exhausted", verdict.exhausted() ? "yes" : "no");
      row.put("tone", tone(verdict));
      EphemeralCapacity capacity = host.timeline().capacity();
      row.put(
          "peak",
          host.timeline()
              .peak()
              .fromSnapshots()
              .map(
                  p ->
                      Formats.count(p.inUse())
                          + " of "
                          + Formats.count(capacity.effective())
                          + " ("
                          + Formats.percent(capacity.share(p.inUse()))
                          + ")")
              .orElse("no snapshot"));
      row.put("capacity", Formats.count(capacity.effective()));
      row.put("snapshots", Formats.count(host.timeline().snapshots().size()));
      row.put("basis", verdict.basis());
      rows.add(row);
    }
    return rows;
  }

  private static String tone(Verdict verdict) {
    return verdict.exhausted() ? "critical" : verdict.subtypes().isEmpty() ? "calm" : "warning";
  }

  private Map<String, Object> verdict() {
    var verdict = analysis.verdict();
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("primary", label(verdict.primary().name()));
    map.put("primaryId", verdict.primary().name());
    map.put("host", analysis.worst().label());
    List<String> subtypes = new ArrayList<>();
    verdict.subtypes().forEach(s -> subtypes.add(label(s.name())));
    map.put("subtypes", subtypes);
    map.put("exhausted", verdict.exhausted());
    map.put("confidence", Formats.percent(verdict.confidence()));
    // said as what it is: the sub-type's confidence, not whether ports ran out; none when
    // INCONCLUSIVE (nothing to be confident in)
    map.put(
        "confidenceLabel",
        verdict.primary().isSubtype()
            ? "confidence in the sub-type " + Formats.percent(verdict.confidence())
            : verdict.primary() == Conclusion.NONE
                ? "confidence " + Formats.percent(verdict.confidence())
                : "");
    map.put("basis", verdict.basis());
    map.put("tone", tone(verdict));
    return map;
  }

  /** {@code TIME_WAIT_ACCUMULATION} as a support engineer says it. */
  static String label(String id) {
    return switch (id) {
      case "TIME_WAIT_ACCUMULATION" -> "TIME_WAIT accumulation";
      case "CLOSE_WAIT_LEAK" -> "CLOSE_WAIT leak";
      case "HIGH_CONNECTION_COUNT" -> "High connection count";
      case "BOUND_PORT_LEAK" -> "BOUND port leak";
      case "SMALL_PORT_RANGE" -> "Small port range";
      case "SINGLE_DESTINATION_SATURATION" -> "Single-destination saturation";
      case "NONE" -> "No exhaustion pattern";
      case "INCONCLUSIVE" -> "Inconclusive";
      default -> id;
    };
  }

  private List<Map<String, Object>> keyNumbers() {
    List<Map<String, Object>> numbers = new ArrayList<>();
    EphemeralCapacity capacity = analysis.capacity();
    analysis
        .peak()
        .ifPresent(
            peak -> {
              int inUse = analysis.ephemeralInUse(peak);
              numbers.add(
                  keyNumber(
                      "Peak ports in use",
                      Formats.count(inUse) + " / " + Formats.count(capacity.effective()),
                      Formats.percent(capacity.share(inUse))
                          + " of the effective capacity, "
                          + Formats.time(peak.time(), zone)));
              numbers.add(
                  keyNumber(
                      "TIME_WAIT at peak", Formats.count(peak.count(TcpState.TIME_WAIT)), ""));
              numbers.add(
                  keyNumber(
                      "CLOSE_WAIT at peak", Formats.count(peak.count(TcpState.CLOSE_WAIT)), ""));
            });
    long exhaustion = PortEvents.exhaustionCount(analysis.events());
    numbers.add(
        keyNumber("Tcpip exhaustion events", Formats.count(exhaustion), "4227, 4231, 4266"));
    TimeWaitDuration timeWait = analysis.timeWait();
    if (timeWait.known()) {
      numbers.add(
          keyNumber(
              "Sustainable new connections",
              Formats.number(Math.round(10.0 * capacity.effective() / timeWait.seconds()) / 10.0)
                  + " /s",
              "with TIME_WAIT " + timeWait.seconds() + " s (" + timeWait.source() + ")"));
    } else {
      numbers.add(
          keyNumber(
              "Sustainable new connections",
              Formats.number(Math.round(10.0 * capacity.effective() / 240) / 10.0)
                  + " – "
                  + Formats.number(Math.round(10.0 * capacity.effective() / 120) / 10.0)
                  + " /s",
              "TIME_WAIT 240 s or 120 s assumed: the registry was not read"));
    }
    return numbers;
  }

  private static Map<String, Object> keyNumber(String label, String value, String note) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("label", label);
    map.put("value", value);
    map.put("note", note);
    return map;
  }

  private List<Map<String, Object>> todo() {
    List<Map<String, Object>> todo = new ArrayList<>();
    if (!analysis.findings().isEmpty()) {
      for (Recommendation r : analysis.findings().get(0).recommendations()) {
        todo.add(recommendation(r));
      }
    } else if (!analysis.collectNext().isEmpty()) {
      for (Note note : analysis.collectNext()) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("action", note.message());
        map.put("commands", commands(note.commands()));
        map.put("caveats", List.of());
        todo.add(map);
      }
    }
    return todo;
  }

  private List<Map<String, Object>> findings() {
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding finding : analysis.findings()) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("title", label(finding.subtype().name()));
      map.put("host", finding.host() == null ? "host unknown" : finding.host());
      map.put("severity", finding.severity().label());
      // the finding's confidence is in its sub-type, not in whether ports ran out
      map.put("confidence", Formats.percent(finding.confidence()) + " that it is this sub-type");
      map.put("summary", finding.summary());
      List<Map<String, Object>> measurements = new ArrayList<>();
      for (Measurement m : finding.measurements()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", m.name());
        // one number style: a share is a percentage, its basis named in the measurement
        boolean share = m.unit().equals("share");
        row.put("value", share ? Formats.percent(m.value()) : Formats.number(m.value()));
        row.put(
            "threshold",
            m.threshold() == null
                ? ""
                : m.comparison().symbol()
                    + " "
                    + (share ? Formats.percent(m.threshold()) : Formats.number(m.threshold())));
        row.put("unit", share ? "" : m.unit());
        row.put("met", m.threshold() == null ? "" : m.met() ? "yes" : "no");
        measurements.add(row);
      }
      map.put("measurements", measurements);
      List<Map<String, Object>> evidence = new ArrayList<>();
      for (EvidenceRef ref : finding.evidence()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("what", ref.what());
        row.put("source", ref.source() == null ? "" : ref.source().toString());
        row.put("time", ref.time() == null ? "" : Formats.time(ref.time(), zone));
        evidence.add(row);
      }
      map.put("evidence", evidence);
      List<Map<String, Object>> recommendations = new ArrayList<>();
      finding.recommendations().forEach(r -> recommendations.add(recommendation(r)));
      map.put("recommendations", recommendations);
      findings.add(map);
    }
    return findings;
  }

  private static Map<String, Object> recommendation(Recommendation r) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("action", r.action());
    map.put("commands", commands(r.commands()));
    map.put("caveats", r.caveats());
    return map;
  }

  /** Each line with what it is for: {@code change (cmd or PowerShell)}, and the line. */
  private static List<Map<String, Object>> commands(List<Command> commands) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Command c : commands) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("label", c.label());
      map.put("line", c.line());
      list.add(map);
    }
    return list;
  }

  /** The worst host's charts by id, their svg; a missing chart is an empty text. */
  private Map<String, Object> charts() {
    Map<String, Object> charts = new LinkedHashMap<>();
    for (String id : List.of("timeline", "states", "portrange", "capture")) {
      charts.put(id, "");
    }
    for (Chart chart : Charts.of(analysis, analysis.worst())) {
      charts.put(chart.id(), chart.svg());
    }
    return charts;
  }

  private Map<String, Object> peak() {
    Map<String, Object> map = new LinkedHashMap<>();
    Snapshot peak = analysis.peak().orElse(null);
    map.put("present", peak != null);
    if (peak == null) {
      return map;
    }
    map.put("source", peak.source().toString());
    map.put("time", Formats.time(peak.time(), zone));
    List<Map<String, Object>> states = new ArrayList<>();
    for (TcpState state : TcpState.values()) {
      int count = peak.count(state);
      if (count > 0) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("state", state.name());
        row.put("count", Formats.count(count));
        row.put(
            "share",
            Formats.percent(peak.tcpSockets() == 0 ? 0 : (double) count / peak.tcpSockets()));
        states.add(row);
      }
    }
    map.put("states", states);
    List<Map<String, Object>> processes = new ArrayList<>();
    for (ProcessUsage p : peak.processes().subList(0, Math.min(TOP, peak.processes().size()))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("pid", p.pid() >= 0 ? Integer.toString(p.pid()) : "?");
      row.put("name", p.name() == null ? (p.pid() == 0 ? "(no process: kernel)" : "") : p.name());
      row.put("total", Formats.count(p.total()));
      StringBuilder byState = new StringBuilder();
      p.states()
          .forEach(
              (state, count) ->
                  byState
                      .append(byState.length() == 0 ? "" : ", ")
                      .append(state.name())
                      .append(' ')
                      .append(Formats.count(count)));
      row.put("states", byState.toString());
      processes.add(row);
    }
    map.put("processes", processes);
    int capacity = analysis.capacity().effective();
    List<Map<String, Object>> remotes = new ArrayList<>();
    for (RemoteUsage r : peak.remotes().subList(0, Math.min(TOP, peak.remotes().size()))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("endpoint", r.remote());
      row.put("connections", Formats.count(r.connections()));
      row.put("timeWait", Formats.count(r.timeWait()));
      row.put("established", Formats.count(r.established()));
      row.put("closeWait", Formats.count(r.closeWait()));
      row.put("headroom", Formats.count(Math.max(0, capacity - r.connections())));
      remotes.add(row);
    }
    map.put("remotes", remotes);
    map.put("distinctRemotes", Formats.count(peak.distinctRemotes()));
    return map;
  }

  /**
   * The monitoring script's top-10 lists, one per kind, logged nearest the peak of its TIME_WAIT
   * counts (within {@link TopTalkers#NEAR}).
   */
  private List<Map<String, Object>> talkers() {
    List<TopTalkers> rankings = analysis.facts(TopTalkers.class);
    Optional<Series.Peak> peak = Series.highest(analysis.series(), Series.TIME_WAIT);
    List<Map<String, Object>> talkers = new ArrayList<>();
    if (peak.isEmpty()) {
      return talkers;
    }
    Instant at = peak.get().point().time();
    String file = peak.get().series().source().file();
    for (TopTalkers.Kind kind : TopTalkers.Kind.values()) {
      TopTalkers.nearest(rankings, kind, at, file)
          .ifPresent(
              ranking -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("title", TALKER_TITLES.get(kind).get(0));
                map.put("keyTitle", TALKER_TITLES.get(kind).get(1));
                map.put("time", Formats.time(ranking.time(), zone));
                map.put("source", ranking.source().toString());
                List<Map<String, Object>> entries = new ArrayList<>();
                for (TopTalkers.Entry entry :
                    ranking.entries().subList(0, Math.min(TOP, ranking.entries().size()))) {
                  entries.add(Map.of("key", entry.key(), "count", Formats.count(entry.count())));
                }
                map.put("entries", entries);
                talkers.add(map);
              });
    }
    return talkers;
  }

  private List<Map<String, Object>> events() {
    List<Map<String, Object>> events = new ArrayList<>();
    for (PortEvents tally : analysis.events()) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("id", Integer.toString(tally.eventId()));
      map.put("count", Formats.count(tally.count()));
      map.put("first", Formats.time(tally.first(), zone));
      map.put("last", Formats.time(tally.last(), zone));
      List<Map<String, Object>> records = new ArrayList<>();
      for (EventRecord record :
          tally.records().subList(0, Math.min(EVENT_EVIDENCE, tally.records().size()))) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("time", Formats.time(record.time(), zone));
        row.put("computer", record.computer() == null ? "" : record.computer());
        row.put("source", record.source().toString());
        row.put("data", String.join(" | ", record.data()));
        records.add(row);
      }
      map.put("records", records);
      events.add(map);
    }
    return events;
  }

  private Map<String, Object> configuration() {
    Map<String, Object> map = new LinkedHashMap<>();
    EphemeralCapacity capacity = analysis.capacity();
    map.put(
        "range",
        Formats.count(capacity.count()) + " ports, " + capacity.start() + "–" + capacity.end());
    map.put("excluded", Formats.count(capacity.excluded()));
    map.put("effective", Formats.count(capacity.effective()));
    map.put("source", capacity.source());
    List<String> ranges = new ArrayList<>();
    for (DynamicPortRange r : analysis.facts(DynamicPortRange.class)) {
      ranges.add(
          String.format(
              Locale.ROOT,
              "%s %s: %d–%d (%s)",
              r.protocol(),
              r.family(),
              r.start(),
              r.end(),
              r.source()));
    }
    map.put("dynamicRanges", ranges);
    List<String> exclusions = new ArrayList<>();
    for (ExcludedPortRange x : analysis.facts(ExcludedPortRange.class)) {
      exclusions.add(
          String.format(
              Locale.ROOT,
              "%s %s: %d–%d%s (%s)",
              x.protocol(),
              x.family(),
              x.start(),
              x.end(),
              x.administered() ? " (administered)" : "",
              x.source()));
    }
    map.put("exclusions", exclusions);
    List<String> registry = new ArrayList<>();
    for (RegistryValue v : analysis.facts(RegistryValue.class)) {
      registry.add(v.name() + " = " + v.value() + " (" + v.source() + ")");
    }
    map.put("registry", registry);
    TimeWaitDuration timeWait = analysis.timeWait();
    map.put(
        "timeWait",
        timeWait.known()
            ? timeWait.seconds() + " s (" + timeWait.source() + ")"
            : "unknown: TcpTimedWaitDelay was not read; 120 s and 240 s are both assumed");
    return map;
  }

  private List<Map<String, Object>> inputs() {
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (InputReport input : analysis.inputs()) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("path", input.path());
      map.put("format", input.format());
      map.put("charset", input.charset());
      map.put("records", Formats.count(input.records()));
      map.put("reason", input.reason());
      List<Map<String, Object>> diagnostics = new ArrayList<>();
      for (Diagnostic d : input.diagnostics()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
        row.put("code", d.code());
        row.put("line", d.line() > 0 ? Long.toString(d.line()) : "");
        row.put("message", d.message());
        row.put("excerpt", d.excerpt());
        diagnostics.add(row);
      }
      map.put("diagnostics", diagnostics);
      inputs.add(map);
    }
    return inputs;
  }

  private static List<Map<String, Object>> notes(List<Note> notes) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Note note : notes) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("message", note.message());
      map.put("command", note.command() == null ? "" : note.command());
      map.put("commands", commands(note.commands()));
      list.add(map);
    }
    return list;
  }

  private List<Map<String, Object>> thresholds() {
    List<Map<String, Object>> list = new ArrayList<>();
    analysis
        .thresholds()
        .asMap()
        .forEach(
            (name, value) -> {
              Map<String, Object> map = new LinkedHashMap<>();
              map.put("name", name);
              map.put("value", Formats.number(value));
              list.add(map);
            });
    return list;
  }
}
