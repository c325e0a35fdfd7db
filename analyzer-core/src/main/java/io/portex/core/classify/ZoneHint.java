package io.portex.core.classify;

import io.portex.core.model.fact.PacketCapture;
import io.portex.core.model.fact.RecordedZone;
import io.portex.core.prose.Counted;
import io.portex.core.time.WindowsZones;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The zone perfmon states against the zone times without one were read in ({@code --tz}): perfmon's
 * own times are right either way (it writes its bias), but a netstat loop stamped with {@code
 * %date% %time%} beside it is shifted by the difference, and the two no longer line up.
 */
public final class ZoneHint {

  private ZoneHint() {}

  /**
   * A warning when a host with snapshots has a perfmon log whose offset differs from the one the
   * zone gives at the time of the host's first evidence.
   *
   * @param zone the zone of times written without one
   */
  public static Optional<Note> of(Timeline timeline, ZoneId zone) {
    List<RecordedZone> stated = timeline.facts(RecordedZone.class);
    Instant at = timeline.from();
    if (stated.isEmpty() || at == null || timeline.snapshots().isEmpty()) {
      return Optional.empty();
    }
    RecordedZone perfmon = stated.get(0);
    ZoneOffset read = zone.getRules().getOffset(at);
    if (read.equals(perfmon.offset())) {
      return Optional.empty();
    }
    Optional<ZoneId> iana = WindowsZones.of(perfmon.windowsName());
    String says =
        perfmon.windowsName() == null || perfmon.windowsName().isBlank()
            ? "perfmon's header says its times are UTC" + perfmon.offset().getId()
            : "perfmon says "
                + perfmon.windowsName()
                + " (UTC"
                + offset(perfmon.offset())
                + ", "
                + perfmon.source()
                + ")";
    String rerun =
        iana.map(z -> "rerun with --tz " + z.getId())
            .orElse(
                "rerun with --tz set to that machine's zone (UTC" + offset(perfmon.offset()) + ")");
    boolean untimed =
        timeline.snapshots().stream().map(SnapshotUsage::snapshot).allMatch(s -> s.time() == null);
    return Optional.of(
        new Note(
            "consistency.zone-differs",
            untimed ? NoteSeverity.INFO : NoteSeverity.WARNING,
            says
                + ", but times written without a zone were read in "
                + zone.getId()
                + " (UTC"
                + offset(read)
                + "): snapshots and perfmon may be "
                + hours(perfmon.offset(), read)
                + " apart on the timeline; "
                + rerun,
            List.of()));
  }

  /** How far outside the snapshots' window a capture may start or end and still be beside them. */
  private static final Duration BESIDE = Duration.ofMinutes(5);

  /**
   * A warning when a packet capture, whose times are UTC by nature, lies apart from the host's
   * snapshots but beside them once the snapshots' stamps are read as UTC: either the capture was
   * taken at another time than the netstat loop, or the loop's machine writes UTC and {@code --tz}
   * shifted its stamps.
   *
   * @param zone the zone of times written without one
   */
  public static Optional<Note> ofCapture(Timeline timeline, ZoneId zone) {
    List<SnapshotUsage> timed = timeline.timed();
    if (timed.isEmpty()) {
      return Optional.empty();
    }
    Instant from = timed.get(0).snapshot().time();
    Instant to = timed.get(timed.size() - 1).snapshot().time();
    ZoneOffset read = zone.getRules().getOffset(from);
    if (read.getTotalSeconds() == 0) {
      return Optional.empty();
    }
    // a stamp L read in the zone is L - offset; read as UTC it would be L
    Instant utcFrom = from.plusSeconds(read.getTotalSeconds());
    Instant utcTo = to.plusSeconds(read.getTotalSeconds());
    for (PacketCapture capture : timeline.facts(PacketCapture.class)) {
      if (capture.first() == null || capture.last() == null) {
        continue;
      }
      boolean apart =
          capture.last().isBefore(from.minus(BESIDE)) || capture.first().isAfter(to.plus(BESIDE));
      boolean besideInUtc =
          !capture.first().isBefore(utcFrom.minus(BESIDE))
              && !capture.last().isAfter(utcTo.plus(BESIDE));
      if (apart && besideInUtc) {
        return Optional.of(
            new Note(
                "consistency.capture-apart",
                NoteSeverity.WARNING,
                "the packet capture ("
                    + capture.source()
                    + ", its times UTC by nature) began at "
                    + timeline.words(capture.first())
                    + ", "
                    + hours(read, ZoneOffset.UTC)
                    + (capture.first().isAfter(to) ? " after" : " before")
                    + " the snapshots, whose stamps were read in "
                    + zone.getId()
                    + " (UTC"
                    + offset(read)
                    + "); read as UTC they lie together: if the machine that wrote them runs on"
                    + " UTC, rerun with --tz UTC, else the capture's rates describe another time"
                    + " than the snapshots",
                List.of()));
      }
    }
    return Optional.empty();
  }

  private static String offset(ZoneOffset offset) {
    return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
  }

  private static String hours(ZoneOffset a, ZoneOffset b) {
    int minutes = Math.abs(a.getTotalSeconds() - b.getTotalSeconds()) / 60;
    return minutes % 60 == 0
        ? Counted.of(minutes / 60, "hour", "hours")
        : Counted.of(minutes, "minute", "minutes");
  }
}
