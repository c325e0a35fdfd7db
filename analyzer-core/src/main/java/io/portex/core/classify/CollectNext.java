package io.portex.core.classify;

import io.portex.core.classify.Command.Purpose;
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

  private CollectNext() {}

  public static List<Note> of(Timeline timeline, Thresholds thresholds) {
    TargetSystem system = TargetSystem.of(timeline);
    List<Note> notes = new ArrayList<>();
    List<SnapshotUsage> timed = timeline.timed();
    if (timeline.snapshots().isEmpty()) {
      notes.add(
          new Note(
              "collect.snapshots",
              "no connection table was read: capture netstat while the problem happens, every"
                  + " five minutes for an hour (either line; each round writes its own time)",
              CaptureCommands.netstatLoop(system)));
    } else if (timed.size() < 3 && closeWaitHigh(timeline, thresholds)) {
      notes.add(
          new Note(
              "collect.more-snapshots",
              "CLOSE_WAIT is high but fewer than three timed snapshots cannot show whether it"
                  + " grows: capture every five minutes for an hour (either line)",
              CaptureCommands.netstatLoop(system)));
    }
    if (!timeline.partialSigns().isEmpty()) {
      notes.add(
          new Note(
              "collect.complete-capture",
              "the capture looks partial ("
                  + String.join("; ", timeline.partialSigns())
                  + "): capture netstat again into a file, not from the console window",
              List.of(Command.any(Purpose.CAPTURE, "netstat -ano > netstat-full.txt"))));
    }
    if (system.legacy()) {
      if (system.maxUserPort() == null) {
        notes.add(
            new Note(
                "collect.dynamic-range",
                "legacy system: MaxUserPort was not read; the legacy default 1025-5000 was"
                    + " assumed",
                List.of(CaptureCommands.tcpipParameters())));
      }
    } else if (!timeline.has(DynamicPortRange.class)) {
      notes.add(
          new Note(
              "collect.dynamic-range",
              "the dynamic port range and its exclusions were not read; the default range was"
                  + " assumed",
              CaptureCommands.dynamicRange(system)));
    }
    if (!timeline.timeWait().known() && !(system.legacy() && system.maxUserPort() == null)) {
      notes.add(
          new Note(
              "collect.time-wait-delay",
              "TcpTimedWaitDelay was not read: both 120 s and 240 s were assumed",
              List.of(CaptureCommands.tcpipParameters())));
    }
    if (unnamedProcesses(timeline) && !timeline.has(ProcessImage.class)) {
      notes.add(
          new Note(
              "collect.process-names",
              "the processes holding ports are known by PID only",
              List.of(CaptureCommands.tasklist())));
    }
    if (!system.legacy() && timeline.events().stream().allMatch(e -> e.count() == 0)) {
      notes.add(
          new Note(
              "collect.events",
              "no Tcpip 4227/4231/4266 event was read: they say when ports ran out",
              CaptureCommands.tcpipEvents(system)));
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
