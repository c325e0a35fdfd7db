package io.portex.core.model.fact;

import java.time.Duration;
import java.util.List;

/**
 * What a packet capture measured about the connections its host opened to one remote endpoint.
 *
 * @param endpoint the remote endpoint as netstat writes it ({@code 10.0.0.5:443}, {@code
 *     [2001:db8::5]:443})
 * @param attempts connection attempts: first SYNs, a retransmitted SYN not counted again
 * @param synPackets SYN packets sent, retransmissions included
 * @param synRetransmissions SYNs sent again for an attempt not yet answered
 * @param synAcks SYN/ACK packets the endpoint answered with
 * @param handshakes attempts that completed the three-way handshake
 * @param refused attempts answered by a RST (the port is closed, or a firewall or the peer refused)
 * @param unanswered attempts that got no answer before the capture ended or the port was used again
 * @param resets RST packets in these connections, from either side
 * @param closedByHost connections whose first FIN the host sent: its port goes to TIME_WAIT
 * @param closedByRemote connections whose first FIN the endpoint sent: the TIME_WAIT is on its side
 * @param resetBeforeFin established connections ended by a RST before any FIN (no TIME_WAIT)
 * @param openAtEnd established connections not yet closed when the capture ended
 * @param midstream connections already open when the capture started (no SYN seen)
 * @param durations how long the connections lived, from the first SYN to the close
 * @param reuse local ports used again towards this endpoint after a connection the host closed
 * @param openRate attempts, handshakes and failures towards this endpoint over time, in buckets of
 *     {@code bucket}; empty past the first 256 client/endpoint pairs of a capture (and for sums)
 * @param bucket the width of one {@code openRate} bucket (zero when there are none)
 */
public record CaptureDestination(
    String endpoint,
    long attempts,
    long synPackets,
    long synRetransmissions,
    long synAcks,
    long handshakes,
    long refused,
    long unanswered,
    long resets,
    long closedByHost,
    long closedByRemote,
    long resetBeforeFin,
    long openAtEnd,
    long midstream,
    ConnectionDurations durations,
    PortReuse reuse,
    List<PacketCapture.RatePoint> openRate,
    Duration bucket) {

  public CaptureDestination {
    openRate = List.copyOf(openRate);
  }

  /** Attempts that failed: refused or unanswered. */
  public long failed() {
    return refused + unanswered;
  }

  /** The share of attempts that failed, 0–1 (0 without attempts). */
  public double failedShare() {
    return attempts == 0 ? 0 : (double) failed() / attempts;
  }

  /** Closed connections whose first FIN the host sent, as a share of those closed by a FIN. */
  public double hostClosesShare() {
    long closed = closedByHost + closedByRemote;
    return closed == 0 ? 0 : (double) closedByHost / closed;
  }

  /** The figures of several destinations added up, under the name {@code endpoint}. */
  static CaptureDestination sum(String endpoint, List<CaptureDestination> destinations) {
    long[] n = new long[13];
    ConnectionDurations durations = ConnectionDurations.EMPTY;
    PortReuse reuse = PortReuse.NONE;
    for (CaptureDestination d : destinations) {
      n[0] += d.attempts;
      n[1] += d.synPackets;
      n[2] += d.synRetransmissions;
      n[3] += d.synAcks;
      n[4] += d.handshakes;
      n[5] += d.refused;
      n[6] += d.unanswered;
      n[7] += d.resets;
      n[8] += d.closedByHost;
      n[9] += d.closedByRemote;
      n[10] += d.resetBeforeFin;
      n[11] += d.openAtEnd;
      n[12] += d.midstream;
      durations = durations.plus(d.durations);
      reuse = reuse.plus(d.reuse);
    }
    return new CaptureDestination(
        endpoint,
        n[0],
        n[1],
        n[2],
        n[3],
        n[4],
        n[5],
        n[6],
        n[7],
        n[8],
        n[9],
        n[10],
        n[11],
        n[12],
        durations,
        reuse,
        List.of(),
        Duration.ZERO);
  }
}
