package io.portex.core;

import io.portex.core.TicketEvidence.HostSnapshots;
import io.portex.core.model.PortEvents;
import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TimeSource;
import io.portex.core.time.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives an input's only untimed snapshot its file time ({@link FileTime}), once every input of the
 * host is read, so that a time of day alone in a file name can borrow its date from the host's
 * other dated evidence; and warns of snapshots with different rows that share one time.
 */
final class UntimedSnapshots {

  private final List<HostSnapshots> groups;
  private final List<Instant> dated = new ArrayList<>();
  private final ZoneId zone;

  UntimedSnapshots(
      List<HostSnapshots> groups, List<Series> series, List<PortEvents> events, ZoneId zone) {
    this.groups = groups;
    this.zone = zone;
    for (HostSnapshots group : groups) {
      for (Snapshot s : group.snapshots()) {
        if (s.time() != null
            && (s.timeSource() == TimeSource.CONTENT || s.timeSource() == TimeSource.FILE_NAME)) {
          dated.add(s.time());
        }
      }
    }
    for (Series s : series) {
      s.points().stream().map(SeriesPoint::time).forEach(dated::add);
    }
    for (PortEvents e : events) {
      if (e.first() != null) {
        dated.add(e.first());
        dated.add(e.last());
      }
    }
  }

  /**
   * The host's snapshots, timed where the file can time them.
   *
   * @param dateNotes receives, for the verdict, each guessed or unknown date
   */
  List<Snapshot> resolve(List<String> dateNotes) {
    List<Snapshot> result = new ArrayList<>();
    List<TicketEvidence.InputSink> owners = new ArrayList<>();
    List<String> guessed = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (HostSnapshots group : groups) {
      TicketEvidence.InputSink input = group.input();
      for (Snapshot snapshot : group.snapshots()) {
        owners.add(input);
        if (snapshot.timeSource() != TimeSource.NONE || input.snapshots() != 1) {
          result.add(snapshot);
          continue;
        }
        FileTime fileTime = input.fileTime();
        Optional<FileTime.Resolved> time = fileTime.resolve(dated);
        if (time.isEmpty()) {
          if (fileTime.timeOfDayOnly()) {
            unknown.add(input.name());
          }
          result.add(snapshot);
          continue;
        }
        FileTime.Resolved resolved = time.get();
        if (resolved.source() == TimeSource.FILE_NAME_BORROWED_DATE) {
          input
              .diagnostics()
              .info(
                  "input.borrowed-date",
                  0,
                  "the file name gives a time of day only; the date "
                      + resolved.borrowedDate()
                      + " is taken from other dated evidence of the same host",
                  "");
        } else if (resolved.source() == TimeSource.FILE_NAME_GUESSED_DATE) {
          input
              .diagnostics()
              .warning(
                  "input.guessed-date",
                  0,
                  "the file name gives a time of day only and no other evidence of this host"
                      + " gives a date: the date "
                      + resolved.time().atZone(zone).toLocalDate()
                      + " is the file's modification date, a guess",
                  "");
          guessed.add(input.name());
        }
        result.add(snapshot.withTime(resolved.time(), resolved.source()));
      }
    }
    if (!guessed.isEmpty()) {
      dateNotes.add(
          "the date of "
              + names(guessed)
              + " is a guess (the file name gives a time of day only; the file's modification"
              + " date was used)");
    }
    if (!unknown.isEmpty()) {
      dateNotes.add(
          "the date of " + names(unknown) + " is unknown (the file name gives a time of day only)");
    }
    warnSharedTimes(result, owners);
    return result;
  }

  private static String names(List<String> files) {
    return files.size() == 1 ? files.get(0) : files.size() + " snapshots (" + files.get(0) + ", …)";
  }

  /** Snapshots with different rows at one time: a loop that did not renew its timestamp. */
  private static void warnSharedTimes(
      List<Snapshot> snapshots, List<TicketEvidence.InputSink> owners) {
    Map<Instant, Snapshot> byTime = new HashMap<>();
    for (int i = 0; i < snapshots.size(); i++) {
      Snapshot snapshot = snapshots.get(i);
      if (snapshot.time() == null) {
        continue;
      }
      Snapshot before = byTime.putIfAbsent(snapshot.time(), snapshot);
      if (before != null && before.fingerprint() != snapshot.fingerprint()) {
        owners
            .get(i)
            .diagnostics()
            .warning(
                "input.shared-timestamp",
                snapshot.source().firstLine(),
                "a snapshot with other rows has the same time ("
                    + snapshot.time()
                    + ", "
                    + before.source()
                    + "): the capture may not have renewed its timestamp; their order is the"
                    + " input order",
                "");
      }
    }
  }
}
