package io.portex.core.classify;

import java.util.List;

/**
 * A fix that applies to a finding, with what to watch out for.
 *
 * @param id a stable id, e.g. {@code pool-connections}
 * @param action what to do, naming the process or destination where known
 * @param caveats what comes with it: reboot needed, never 0, ...
 */
public record Recommendation(String id, String action, List<String> caveats) {

  public Recommendation {
    caveats = List.copyOf(caveats);
  }
}
