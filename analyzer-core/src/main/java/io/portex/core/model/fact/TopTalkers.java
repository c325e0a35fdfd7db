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

  /** How far from a time a ranking may have been logged and still speak for it. */
  public static final Duration NEAR = Duration.ofMinutes(30);

  /**
   * Of the timed, non-empty rankings of one kind logged within {@link #NEAR} of {@code time}, the
   * nearest (the earlier of two as near); those read from {@code file} first, when there are any.
   *
   * @param file the input the time comes from, or null
   */
  public static Optional<TopTalkers> nearest(
      List<TopTalkers> rankings, Kind kind, Instant time, String file) {
    List<TopTalkers> near =
        rankings.stream()
            .filter(r -> r.kind() == kind && r.time() != null && !r.entries().isEmpty())
            .filter(r -> Duration.between(r.time(), time).abs().compareTo(NEAR) <= 0)
            .toList();
    List<TopTalkers> sameFile = near.stream().filter(r -> r.source().file().equals(file)).toList();
    return (sameFile.isEmpty() ? near : sameFile)
        .stream()
            .min(
                Comparator.comparing((TopTalkers r) -> Duration.between(r.time(), time).abs())
                    .thenComparing(TopTalkers::time));
  }
}
