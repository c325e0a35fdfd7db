package io.portex.report.html;

import io.portex.core.Analysis;
import io.portex.core.HostAnalysis;
import io.portex.core.classify.Conclusion;
import io.portex.core.classify.ExhaustionBasis;
import io.portex.core.classify.Verdict;
import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.PortEvents;
import io.portex.core.prose.Counted;
import io.portex.core.timeline.Timeline;
import io.portex.report.VerdictWords;
import io.portex.report.html.ReportView.PlainWords;
import io.portex.report.html.ReportView.Term;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The verdict in three plain lines — what happened and where, what fails for users and how urgent,
 * whose fix it is — made from the typed diagnosis (conclusion, exhaustion basis, findings, the
 * projection of the timeline), so that they say what the numbers below say.
 */
final class PlainSummary {

  static final List<Term> GLOSSARY =
      List.of(
          new Term(
              "Ephemeral port",
              "The local port Windows picks for each outbound TCP connection, from the dynamic"
                  + " port range (by default 49152–65535: 16,384 ports). When none is free, new"
                  + " outbound connections fail."),
          new Term(
              "TIME_WAIT",
              "A connection this machine closed first waits out TcpTimedWaitDelay (120 s or 240 s)"
                  + " before its port is free again. Many short connections fill the range this"
                  + " way."),
          new Term(
              "CLOSE_WAIT",
              "The other side closed the connection but the application here never closed its"
                  + " socket. They only pile up when the application forgets to close: a leak."),
          new Term(
              "BOUND",
              "A socket bound to a local port that is neither listening nor connected. It holds"
                  + " the port all the same."),
          new Term(
              "Capacity",
              "How many ephemeral ports the machine has: the dynamic range less the ranges"
                  + " excluded inside it."),
          new Term(
              "Headroom",
              "Ports still free before a limit is reached: capacity less the ports in use, or, to"
                  + " one destination, the ports a new connection to it could still use."));

  /** A projected exhaustion within this time of the last evidence is urgent. */
  static final Duration SOON = Duration.ofHours(24);

  private PlainSummary() {}

  /**
   * The snapshots the usage trend is fitted to, and the time they span: "3 snapshots in 1 minute".
   */
  static String measuredOver(Timeline timeline) {
    List<io.portex.core.timeline.SnapshotUsage> timed = timeline.timed();
    Duration span =
        Duration.between(
            timed.get(0).snapshot().time(), timed.get(timed.size() - 1).snapshot().time());
    return Counted.of(timed.size(), "snapshot", "snapshots") + " in " + duration(span);
  }

  /** A span, rounded, in the largest unit that keeps it a whole number worth saying. */
  static String duration(Duration span) {
    long seconds = span.toSeconds();
    if (seconds < 120) {
      return seconds % 60 == 0
          ? Counted.of(seconds / 60, "minute", "minutes")
          : Counted.of(seconds, "second", "seconds");
    }
    long minutes = Math.round(seconds / 60.0);
    if (minutes < 120) {
      return Counted.of(minutes, "minute", "minutes");
    }
    return minutes < 48 * 60
        ? Counted.of(Math.round(minutes / 60.0), "hour", "hours")
        : Counted.of(Math.round(minutes / 1440.0), "day", "days");
  }

  static PlainWords of(Analysis analysis) {
    HostAnalysis host = analysis.worst();
    Verdict verdict = host.verdict();
    String where = Verdicts.host(host);
    if (analysis.hosts().size() > 1) {
      where += " (the worst of " + analysis.hosts().size() + " machines)";
    }
    String subject = host.host() == null ? capitalized(where) : where;
    return new PlainWords(
        happened(host, subject),
        impact(host) + " " + urgency(host, analysis.zone()),
        owner(verdict));
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String happened(HostAnalysis host, String subject) {
    Verdict verdict = host.verdict();
    Conclusion primary = verdict.primary();
    if (primary == Conclusion.INCONCLUSIVE && verdict.exhausted()) {
      return subject
          + " ran out of ephemeral ports, but the evidence does not show which connections held"
          + " them.";
    }
    if (primary == Conclusion.INCONCLUSIVE) {
      return "The evidence does not show enough of the connections of "
          + subject
          + " to say whether its ephemeral ports ran out.";
    }
    if (primary == Conclusion.NONE) {
      return subject
          + (verdict.exhausted()
              ? " ran out of ephemeral ports, but no rule names a cause in the evidence."
              : " shows no sign of running out of ephemeral ports.");
    }
    String cause = cause(host, primary);
    return verdict.exhausted()
        ? subject + " ran out of ephemeral ports: " + cause + "."
        : subject + " did not run out of ephemeral ports, but " + cause + ".";
  }

  private static String cause(HostAnalysis host, Conclusion primary) {
    long held = host.findings().isEmpty() ? 0 : host.findings().get(0).portsHeld();
    String count = Formats.count(held);
    EphemeralCapacity capacity = host.timeline().capacity();
    return switch (primary) {
      case TIME_WAIT_ACCUMULATION ->
          "most ports in use are held by closed outbound connections waiting out TIME_WAIT (up"
              + " to "
              + count
              + ")";
      case CLOSE_WAIT_LEAK ->
          "an application leaves connections its peers closed in CLOSE_WAIT ("
              + count
              + " at the peak) and they keep growing";
      case HIGH_CONNECTION_COUNT ->
          "most ports in use are held by open (ESTABLISHED) connections ("
              + count
              + " at the peak)";
      case BOUND_PORT_LEAK ->
          "most ports in use are held by sockets bound but never connected (BOUND, "
              + count
              + " at the peak)";
      case SMALL_PORT_RANGE ->
          "its dynamic port range is small ("
              + Formats.count(capacity.effective())
              + " ports where Windows has 16,384 by default)";
      case SINGLE_DESTINATION_SATURATION ->
          "most ports in use are held by connections to a single destination ("
              + count
              + " at the peak)";
      default -> VerdictWords.label(primary);
    };
  }

  private static String impact(HostAnalysis host) {
    Verdict verdict = host.verdict();
    if (verdict.exhausted()) {
      // events say connections failed; a usage share alone says they are failing or about to
      return (verdict.exhaustedBy() == ExhaustionBasis.USAGE
              ? "At this usage new outbound connections from it fail, or are about to,"
              : "New outbound connections from it fail")
          + " with socket error 10055 (no buffer space) or 10048 (address in use): calls to"
          + " databases, web services and other back ends fail, often intermittently.";
    }
    return switch (verdict.primary()) {
      case INCONCLUSIVE ->
          "Whether outbound calls failed with socket error 10055 or 10048 cannot be told from"
              + " this evidence.";
      case NONE -> "Failures users report are not explained by a lack of ephemeral ports.";
      default ->
          "Nothing has failed for lack of ports yet; if they run out, new outbound calls fail"
              + " with socket error 10055 or 10048.";
    };
  }

  private static String urgency(HostAnalysis host, ZoneId zone) {
    Verdict verdict = host.verdict();
    Timeline timeline = host.timeline();
    String share =
        timeline
            .peak()
            .fromSnapshots()
            .map(
                p ->
                    "the peak used "
                        + Formats.percent(timeline.capacity().share(p.inUse()))
                        + " of "
                        + Formats.count(timeline.capacity().effective())
                        + " ports")
            .orElse("");
    if (verdict.exhausted()) {
      long events = PortEvents.exhaustionCount(timeline.events());
      String basis =
          verdict.exhaustedBy() == ExhaustionBasis.USAGE || events == 0
              ? share
              : "Tcpip exhaustion events logged " + Formats.count(events) + " times";
      return "Urgent: the ports are already exhausted"
          + (basis.isEmpty() ? "." : " (" + basis + ").");
    }
    if (timeline.projectedExhaustion() != null && timeline.usageGrowthPerHour() != null) {
      boolean soon =
          timeline.to() == null
              || Duration.between(timeline.to(), timeline.projectedExhaustion()).compareTo(SOON)
                  <= 0;
      // the basis of the projection beside it: three snapshots a minute apart project as far as
      // three an hour apart, and the reader should see which it was
      return (soon ? "Urgent" : "Not urgent yet")
          + ": at the growth measured over "
          + measuredOver(timeline)
          + ", "
          + Formats.count(Math.round(timeline.usageGrowthPerHour()))
          + " ports an hour, they would run out at "
          + Formats.time(timeline.projectedExhaustion(), zone)
          + ".";
    }
    if (verdict.primary() == Conclusion.INCONCLUSIVE || share.isEmpty()) {
      return "";
    }
    Double growth = timeline.usageGrowthPerHour();
    if (growth == null) {
      return capitalized(share) + "; too few timed snapshots to tell where usage is heading.";
    }
    return capitalized(share)
        + (growth <= 0
            ? "; usage is not growing."
            : "; usage grows by " + Formats.count(Math.round(growth)) + " ports an hour.");
  }

  private static String owner(Verdict verdict) {
    return switch (verdict.primary()) {
      case TIME_WAIT_ACCUMULATION ->
          "Whose fix: the application team (reuse connections: pooling, keep-alive); the OS team"
              + " can widen the port range or shorten TIME_WAIT in the meantime.";
      case CLOSE_WAIT_LEAK ->
          "Whose fix: the application team or the vendor of the process holding the CLOSE_WAIT"
              + " sockets (it must close them); a restart only frees them for a while.";
      case HIGH_CONNECTION_COUNT ->
          "Whose fix: the application team (fewer, pooled connections); the OS team can widen the"
              + " port range in the meantime.";
      case BOUND_PORT_LEAK ->
          "Whose fix: the vendor or application team of the process that binds without"
              + " connecting; a restart only frees the ports for a while.";
      case SMALL_PORT_RANGE -> "Whose fix: the OS team — widen the dynamic port range.";
      case SINGLE_DESTINATION_SATURATION ->
          "Whose fix: the application team (pool the connections to that destination) or the"
              + " destination's owners (more addresses or ports behind it); the OS team can widen"
              + " the range in the meantime.";
      case NONE ->
          verdict.exhausted()
              ? "Whose fix: the OS team first — collect the evidence listed under What to do."
              : "Whose fix: nothing to fix for ports; look elsewhere for the failures.";
      case INCONCLUSIVE -> "Next: collect the evidence listed under What to do.";
    };
  }
}
