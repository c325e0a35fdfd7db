package io.portex.core.time;

import io.portex.core.model.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The one rule for the time of evidence that carries none of its own (SPEC §2): the file name's
 * date and time; a time of day alone in the name takes its date from other dated evidence of the
 * same host, else from the file's modification time (a guess, said so); else the modification time
 * (weak); else none.
 *
 * @param fileName the file or archive entry name
 * @param modified its modification time, or null
 * @param zone the zone of times written without one
 */
public record FileTime(String fileName, Instant modified, ZoneId zone) {

  private static final FileNameTime NAMES = new FileNameTime();

  /**
   * A time and where it came from.
   *
   * @param time the time
   * @param source where it came from
   * @param borrowedDate the date taken from other evidence, or null
   */
  public record Resolved(Instant time, TimeSource source, LocalDate borrowedDate) {}

  /** The time without other evidence to borrow a date from. */
  public Optional<Resolved> resolve() {
    return resolve(java.util.List.of());
  }

  /**
   * The time, a time of day alone in the name taking its date from {@code dated}.
   *
   * @param dated times of other dated evidence of the same host
   */
  public Optional<Resolved> resolve(Collection<Instant> dated) {
    Optional<FileNameTime.Found> found = NAMES.find(fileName);
    if (found.isPresent() && found.get().dateTime().isPresent()) {
      return Optional.of(
          new Resolved(
              found.get().dateTime().get().atZone(zone).toInstant(), TimeSource.FILE_NAME, null));
    }
    if (found.isPresent() && found.get().time() != null) {
      LocalTime time = found.get().time();
      Optional<LocalDate> borrowed = nearestDate(time, dated);
      if (borrowed.isPresent()) {
        return Optional.of(
            new Resolved(
                borrowed.get().atTime(time).atZone(zone).toInstant(),
                TimeSource.FILE_NAME_BORROWED_DATE,
                borrowed.get()));
      }
      if (modified != null) {
        LocalDate day = modified.atZone(zone).toLocalDate();
        return Optional.of(
            new Resolved(
                day.atTime(time).atZone(zone).toInstant(),
                TimeSource.FILE_NAME_GUESSED_DATE,
                null));
      }
      return Optional.empty();
    }
    return modified == null
        ? Optional.empty()
        : Optional.of(new Resolved(modified, TimeSource.FILE_MTIME, null));
  }

  /** True when the name gives a time of day but no date. */
  public boolean timeOfDayOnly() {
    return NAMES.find(fileName).filter(f -> f.date() == null && f.time() != null).isPresent();
  }

  /**
   * Of the dates the evidence covers, the one that puts {@code time} nearest to a piece of it (the
   * earliest of equals).
   */
  private Optional<LocalDate> nearestDate(LocalTime time, Collection<Instant> dated) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (Instant instant : dated) {
      LocalDate day = instant.atZone(zone).toLocalDate();
      dates.add(day.minusDays(1));
      dates.add(day);
      dates.add(day.plusDays(1));
    }
    return dates.stream()
        .min(
            Comparator.comparingLong(
                (LocalDate day) -> distance(day.atTime(time).atZone(zone).toInstant(), dated)));
  }

  private static long distance(Instant at, Collection<Instant> dated) {
    long best = Long.MAX_VALUE;
    for (Instant instant : dated) {
      best = Math.min(best, Duration.between(at, instant).abs().toSeconds());
    }
    return best;
  }
}
