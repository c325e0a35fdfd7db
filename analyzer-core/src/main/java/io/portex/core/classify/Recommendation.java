package io.portex.core.classify;

import java.util.List;

/**
 * A fix that applies to a finding, with the lines to run and what to watch out for.
 *
 * @param id a stable id, e.g. {@code pool-connections}
 * @param action what to do, naming the process or destination only where it holds at least half of
 *     the finding's sockets
 * @param commands the lines to paste: the change, then its verification and its rollback; empty
 *     when the fix is in the application
 * @param caveats what comes with it: reboot needed, never 0, ...
 */
public record Recommendation(
    String id, String action, List<Command> commands, List<String> caveats) {

  public Recommendation {
    commands = List.copyOf(commands);
    caveats = List.copyOf(caveats);
  }

  /** A fix with no line to paste. */
  static Recommendation advice(String id, String action, List<String> caveats) {
    return new Recommendation(id, action, List.of(), caveats);
  }
}
