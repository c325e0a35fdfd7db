package io.portex.core.prose;

import io.portex.core.model.ProcessUsage;
import io.portex.core.model.Snapshot;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How every output names a process holding sockets, the verdict as the report's tables and charts
 * and the text summary: one wording, so that a reader meets the same name everywhere.
 */
public final class ProcessName {

  private ProcessName() {}

  /** What PID 0 stands for, said where it is listed. */
  public static final String PID_0_MEANS =
      "PID 0 is no process: it stands for sockets their process has let go, chiefly TIME_WAIT.";

  /** Why a process has no PID, said where one is listed. */
  public static final String NO_PID_MEANS =
      "A process without a PID: the capture has no PID column (netstat without -o).";

  /**
   * {@code java.exe (PID 3310)}, {@code PID 3310} when its image is not known, {@code no process
   * (PID 0)}, {@code other processes} (past the ones a snapshot tracks), {@code an unknown process}
   * (no PID).
   */
  public static String of(ProcessUsage process) {
    int pid = process.pid();
    if (pid == 0) {
      return "no process (PID 0)";
    }
    if (pid == Snapshot.Builder.OTHER_PROCESSES) {
      return "other processes";
    }
    if (pid < 0) {
      return "an unknown process";
    }
    return process.name() == null ? "PID " + pid : process.name() + " (PID " + pid + ")";
  }

  /**
   * The sentences that explain the names of {@code listed} ({@link #PID_0_MEANS}, {@link
   * #NO_PID_MEANS}), each once, in the order met: what goes under a list of processes.
   */
  public static List<String> meanings(List<ProcessUsage> listed) {
    Set<String> meanings = new LinkedHashSet<>();
    for (ProcessUsage process : listed) {
      int pid = process.pid();
      if (pid == 0) {
        meanings.add(PID_0_MEANS);
      } else if (pid < 0 && pid != Snapshot.Builder.OTHER_PROCESSES) {
        meanings.add(NO_PID_MEANS);
      }
    }
    return List.copyOf(meanings);
  }
}
