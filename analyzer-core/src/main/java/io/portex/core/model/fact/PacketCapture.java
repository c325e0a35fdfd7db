package io.portex.core.model.fact;

import io.portex.core.model.SourceRange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one packet capture (pcap, pcapng) measured about TCP connections: how fast the capture host
 * opened them, how many failed, who closed them first, how long they lived and how soon a local
 * port was used again towards the same endpoint. The measured counterpart of what Little's law
 * infers from TIME_WAIT counts.
 *
 * <p>The capture host is the address that opened most connections (sent most first SYNs); {@code
 * destinations} are the remote endpoints it connected to. Connections the host accepted, and those
 * between two other addresses, are only counted.
 *
 * @param first time of the first packet, or null when no packet had a time
 * @param last time of the last packet, or null
 * @param packets what was read, by kind
 * @param host the capture host's address, or null when no connection was opened in the capture
 * @param destinations per remote endpoint the host connected to: most attempts first, then by
 *     endpoint
 * @param inboundConnections connections opened towards the host (it was the server)
 * @param otherConnections connections opened by other addresses to other addresses
 * @param otherClients addresses other than the host that opened connections
 * @param openRate the host's connection attempts over time, in buckets of {@code bucket}
 * @param bucket the width of one {@code openRate} bucket
 */
public record PacketCapture(
    Instant first,
    Instant last,
    Packets packets,
    String host,
    List<CaptureDestination> destinations,
    long inboundConnections,
    long otherConnections,
    int otherClients,
    List<RatePoint> openRate,
    Duration bucket,
    SourceRange source)
    implements Fact {

  public PacketCapture {
    destinations = List.copyOf(destinations);
    openRate = List.copyOf(openRate);
  }

  /**
   * The packets of the capture, by what became of them.
   *
   * @param read packet records read from the file
   * @param duplicates copies of a packet already counted (pktmon logs a packet once per network
   *     component it passes; a mirror port may copy a frame twice), not analysed again
   * @param tcp TCP segments analysed
   * @param otherIp IPv4/IPv6 packets of other protocols (UDP, ICMP, …) and later IP fragments
   * @param nonIp frames that carry no IP (ARP, LLDP, …) or use a link type not read
   * @param unreadable packets cut too short to read their IP and TCP headers, or malformed
   */
  public record Packets(
      long read, long duplicates, long tcp, long otherIp, long nonIp, long unreadable) {}

  /**
   * The capture host's connection attempts in one time bucket.
   *
   * @param start the bucket's start
   * @param attempts connection attempts (first SYNs, retransmissions not counted)
   * @param handshakes attempts that completed the three-way handshake
   * @param failed attempts answered by a RST or never answered
   */
  public record RatePoint(Instant start, long attempts, long handshakes, long failed) {}

  /** Packets that stand for this fact: the packet records read. */
  @Override
  public long records() {
    return packets.read();
  }

  /** The capture's span, or zero when it has no times. */
  public Duration span() {
    return first == null || last == null ? Duration.ZERO : Duration.between(first, last);
  }

  /** The host's figures over every destination. */
  public CaptureDestination hostTotals() {
    return CaptureDestination.sum(host == null ? "" : host, destinations);
  }

  /** The destination with this endpoint ({@code 10.0.0.5:443}, {@code [2001:db8::5]:443}). */
  public Optional<CaptureDestination> destination(String endpoint) {
    return destinations.stream().filter(d -> d.endpoint().equals(endpoint)).findFirst();
  }

  /**
   * Connection attempts per second of the host over the whole capture, or 0 when the capture spans
   * no time.
   */
  public double attemptsPerSecond() {
    double seconds = span().toNanos() / 1e9;
    return seconds <= 0 ? 0 : hostTotals().attempts() / seconds;
  }
}
