package io.portex.core.classify;

import io.portex.core.model.TcpState;
import io.portex.core.model.fact.DynamicPortRange;
import io.portex.core.model.fact.ProcessImage;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** When the evidence is thin: the exact commands whose output would settle the question. */
public final class CollectNext {

  static final String NETSTAT_LOOP =
      "for /l %i in (1,1,12) do (echo ==== %date% %time% ==== >> netstat-loop.txt & netstat -ano"
          + " >> netstat-loop.txt & timeout /t 300 > nul)";

  private CollectNext() {}

  public static List<Note> of(Timeline timeline, Thresholds thresholds) {
    List<Note> notes = new ArrayList<>();
    List<SnapshotUsage> timed = timeline.timed();
    if (timeline.snapshots().isEmpty()) {
      notes.add(
          new Note(
              "collect.snapshots",
              "no connection table was read: capture netstat while the problem happens, every"
                  + " five minutes for an hour",
              NETSTAT_LOOP));
    } else if (timed.size() < 3 && closeWaitHigh(timeline, thresholds)) {
      notes.add(
          new Note(
              "collect.more-snapshots",
              "CLOSE_WAIT is high but fewer than three timed snapshots cannot show whether it"
                  + " grows: capture again at least three times, some minutes apart",
              NETSTAT_LOOP));
    }
    if (!timeline.partialSigns().isEmpty()) {
      notes.add(
          new Note(
              "collect.complete-capture",
              "the capture looks partial ("
                  + String.join("; ", timeline.partialSigns())
                  + "): capture netstat again into a file, not from the console window",
              "netstat -ano > netstat-full.txt"));
    }
    if (!timeline.has(DynamicPortRange.class)) {
      notes.add(
          new Note(
              "collect.dynamic-range",
              "the dynamic port range and its exclusions were not read; the default range was"
                  + " assumed",
              "netsh int ipv4 show dynamicport tcp > netsh.txt & netsh int ipv4 show"
                  + " excludedportrange protocol=tcp >> netsh.txt"));
    }
    if (!timeline.timeWait().known()) {
      notes.add(
          new Note(
              "collect.time-wait-delay",
              "TcpTimedWaitDelay was not read: both 120 s and 240 s were assumed",
              "reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters >"
                  + " tcpip-parameters.txt"));
    }
    if (unnamedProcesses(timeline) && !timeline.has(ProcessImage.class)) {
      notes.add(
          new Note(
              "collect.process-names",
              "the processes holding ports are known by PID only",
              "tasklist /svc /fo csv > tasklist.csv"));
    }
    if (timeline.events().stream().allMatch(e -> e.count() == 0)) {
      notes.add(
          new Note(
              "collect.events",
              "no Tcpip 4227/4231/4266 event was read: they say when ports ran out",
              "wevtutil qe System /q:\"*[System[Provider[@Name='Tcpip'] and (EventID=4227 or"
                  + " EventID=4231 or EventID=4266)]]\" /f:xml > tcpip-events.xml"));
    }
    return notes;
  }

  private static boolean closeWaitHigh(Timeline timeline, Thresholds thresholds) {
    double min = thresholds.get(Thresholds.CLOSE_WAIT_MIN);
    return timeline.snapshots().stream().anyMatch(s -> s.count(TcpState.CLOSE_WAIT) >= min);
  }

  private static boolean unnamedProcesses(Timeline timeline) {
    Optional<SnapshotUsage> peak = timeline.peak().fromSnapshots();
    return peak.isPresent()
        && peak.get().snapshot().processes().stream()
            .filter(p -> p.pid() > 0)
            .limit(5)
            .anyMatch(p -> p.name() == null);
  }
}
