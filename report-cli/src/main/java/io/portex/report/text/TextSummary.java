package io.portex.report.text;

import io.portex.core.Analysis;
import io.portex.core.HostAnalysis;
import io.portex.core.InputReport;
import io.portex.core.classify.Command;
import io.portex.core.classify.Conclusion;
import io.portex.core.classify.Finding;
import io.portex.core.classify.Note;
import io.portex.core.classify.Recommendation;
import io.portex.core.classify.Verdict;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.PortEvents;
import io.portex.core.model.ProcessUsage;
import io.portex.core.model.RemoteUsage;
import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import io.portex.core.model.TimeWaitDuration;
import io.portex.core.prose.Counted;
import io.portex.core.prose.ProcessName;
import io.portex.core.prose.ProseTime;
import io.portex.core.timeline.Gap;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import io.portex.report.VerdictWords;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A short plain-text summary of an analysis, for pasting into a ticket. */
public final class TextSummary {

  private static final int TOP = 5;

  /** A NONE verdict projects a full range only when it would be full within this. */
  static final Duration PROJECTION_HORIZON = Duration.ofDays(7);

  private static final List<TcpState> KEY_STATES =
      List.of(
          TcpState.ESTABLISHED,
          TcpState.TIME_WAIT,
          TcpState.CLOSE_WAIT,
          TcpState.LISTENING,
          TcpState.BOUND,
          TcpState.FIN_WAIT_2,
          TcpState.SYN_SENT,
          TcpState.UNKNOWN);

  private TextSummary() {}

  /** Lines of prose are wrapped to this width; a command is printed whole, to paste as it is. */
  static final int WIDTH = 100;

  public static void write(Analysis analysis, PrintWriter out) {
    write(analysis, out, false);
  }

  /**
   * Fix first: per host the verdict, why, what to do (with the lines to paste), the peak and its
   * top talkers; then the notes; the inventory of inputs and settings only when {@code verbose}.
   */
  public static void write(Analysis analysis, PrintWriter terminal, boolean verbose) {
    // names from the evidence (files, hosts, processes) are escaped for a terminal
    PrintWriter out = TerminalText.escaping(terminal);
    Lines lines = new Lines(out, WIDTH);
    List<HostAnalysis> hosts = analysis.hosts();
    if (hosts.size() > 1) {
      lines.wrap(
          "",
          String.format(
              Locale.ROOT,
              "Verdict of the ticket: the worst host's, %s's (%d hosts, each analysed on its own).",
              analysis.worst().label(),
              hosts.size()));
    }
    for (HostAnalysis host : hosts) {
      writeHost(analysis, host, hosts.size() > 1 || host.host() != null, lines);
    }
    List<InputReport> inputs = analysis.inputs();
    writeDiagnosticCounts(inputs, out);
    // with nothing read, the inventory is all there is to show
    if (verbose || !analysis.readAnything()) {
      out.println("Inventory:");
      for (InputReport input : inputs) {
        lines.wrap(
            "  ",
            String.format(
                Locale.ROOT,
                "%s: %s%s, %,d record(s)",
                input.path(),
                input.format(),
                input.charset().isEmpty() ? "" : " (" + input.charset() + ")",
                input.records()));
      }
      writeConfiguration(analysis, lines);
      writeTimeline(analysis, lines);
      writeEvents(analysis, lines);
    } else {
      out.printf(
          Locale.ROOT,
          "%s, %d read; --verbose lists them with the capacity, window and events%n",
          Counted.of(inputs.size(), "input", "inputs"),
          inputs.stream().filter(InputReport::recognized).count());
    }
    out.flush();
  }

  private static void writeHost(Analysis analysis, HostAnalysis host, boolean named, Lines lines) {
    Verdict verdict = host.verdict();
    String subtypes =
        verdict.subtypes().isEmpty()
            ? VerdictWords.label(verdict.primary())
            : String.join(
                " + ", verdict.subtypes().stream().map(t -> VerdictWords.label(t.name())).toList());
    lines.wrap(
        "",
        "Verdict"
            + (named ? " (" + host.label() + ")" : "")
            + ": "
            + subtypes
            + "; "
            + Exhaustion.describe(host, analysis.thresholds()));
    lines.wrap("  Why: ", verdict.basis());
    for (Finding finding :
        host.findings().subList(Math.min(1, host.findings().size()), host.findings().size())) {
      lines.wrap(
          "  Also: ", VerdictWords.label(finding.subtype().name()) + ": " + finding.summary());
    }
    List<Recommendation> todo = new ArrayList<>();
    // a fix two findings share is said once
    Set<String> ids = new HashSet<>();
    Set<String> actions = new HashSet<>();
    for (Finding finding : host.findings()) {
      for (Recommendation r : finding.recommendations()) {
        boolean newId = ids.add(r.id());
        boolean newAction = actions.add(r.action());
        if (newId && newAction) {
          todo.add(r);
        }
      }
    }
    if (!todo.isEmpty()) {
      lines.println("What to do:");
      int n = 1;
      for (Recommendation r : todo) {
        lines.wrap(String.format(Locale.ROOT, "%2d. ", n++), r.action());
        writeCommands(r.commands(), lines);
        if (!r.caveats().isEmpty()) {
          lines.wrap("    (", String.join("; ", r.caveats()) + ")");
        }
      }
    }
    host.timeline()
        .peak()
        .fromSnapshots()
        .ifPresent(peak -> writePeak(analysis, host, peak, lines));
    for (Note note : host.consistency()) {
      lines.wrap(note.warning() ? "Warning: " : "Note: ", note.message());
      writeCommands(note.commands(), lines);
    }
    if (!host.collectNext().isEmpty()) {
      lines.println("Collect next:");
      for (Note note : host.collectNext()) {
        lines.wrap("  - ", note.message());
        writeCommands(note.commands(), lines);
      }
    }
  }

  /** Each line under its label; a line is never wrapped, so that it pastes as it is. */
  private static void writeCommands(List<Command> commands, Lines lines) {
    for (Command c : commands) {
      lines.println("    " + c.label() + ":");
      lines.println("      " + c.line());
    }
  }

  /**
   * The peak snapshot: ports in use, when and where, the per-state counts the rules used (sockets
   * on local ports inside the dynamic range) and, where they differ, those of every socket; the
   * monitoring script's TIME_WAIT peak beside it; then its top talkers.
   */
  private static void writePeak(
      Analysis analysis, HostAnalysis host, SnapshotUsage usage, Lines lines) {
    Snapshot peak = usage.snapshot();
    EphemeralCapacity capacity = host.timeline().capacity();
    int inUse = usage.inUse();
    int effective = capacity.effective();
    lines.wrap(
        "",
        String.format(
            Locale.ROOT,
            "Peak: %,d of %,d ephemeral ports in use (%.0f %% of the range)",
            inUse,
            effective,
            100.0 * capacity.share(inUse)));
    lines.wrap("  at ", time(peak.time(), analysis.zone()));
    lines.wrap("  in ", peak.source().toString());
    String ephemeral = states(usage::count);
    String all = states(peak::count);
    lines.fit("  ephemeral ports: " + (ephemeral.isEmpty() ? "none" : ephemeral));
    if (!all.equals(ephemeral)) {
      lines.fit("  all sockets:     " + all);
    }
    host.timeline()
        .peak()
        .fromTimeWaitSeries()
        .ifPresent(
            series ->
                lines.wrap(
                    "  ",
                    String.format(
                        Locale.ROOT,
                        "the monitoring script counted up to %,d TIME_WAIT at %s",
                        Math.round(series.point().value()),
                        time(series.point().time(), analysis.zone()))));
    if (!peak.processes().isEmpty()) {
      lines.println("Top processes (TCP sockets):");
      List<ProcessUsage> listed =
          peak.processes().subList(0, Math.min(TOP, peak.processes().size()));
      for (ProcessUsage p : listed) {
        lines.fit(String.format(Locale.ROOT, "  %,8d  %s", p.total(), ProcessName.of(p)));
      }
      ProcessName.meanings(listed).forEach(meaning -> lines.fit("  " + meaning));
    }
    if (!peak.remotes().isEmpty()) {
      lines.println("Top remote endpoints (connections):");
      for (RemoteUsage r : peak.remotes().subList(0, Math.min(TOP, peak.remotes().size()))) {
        lines.fit(String.format(Locale.ROOT, "  %,8d  %s", r.connections(), r.remote()));
      }
    }
  }

  /** {@code TIME_WAIT 6,950 ESTABLISHED 400}: the key states with a count, in a fixed order. */
  private static String states(java.util.function.ToIntFunction<TcpState> count) {
    StringBuilder states = new StringBuilder();
    for (TcpState state : KEY_STATES) {
      int n = count.applyAsInt(state);
      if (n > 0) {
        states.append(String.format(Locale.ROOT, "%s %,d  ", state, n));
      }
    }
    return states.toString().stripTrailing();
  }

  private static void writeConfiguration(Analysis analysis, Lines out) {
    EphemeralCapacity capacity = analysis.capacity();
    out.printf(
        Locale.ROOT,
        "Capacity: %,d ports %d-%d%s, from the %s%n",
        capacity.effective(),
        capacity.start(),
        capacity.end(),
        capacity.excluded() > 0 ? " less " + capacity.excluded() + " excluded" : "",
        capacity.source());
    TimeWaitDuration timeWait = analysis.timeWait();
    if (timeWait.known()) {
      out.printf(
          Locale.ROOT, "TIME_WAIT delay: %d s (%s)%n", timeWait.seconds(), timeWait.source());
    } else {
      out.println("TIME_WAIT delay: unknown (no TcpTimedWaitDelay read): 120 s or 240 s");
    }
    for (Series series : analysis.series()) {
      series.points().stream()
          .max(Comparator.comparingDouble(SeriesPoint::value))
          .ifPresent(
              peak ->
                  out.printf(
                      Locale.ROOT,
                      "Series %s%s: %d points, peak %,.0f %s at %s%n",
                      series.name(),
                      series.host() == null ? "" : " on " + series.host(),
                      series.points().size(),
                      peak.value(),
                      series.unit(),
                      time(peak.time(), analysis.zone())));
    }
  }

  private static void writeTimeline(Analysis analysis, Lines out) {
    Timeline timeline = analysis.timeline();
    if (timeline.from() != null) {
      out.printf(
          Locale.ROOT,
          "Window: %s to %s%s%n",
          time(timeline.from(), analysis.zone()),
          time(timeline.to(), analysis.zone()),
          timeline.untimedSnapshots() > 0
              ? "; " + timeline.untimedSnapshots() + " snapshot(s) without a time"
              : "");
    }
    for (Gap gap : timeline.gaps()) {
      out.printf(
          Locale.ROOT,
          "Gap in the capture: %s to %s%n",
          time(gap.from(), analysis.zone()),
          time(gap.to(), analysis.zone()));
    }
    // a projection only where the trend means something: a verdict other than NONE, or full soon
    if (timeline.projectedExhaustion() != null
        && (analysis.verdict().primary() != Conclusion.NONE
            || timeline.projectedExhaustion().isBefore(timeline.to().plus(PROJECTION_HORIZON)))) {
      out.printf(
          Locale.ROOT,
          "Usage grows by %,.0f ports per hour: the range would be full at %s%n",
          timeline.usageGrowthPerHour(),
          time(timeline.projectedExhaustion(), analysis.zone()));
    }
  }

  private static void writeEvents(Analysis analysis, Lines out) {
    for (PortEvents events : analysis.events()) {
      if (events.count() > 0) {
        out.printf(
            Locale.ROOT,
            "Tcpip %d: %s, %s to %s%n",
            events.eventId(),
            Counted.of(events.count(), "event", "events"),
            time(events.first(), analysis.zone()),
            time(events.last(), analysis.zone()));
      }
    }
  }

  private static void writeDiagnosticCounts(List<InputReport> inputs, PrintWriter out) {
    long warnings = count(inputs, Severity.WARNING);
    long errors = count(inputs, Severity.ERROR);
    if (warnings + errors > 0) {
      out.printf(
          Locale.ROOT,
          "Diagnostics: %s, %s; the JSON (--json) lists each with file and line%n",
          Counted.of(warnings, "warning", "warnings"),
          Counted.of(errors, "error", "errors"));
    }
  }

  private static long count(List<InputReport> inputs, Severity severity) {
    return inputs.stream()
        .flatMap(i -> i.diagnostics().stream())
        .map(Diagnostic::severity)
        .filter(severity::equals)
        .count();
  }

  /** {@code 2026-03-11 09:15:01 Europe/Berlin (08:15:01Z)}: local first, as the customer saw it. */
  private static String time(Instant time, ZoneId zone) {
    if (time == null) {
      return "unknown time";
    }
    // as the findings' sentences name it, the UTC instant beside a time of another zone
    if (zone.normalized().equals(ZoneOffset.UTC)) {
      return ProseTime.of(time, zone);
    }
    String utc = DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
    return ProseTime.of(time, zone) + " (" + utc + ")";
  }
}
