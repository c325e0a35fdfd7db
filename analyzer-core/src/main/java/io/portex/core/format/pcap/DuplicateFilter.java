package io.portex.core.format.pcap;

/**
 * Spots copies of a packet already counted. {@code pktmon etl2pcap} (and {@code pktmon pcapng})
 * writes a packet once for every network component it passed (NIC, switch, filter, TCP/IP, …), each
 * copy as its own packet, often on its own interface; a mirror port can copy a frame twice.
 *
 * <p>A packet is known by, in this order: the pcapng {@code epb_packetid} option (the same for
 * every copy of one packet); the {@code PktGroupId} and {@code PktNumber} that newer pktmon
 * versions write into each packet's comment ({@code "PktGroupId 562949953421500, PktNumber 1,
 * Appearance 2, Direction Tx , Type Ethernet , Component 78, …"}); else its content: addresses,
 * IPv4 id and total length (IPv6 flow label and payload length), ports, sequence and acknowledgment
 * numbers and flags, which a retransmission does not share (a new IPv4 id) or only after a
 * retransmission timeout. Link headers, TTL and checksums are left out: they differ between the
 * components that logged one packet (checksum offload fills them in late). A copy counts as one
 * when it follows the packet within {@link #CONTENT_WINDOW_NANOS} (content) or {@link
 * #ID_WINDOW_NANOS} (ids).
 *
 * <p>Memory is fixed: a direct-mapped table of the last keys seen; a key pushed out by another is
 * forgotten, so a copy arriving after thousands of other packets is counted again (never a packet
 * lost).
 */
final class DuplicateFilter {

  /** How close in time content-equal packets must be to be one packet. */
  static final long CONTENT_WINDOW_NANOS = 50_000_000L;

  /** How close in time packets with the same packet id must be to be one packet. */
  static final long ID_WINDOW_NANOS = 10_000_000_000L;

  private static final int SLOTS = 1 << 13;

  private final long[] keys = new long[SLOTS];
  private final long[] times = new long[SLOTS];

  /** True when {@code key} was seen within {@code window} of {@code time}; else remembers it. */
  boolean seen(long key, long time, long window) {
    long k = key == 0 ? 1 : key;
    int slot = (int) (PacketDecoder.mix(k) & (SLOTS - 1));
    if (keys[slot] == k && Math.abs(time - times[slot]) <= window) {
      return true;
    }
    keys[slot] = k;
    times[slot] = time;
    return false;
  }
}
