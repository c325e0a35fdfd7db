package io.portex.core.model.fact;

import io.portex.core.model.SourceRange;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A top-N list the monitoring script logged: which local ports, remote addresses or processes held
 * most TIME_WAIT connections at one time.
 *
 * @param time when logged, or null when unknown
 * @param kind what is ranked
 * @param entries the ranking, largest first
 */
public record TopTalkers(Instant time, Kind kind, List<Entry> entries, SourceRange source)
    implements Fact {

  /** What a top-talker list ranks. */
  public enum Kind {
    LOCAL_PORT,
    REMOTE_ADDRESS,
    PROCESS
  }

  /**
   * One line of a ranking.
   *
   * @param key the port, address or PID as text
   * @param count connections
   */
  public record Entry(String key, long count) {}

  public TopTalkers {
    entries = List.copyOf(entries);
  }

  /** The entry with the largest count, the first of equals. */
  public Optional<Entry> first() {
    return entries.stream().max(Comparator.comparingLong(Entry::count));
  }

  /**
   * Of the timed, non-empty rankings of one kind, the one logged nearest to {@code time}, the
   * earlier of two as near.
   */
  public static Optional<TopTalkers> nearest(List<TopTalkers> rankings, Kind kind, Instant time) {
    return rankings.stream()
        .filter(r -> r.kind() == kind && r.time() != null && !r.entries().isEmpty())
        .min(
            Comparator.comparing((TopTalkers r) -> Duration.between(r.time(), time).abs())
                .thenComparing(TopTalkers::time));
  }
}
