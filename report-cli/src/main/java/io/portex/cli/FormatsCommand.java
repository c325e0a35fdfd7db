package io.portex.cli;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.InputReport;
import io.portex.core.format.FormatRegistry;
import io.portex.core.format.InputFormat;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TimeSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "formats",
    mixinStandardHelpOptions = true,
    description = {
      "Says what each file is read as, and why, then what it yields: snapshots, their time range"
          + " (in the --tz zone) and the host it belongs to. Without a PATH, lists the formats."
    })
final class FormatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files to recognise.")
  List<Path> paths = List.of();

  @Option(names = "--all", description = "Show every format's confidence, not only the best.")
  boolean all;

  @Mixin ZoneOption zoneOption;

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Analyzer analyzer = Analyzer.builder().zone(zoneOption.zone()).build();
    if (paths.isEmpty()) {
      for (InputFormat format : analyzer.formats().formats()) {
        out.printf(Locale.ROOT, "%-20s %s%n", format.id(), format.description());
      }
      return ExitCode.DONE;
    }
    boolean anyKnown = false;
    // read as analyze reads them: a host or a date one file gives applies to the others
    Analysis analysis = analyzer.analyze(paths);
    Map<String, InputReport> reports = new HashMap<>();
    analysis.inputs().forEach(r -> reports.put(r.path(), r));
    for (Analyzer.Recognition recognition : analyzer.recognize(paths)) {
      if (recognition.charset() == null) {
        out.printf(Locale.ROOT, "%s: cannot be read%n", recognition.path());
        continue;
      }
      List<FormatRegistry.Candidate> candidates = recognition.candidates();
      FormatRegistry.Candidate best = candidates.isEmpty() ? null : candidates.get(0);
      boolean known = best != null && best.sniff().confidence() >= FormatRegistry.MIN_CONFIDENCE;
      anyKnown |= known;
      out.printf(
          Locale.ROOT,
          "%s: %s (confidence %.2f, charset %s) - %s%n",
          recognition.path(),
          known ? best.format().id() : "unknown",
          known ? best.sniff().confidence() : 0.0,
          recognition.charset().label(),
          known ? best.sniff().reason() : "no format is confident enough");
      out.printf(Locale.ROOT, "    charset: %s%n", recognition.charset().reason());
      InputReport report = reports.get(recognition.path());
      if (known && report != null) {
        out.printf(Locale.ROOT, "    yields: %s%n", yields(report, analysis));
      }
      if (all) {
        for (FormatRegistry.Candidate candidate : candidates) {
          out.printf(
              Locale.ROOT,
              "    %-18s %.2f  %s%n",
              candidate.format().id(),
              candidate.sniff().confidence(),
              candidate.sniff().reason());
        }
      }
    }
    return anyKnown ? ExitCode.DONE : ExitCode.NOTHING_READABLE;
  }

  /**
   * {@code 12 snapshot(s) from 2026-03-11 09:00:00 to 10:00:00 Europe/Berlin; 3,400 record(s); host
   * WEB01}.
   */
  private String yields(InputReport report, Analysis analysis) {
    List<Instant> times = new ArrayList<>();
    java.util.Set<String> hosts = new java.util.TreeSet<>();
    java.util.Set<TimeSource> sources = java.util.EnumSet.noneOf(TimeSource.class);
    int untimed = 0;
    for (Snapshot snapshot : analysis.snapshots()) {
      if (snapshot.source().file().equals(report.path())) {
        if (snapshot.host() != null) {
          hosts.add(snapshot.host());
        }
        if (snapshot.time() != null) {
          sources.add(snapshot.timeSource());
        }
        if (snapshot.time() == null) {
          untimed++;
        } else {
          times.add(snapshot.time());
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%,d snapshot(s)", report.snapshots()));
    if (!times.isEmpty()) {
      Instant first = Collections.min(times);
      Instant last = Collections.max(times);
      out.append(first.equals(last) ? " at " + time(first) : " from " + time(first) + " to ");
      if (!first.equals(last)) {
        out.append(time(last));
      }
      out.append(' ').append(zoneOption.zone().getId());
      if (!sources.contains(TimeSource.CONTENT)) {
        out.append(
            sources.contains(TimeSource.FILE_MTIME)
                ? " (the file's modification time: weak)"
                : " (from the file name)");
      }
    }
    if (untimed > 0) {
      out.append(String.format(Locale.ROOT, " (%d without a time)", untimed));
    }
    out.append(String.format(Locale.ROOT, "; %,d record(s); ", report.records()));
    // an export of several machines (PSComputerName) names each snapshot's own
    out.append(
        report.host() != null
            ? "host " + report.host()
            : hosts.isEmpty() ? "host unknown" : "hosts " + String.join(", ", hosts));
    return out.toString();
  }

  private String time(Instant instant) {
    return LOCAL.format(instant.atZone(zoneOption.zone()));
  }
}
