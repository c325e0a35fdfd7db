package io.portex.report.text;

import io.portex.core.Analysis;
import io.portex.core.InputReport;
import io.portex.core.classify.Note;
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
import io.portex.core.timeline.Gap;
import io.portex.core.timeline.Timeline;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A short plain-text summary of an analysis, for pasting into a ticket. */
public final class TextSummary {

  private static final int TOP = 5;
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
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

  /**
   * Writes the summary. Names from the evidence (files, hosts, processes) are escaped for a
   * terminal ({@link TerminalText}).
   */
  public static void write(Analysis analysis, PrintWriter terminal) {
    PrintWriter out = TerminalText.escaping(terminal);
    List<InputReport> inputs = analysis.inputs();
    long recognized = inputs.stream().filter(InputReport::recognized).count();
    out.printf(
        Locale.ROOT,
        "portex: %d input(s), %d read, %d snapshot(s); times without a zone read as %s%n",
        inputs.size(),
        recognized,
        analysis.snapshots().size(),
        analysis.zone().getId());
    List<String> hosts = analysis.hosts();
    if (hosts.size() > 1) {
      out.printf(
          Locale.ROOT,
          "Hosts: %s. The evidence comes from %d machines; figures are per snapshot, not added"
              + " up.%n",
          String.join(", ", hosts),
          hosts.size());
    } else if (hosts.size() == 1) {
      out.printf(Locale.ROOT, "Host: %s%n", hosts.get(0));
    }
    for (InputReport input : inputs) {
      out.printf(
          Locale.ROOT,
          "  %s: %s%s, %,d record(s)%n",
          input.path(),
          input.format(),
          input.charset().isEmpty() ? "" : " (" + input.charset() + ")",
          input.records());
    }
    writeConfiguration(analysis, out);
    writeTimeline(analysis, out);
    writeEvents(analysis, out);
    var verdict = analysis.verdict();
    out.printf(
        Locale.ROOT,
        "Verdict: %s%s; exhausted: %s%n  %s%n",
        verdict.primary(),
        verdict.subtypes().isEmpty() ? "" : " " + verdict.subtypes(),
        verdict.exhausted() ? "YES" : "no",
        verdict.basis());
    analysis.peak().ifPresent(peak -> writePeak(analysis, peak, out));
    writeNotes(analysis, out);
    writeDiagnosticCounts(inputs, out);
    out.flush();
  }

  private static void writePeak(Analysis analysis, Snapshot peak, PrintWriter out) {
    int inUse = analysis.ephemeralInUse(peak);
    int effective = analysis.capacity().effective();
    out.printf(
        Locale.ROOT,
        "Peak: %,d of %,d ephemeral ports in use (%.0f%%) at %s, %s%n",
        inUse,
        effective,
        100.0 * analysis.capacity().share(inUse),
        time(peak.time(), analysis.zone()),
        peak.source());
    StringBuilder states = new StringBuilder("  ");
    for (TcpState state : KEY_STATES) {
      int count = peak.count(state);
      if (count > 0) {
        states.append(String.format(Locale.ROOT, "%s %,d  ", state, count));
      }
    }
    out.printf(Locale.ROOT, "%s%n", states.toString().stripTrailing());
    if (!peak.processes().isEmpty()) {
      out.println("Top processes (TCP sockets):");
      for (ProcessUsage p : peak.processes().subList(0, Math.min(TOP, peak.processes().size()))) {
        out.printf(
            Locale.ROOT,
            "  %-28s %,8d%n",
            (p.pid() >= 0 ? "PID " + p.pid() : "PID ?") + (p.name() != null ? " " + p.name() : ""),
            p.total());
      }
    }
    if (!peak.remotes().isEmpty()) {
      out.println("Top remote endpoints (connections):");
      for (RemoteUsage r : peak.remotes().subList(0, Math.min(TOP, peak.remotes().size()))) {
        out.printf(Locale.ROOT, "  %-28s %,8d%n", r.remote(), r.connections());
      }
    }
  }

  private static void writeConfiguration(Analysis analysis, PrintWriter out) {
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

  private static void writeTimeline(Analysis analysis, PrintWriter out) {
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
    if (timeline.projectedExhaustion() != null) {
      out.printf(
          Locale.ROOT,
          "Usage grows by %,.0f ports per hour: the range would be full at %s%n",
          timeline.usageGrowthPerHour(),
          time(timeline.projectedExhaustion(), analysis.zone()));
    }
  }

  private static void writeEvents(Analysis analysis, PrintWriter out) {
    for (PortEvents events : analysis.events()) {
      if (events.count() > 0) {
        out.printf(
            Locale.ROOT,
            "Tcpip %d: %,d event(s), %s to %s%n",
            events.eventId(),
            events.count(),
            time(events.first(), analysis.zone()),
            time(events.last(), analysis.zone()));
      }
    }
  }

  private static void writeNotes(Analysis analysis, PrintWriter out) {
    for (Note note : analysis.consistency()) {
      out.printf(Locale.ROOT, "Note: %s%n", note.message());
    }
    if (!analysis.collectNext().isEmpty()) {
      out.println("Collect next:");
      for (Note note : analysis.collectNext()) {
        if (note.command() == null) {
          out.printf(Locale.ROOT, "  %s%n", note.message());
        } else {
          out.printf(Locale.ROOT, "  %s:%n    %s%n", note.message(), note.command());
        }
      }
    }
  }

  private static void writeDiagnosticCounts(List<InputReport> inputs, PrintWriter out) {
    long warnings = count(inputs, Severity.WARNING);
    long errors = count(inputs, Severity.ERROR);
    if (warnings + errors > 0) {
      out.printf(
          Locale.ROOT,
          "Diagnostics: %d warning(s), %d error(s); the JSON (--json) lists each with file and line%n",
          warnings,
          errors);
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
    String utc = DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
    if (zone.normalized().equals(ZoneOffset.UTC)) {
      return utc;
    }
    return LOCAL.format(time.atZone(zone)) + " " + zone.getId() + " (" + utc + ")";
  }
}
