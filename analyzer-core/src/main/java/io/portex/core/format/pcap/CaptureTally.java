package io.portex.core.format.pcap;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.model.SourceRange;
import io.portex.core.model.fact.CaptureDestination;
import io.portex.core.model.fact.PacketCapture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Takes the packets of one capture, whatever its file format: spots copies of packets already
 * counted, decodes the rest, follows TCP connections and, at the end, makes the {@link
 * PacketCapture} fact. Diagnostics name the packet by its number in the file (1-based).
 */
final class CaptureTally {

  private final String prefix;
  private final DiagnosticSink diagnostics;
  private final TcpSegment segment = new TcpSegment();
  private final DuplicateFilter duplicates = new DuplicateFilter();
  private final ConnectionTracker tracker;
  private final Set<Integer> unsupportedLinks = new HashSet<>();

  private long read;
  private long duplicateCount;
  private long tcp;
  private long otherIp;
  private long nonIp;
  private long unreadable;
  private long first = Long.MAX_VALUE;
  private long last = Long.MIN_VALUE;
  private long duplicatesByContent;
  private long duplicatesById;

  /**
   * @param formatId the prefix of diagnostic codes ({@code pcap}, {@code pcapng})
   */
  CaptureTally(String formatId, DiagnosticSink diagnostics) {
    this(formatId, diagnostics, new ConnectionTracker());
  }

  CaptureTally(String formatId, DiagnosticSink diagnostics, ConnectionTracker tracker) {
    this.prefix = formatId + ".";
    this.diagnostics = diagnostics;
    this.tracker = tracker;
  }

  /** Packets read so far; the number of the last one. */
  long read() {
    return read;
  }

  /** A packet that cannot be read at all (it names no known interface). */
  void unreadable() {
    read++;
    unreadable++;
  }

  /**
   * One packet record.
   *
   * @param time nanoseconds since 1970 (UTC)
   * @param linkType its interface's LINKTYPE_ value
   * @param length bytes captured (at most the snapshot length)
   * @param packetId an id the capture gives every copy of one packet (pcapng {@code epb_packetid},
   *     pktmon's group id and number), or 0 when there is none
   */
  void packet(long time, int linkType, byte[] b, int at, int length, long packetId) {
    read++;
    if (packetId != 0 && duplicates.seen(packetId, time, DuplicateFilter.ID_WINDOW_NANOS)) {
      duplicateCount++;
      duplicatesById++;
      return;
    }
    PacketDecoder.Kind kind = PacketDecoder.decode(linkType, b, at, length, segment);
    if ((kind == PacketDecoder.Kind.TCP || kind == PacketDecoder.Kind.OTHER_IP)
        && packetId == 0
        && duplicates.seen(segment.identity, time, DuplicateFilter.CONTENT_WINDOW_NANOS)) {
      duplicateCount++;
      duplicatesByContent++;
      return;
    }
    first = Math.min(first, time);
    last = Math.max(last, time);
    switch (kind) {
      case TCP -> {
        tcp++;
        segment.time = time;
        tracker.segment(segment);
      }
      case OTHER_IP -> otherIp++;
      case NOT_IP -> nonIp++;
      case UNSUPPORTED_LINK -> {
        nonIp++;
        if (unsupportedLinks.add(linkType)) {
          diagnostics.warning(
              prefix + "link-type",
              read,
              "link type "
                  + linkType
                  + " is not read (Ethernet, raw IP, Linux cooked and loopback are); its packets"
                  + " are counted, not analysed",
              "");
        }
      }
      case CUT -> {
        unreadable++;
        diagnostics.warning(
            prefix + "short-packet",
            read,
            "only "
                + length
                + " bytes captured: too few for the IP and TCP headers (snapshot length too"
                + " short?); packet counted, not analysed",
            Endian.hex(b, at, Math.min(length, 16)));
      }
      case MALFORMED -> {
        unreadable++;
        diagnostics.warning(
            prefix + "bad-packet",
            read,
            "the IP header is malformed; packet counted, not analysed",
            Endian.hex(b, at, Math.min(length, 16)));
      }
    }
  }

  /** The fact, once every packet is in. */
  PacketCapture finish(SourceRange source) {
    tracker.finish();
    reportLimits();
    ClientTally host = tracker.busiestClient();
    List<CaptureDestination> destinations = new ArrayList<>();
    long inbound = 0;
    long others = 0;
    for (PairTally pair : tracker.pairs()) {
      long connections = pair.attempts + pair.midstream;
      if (host != null && pair.client.equals(host.address)) {
        destinations.add(pair.destination());
      } else if (host != null && pair.server.equals(host.address)) {
        inbound += connections;
      } else {
        others += connections;
      }
    }
    destinations.sort(
        Comparator.comparingLong(CaptureDestination::attempts)
            .reversed()
            .thenComparing(CaptureDestination::endpoint));
    OpenRateSeries series = host == null ? null : host.series;
    return new PacketCapture(
        read == 0 || first == Long.MAX_VALUE ? null : instant(first),
        read == 0 || last == Long.MIN_VALUE ? null : instant(last),
        new PacketCapture.Packets(read, duplicateCount, tcp, otherIp, nonIp, unreadable),
        host == null ? null : host.address.toString(),
        destinations,
        inbound,
        others,
        Math.max(0, tracker.clientCount() - (host == null ? 0 : 1)),
        series == null ? List.of() : series.points(),
        series == null ? Duration.ofSeconds(1) : series.width(),
        source);
  }

  private void reportLimits() {
    if (duplicateCount > 0) {
      diagnostics.info(
          prefix + "duplicates",
          0,
          duplicateCount
              + " packet(s) were copies of a packet already counted ("
              + duplicatesById
              + " by packet id or pktmon's PktGroupId/PktNumber, "
              + duplicatesByContent
              + " by equal content within 50 ms: pktmon logs a packet once per network component"
              + " it passes); each counted once",
          "");
    }
    if (tracker.evictedOpen() > 0) {
      diagnostics.warning(
          prefix + "flow-limit",
          0,
          tracker.evictedOpen()
              + " connection(s) were let go while open: more than "
              + tracker.maxOpen()
              + " were open at once; their close is not counted (attempts still unanswered"
              + " count as unanswered)",
          "");
    }
    if (tracker.evictedClosed() > 0) {
      diagnostics.warning(
          prefix + "closed-limit",
          0,
          tracker.evictedClosed()
              + " closed connection(s) were forgotten before 300 s had passed: more than "
              + tracker.maxClosed()
              + " closed in 300 s; port reuse may be undercounted",
          "");
    }
    if (tracker.untrackedPairs() > 0) {
      diagnostics.warning(
          prefix + "pair-limit",
          0,
          tracker.untrackedPairs()
              + " TCP packet(s) were not tallied: they belong to connections past the first "
              + tracker.maxPairs()
              + " client/endpoint pairs (or "
              + ConnectionTracker.MAX_CLIENTS
              + " clients)",
          "");
    }
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }
}
