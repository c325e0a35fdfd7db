package io.portex.core.classify;

import io.portex.core.model.ProcessUsage;
import io.portex.core.model.TcpState;
import io.portex.core.prose.ProcessName;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Bound-port leak: at the peak, ephemeral BOUND sockets at or above {@link #BOUND_MIN} and the
 * largest state. A process binds a port (bind() before connect(), or a socket never connected) and
 * never connects or closes it; only {@code netstat -anoq} and Get-NetTCPConnection show BOUND, and
 * a plain {@code netstat -ano} shows nothing while the ports run out. The finding names the
 * process.
 */
public final class BoundPortLeakRule implements Rule {

  public static final Threshold BOUND_MIN =
      Threshold.sockets(
          "boundMin",
          1000,
          "ephemeral BOUND sockets at the peak from which a bound-port leak is called");

  /** A process named as the holder holds at least this share of the BOUND sockets. */
  static final double HOLDER_SHARE = 0.5;

  /** Processes listed when no single one holds most BOUND sockets. */
  static final int LISTED = 5;

  @Override
  public Subtype subtype() {
    return Subtype.BOUND_PORT_LEAK;
  }

  @Override
  public String requires() {
    return "a snapshot that shows BOUND sockets (netstat -anoq, Get-NetTCPConnection)";
  }

  @Override
  public List<Threshold> thresholds() {
    return List.of(BOUND_MIN);
  }

  @Override
  public Optional<Finding> evaluate(Timeline timeline, Thresholds thresholds) {
    Optional<SnapshotUsage> peak =
        timeline.peak().snapshotLedBy(TcpState.BOUND, thresholds.get(BOUND_MIN));
    if (peak.isEmpty()) {
      return Optional.empty();
    }
    SnapshotUsage snapshot = peak.get();
    int bound = snapshot.count(TcpState.BOUND);
    List<ProcessUsage> holders =
        Processes.holders(snapshot.snapshot(), TcpState.BOUND, timeline.capacity());
    ProcessUsage top = holders.isEmpty() ? null : holders.get(0);
    int held = top == null ? 0 : top.ephemeral(TcpState.BOUND, timeline.capacity());
    boolean named = top != null && top.pid() >= 0 && held >= HOLDER_SHARE * bound;
    String process = named ? ProcessName.of(top) : null;
    List<Measurement> measurements = new ArrayList<>();
    measurements.add(
        Measurement.tested("bound.atPeak", "BOUND at peak", bound, BOUND_MIN, thresholds));
    measurements.add(
        Measurement.context(
            "ephemeralInUse.atPeak", "ephemeral ports in use at peak", snapshot.inUse(), "ports"));
    if (top != null) {
      measurements.add(
          Measurement.context(
              "bound.heldByTopProcess", "BOUND held by " + ProcessName.of(top), held, "sockets"));
    }
    String who =
        named
            ? String.format(Locale.ROOT, "%s holds %,d of them", process, held)
            : String.format(
                Locale.ROOT,
                "spread over %d process(es): %s",
                holders.size(),
                String.join(
                    ", ",
                    holders.stream()
                        .limit(LISTED)
                        .map(
                            p ->
                                ProcessName.of(p)
                                    + " "
                                    + p.ephemeral(TcpState.BOUND, timeline.capacity()))
                        .toList()));
    String target = named ? process : "the process holding them";
    return Optional.of(
        Finding.of(
            subtype(),
            named ? 0.9 : 0.8,
            String.format(
                Locale.ROOT,
                "%,d ports held by BOUND sockets at the peak (%s of the ports in use), %s: bound"
                    + " and never connected or closed",
                bound,
                Aim.percent(bound, snapshot.inUse()),
                who),
            bound,
            measurements,
            List.of(
                new EvidenceRef(
                    "peak snapshot", snapshot.snapshot().source(), snapshot.snapshot().time())),
            List.of(
                new Recommendation(
                    "find-bound-process",
                    "Confirm which process holds the BOUND ports",
                    List.of(
                        new Command(
                            Command.Shell.CMD,
                            Command.Purpose.VERIFY,
                            "netstat -anoq | findstr /i BOUND"),
                        new Command(
                            Command.Shell.POWERSHELL,
                            Command.Purpose.VERIFY,
                            "Get-NetTCPConnection -State Bound | Group-Object OwningProcess |"
                                + " Sort-Object Count -Descending | Select-Object -First 5"
                                + " Count, Name")),
                    List.of(
                        "plain netstat -ano does not show BOUND sockets; -q or"
                            + " Get-NetTCPConnection does")),
                Recommendation.advice(
                    "vendor-fix",
                    "Take the leak to the vendor of "
                        + target
                        + ": it binds sockets and never connects or closes them",
                    List.of("no OS setting fixes it: a wider range only delays it")),
                Recommendation.advice(
                    "restart-process",
                    "Restart " + target + " to release its BOUND ports now",
                    List.of("relief only: they are taken again until the code is fixed")))));
  }
}
