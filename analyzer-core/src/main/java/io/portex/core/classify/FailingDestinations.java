package io.portex.core.classify;

import io.portex.core.model.fact.CaptureDestination;
import io.portex.core.model.fact.PacketCapture;
import io.portex.core.timeline.Timeline;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the host's failed connection attempts (refused by a RST, or never answered) went, as its
 * packet capture measured them: the destination that holds at least {@link #NAMED_SHARE} of them is
 * named with its share; otherwise the failures are said to be spread.
 */
public final class FailingDestinations {

  /** A destination holding at least this share of the failed attempts is named. */
  public static final double NAMED_SHARE = 0.5;

  /** How many destinations a spread names. */
  static final int TOP = 5;

  private FailingDestinations() {}

  /** "10.0.0.8:8080 49 (49 %), …" for the first {@link #TOP}, most failures first. */
  private static String top(List<CaptureDestination> failing, long failed) {
    StringBuilder out = new StringBuilder();
    for (CaptureDestination d : failing.subList(0, Math.min(TOP, failing.size()))) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%s %,d (%s)",
              d.endpoint(),
              d.failed(),
              Aim.percent(d.failed(), failed)));
    }
    return out.toString();
  }

  /** The note on the failed attempts of the host's capture, or empty when none failed. */
  public static Optional<Note> of(Timeline timeline) {
    return timeline.capture().flatMap(FailingDestinations::of);
  }

  static Optional<Note> of(PacketCapture capture) {
    long failed = capture.hostTotals().failed();
    if (failed == 0) {
      return Optional.empty();
    }
    List<CaptureDestination> failing =
        capture.destinations().stream()
            .filter(d -> d.failed() > 0)
            .sorted(
                Comparator.comparingLong(CaptureDestination::failed)
                    .reversed()
                    .thenComparing(CaptureDestination::endpoint))
            .toList();
    CaptureDestination worst =
        failing.stream()
            .max(
                Comparator.comparingLong(CaptureDestination::failed)
                    .thenComparing(CaptureDestination::endpoint, Comparator.reverseOrder()))
            .orElseThrow();
    String head =
        String.format(
            Locale.ROOT,
            "the packet capture saw %,d of %,d connection attempts from %s fail (refused or"
                + " unanswered)",
            failed,
            capture.hostTotals().attempts(),
            capture.host());
    if ((double) worst.failed() / failed < NAMED_SHARE) {
      return Optional.of(
          new Note(
              "capture.failing-destinations",
              head
                  + String.format(
                      Locale.ROOT,
                      ", spread over %,d destinations (top %d: %s)",
                      failing.size(),
                      Math.min(TOP, failing.size()),
                      top(failing, failed)),
              List.of()));
    }
    return Optional.of(
        new Note(
            "capture.failing-destination",
            head
                + String.format(
                    Locale.ROOT,
                    "; %,d of them (%s) towards %s: %,d refused, %,d unanswered (%s of its"
                        + " attempts)",
                    worst.failed(),
                    Aim.percent(worst.failed(), failed),
                    worst.endpoint(),
                    worst.refused(),
                    worst.unanswered(),
                    Aim.percent(worst.failed(), worst.attempts())),
            List.of(
                new Command(
                    Command.Shell.POWERSHELL,
                    Command.Purpose.CAPTURE,
                    testConnection(worst.endpoint())))));
  }

  /** PowerShell's check of one endpoint ({@code 10.0.0.5:443}, {@code [2001:db8::5]:443}). */
  static String testConnection(String endpoint) {
    int colon = endpoint.lastIndexOf(':');
    String address = endpoint.substring(0, colon);
    if (address.startsWith("[") && address.endsWith("]")) {
      address = address.substring(1, address.length() - 1);
    }
    return "Test-NetConnection -ComputerName "
        + address
        + " -Port "
        + endpoint.substring(colon + 1);
  }
}
