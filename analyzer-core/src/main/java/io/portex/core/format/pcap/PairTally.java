package io.portex.core.format.pcap;

import io.portex.core.model.fact.CaptureDestination;
import io.portex.core.model.fact.ConnectionDurations;
import io.portex.core.model.fact.PortReuse;
import java.time.Duration;
import java.util.List;

/**
 * The connections one client address opened to one server endpoint, counted as they happen. Once
 * the capture host is known, the tallies of its address become {@link CaptureDestination}s.
 */
final class PairTally {

  final Address client;
  final Address server;
  final int serverPort;
  final ClientTally clientTally;

  /** Null for pairs past the first {@link ConnectionTracker#PAIRS_WITH_SERIES}. */
  private final OpenRateSeries series;

  long attempts;
  long synPackets;
  long synRetransmissions;
  long synAcks;
  long handshakes;
  long refused;
  long unanswered;
  long resets;
  long closedByClient;
  long closedByServer;
  long resetBeforeFin;
  long openAtEnd;
  long midstream;
  private final long[] durations = new long[ConnectionDurations.BUCKETS];
  private long durationTotalMicros;
  private long durationMaxMicros;
  private long reuses;
  private long[] reuseAfterClientClose;

  PairTally(
      Address client, Address server, int serverPort, ClientTally clientTally, boolean withSeries) {
    this.client = client;
    this.server = server;
    this.serverPort = serverPort;
    this.clientTally = clientTally;
    this.series = withSeries ? new OpenRateSeries() : null;
  }

  /** An attempt, handshake or failure at {@code time}, for this pair and its client. */
  void count(int kind, long time) {
    clientTally.count(kind, time);
    if (series != null) {
      series.add(kind, time);
    }
  }

  void duration(long nanos) {
    long micros = Math.max(0, nanos / 1000);
    durations[ConnectionDurations.bucket(micros)]++;
    durationTotalMicros += micros;
    durationMaxMicros = Math.max(durationMaxMicros, micros);
  }

  /** A new attempt on a four-tuple whose last connection ended {@code gapNanos} before. */
  void reuse(long gapNanos, boolean clientClosedFirst) {
    reuses++;
    if (clientClosedFirst) {
      if (reuseAfterClientClose == null) {
        reuseAfterClientClose = new long[PortReuse.HORIZON_SECONDS];
      }
      int second =
          (int) Math.min(PortReuse.HORIZON_SECONDS - 1, Math.max(0, gapNanos / 1_000_000_000L));
      reuseAfterClientClose[second]++;
    }
  }

  CaptureDestination destination() {
    return new CaptureDestination(
        server.endpoint(serverPort),
        attempts,
        synPackets,
        synRetransmissions,
        synAcks,
        handshakes,
        refused,
        unanswered,
        resets,
        closedByClient,
        closedByServer,
        resetBeforeFin,
        openAtEnd,
        midstream,
        ConnectionDurations.of(durations, durationTotalMicros, durationMaxMicros),
        reuseAfterClientClose == null && reuses == 0
            ? PortReuse.NONE
            : PortReuse.of(
                reuses,
                reuseAfterClientClose == null
                    ? new long[PortReuse.HORIZON_SECONDS]
                    : reuseAfterClientClose),
        series == null ? List.of() : series.points(),
        series == null ? Duration.ZERO : series.width());
  }
}
