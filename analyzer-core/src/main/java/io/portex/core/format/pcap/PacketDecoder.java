package io.portex.core.format.pcap;

/**
 * Finds the IPv4 or IPv6 header behind the link header, follows IPv6 extension headers, and reads
 * the TCP header's ports, sequence numbers and flags into a {@link TcpSegment}.
 */
final class PacketDecoder {

  /** What a packet turned out to be. */
  enum Kind {
    TCP,
    OTHER_IP,
    NOT_IP,
    UNSUPPORTED_LINK,
    /** Cut before the IP header or the first 14 bytes of the TCP header. */
    CUT,
    MALFORMED
  }

  /** The TCP header bytes needed: ports, sequence and acknowledgment numbers, offset, flags. */
  static final int TCP_NEEDED = 14;

  private static final int TCP = 6;

  private PacketDecoder() {}

  /**
   * Decodes one frame into {@code segment} (only for {@link Kind#TCP}; for {@link Kind#OTHER_IP}
   * only {@code identity}).
   */
  static Kind decode(int linkType, byte[] b, int at, int length, TcpSegment segment) {
    int ip = LinkType.ipOffset(linkType, b, at, length);
    if (ip < 0) {
      return ip == LinkType.NOT_IP
          ? Kind.NOT_IP
          : ip == LinkType.CUT ? Kind.CUT : Kind.UNSUPPORTED_LINK;
    }
    int start = at + ip;
    int left = length - ip;
    int version = (b[start] >> 4) & 15;
    return version == 4 ? ipv4(b, start, left, segment) : ipv6(b, start, left, segment);
  }

  private static Kind ipv4(byte[] b, int at, int length, TcpSegment s) {
    if (length < 20) {
      return Kind.CUT;
    }
    int headerLength = (b[at] & 15) * 4;
    if (headerLength < 20) {
      return Kind.MALFORMED;
    }
    int protocol = b[at + 9] & 0xff;
    int fragmentOffset = Endian.u16(b, at + 6) & 0x1fff;
    s.srcHi = 0;
    s.srcLo = TcpSegment.IPV4_MAPPED | Endian.u32(b, at + 12);
    s.dstHi = 0;
    s.dstLo = TcpSegment.IPV4_MAPPED | Endian.u32(b, at + 16);
    // id and total length tell copies of one packet from a retransmission of it (TTL and the
    // header checksum may change between the places a packet is logged, so they are left out)
    long identity = (long) Endian.u16(b, at + 4) << 16 | Endian.u16(b, at + 2);
    if (protocol != TCP || fragmentOffset != 0) {
      s.identity = mix(identity ^ s.srcLo * 31 ^ s.dstLo * 17 ^ protocol << 8);
      return Kind.OTHER_IP;
    }
    if (length < headerLength + TCP_NEEDED) {
      return Kind.CUT;
    }
    return tcp(b, at + headerLength, s, identity);
  }

  private static Kind ipv6(byte[] b, int at, int length, TcpSegment s) {
    if (length < 40) {
      return Kind.CUT;
    }
    s.srcHi = Endian.i64(b, at + 8);
    s.srcLo = Endian.i64(b, at + 16);
    s.dstHi = Endian.i64(b, at + 24);
    s.dstLo = Endian.i64(b, at + 32);
    long identity = (Endian.u32(b, at) & 0xfffff) << 16 | Endian.u16(b, at + 4);
    int next = b[at + 6] & 0xff;
    int offset = 40;
    for (int hops = 0; hops < 8; hops++) {
      switch (next) {
        case TCP:
          if (length < offset + TCP_NEEDED) {
            return Kind.CUT;
          }
          return tcp(b, at + offset, s, identity);
        case 0, 43, 60: // hop-by-hop, routing, destination options
          if (length < offset + 2) {
            return Kind.CUT;
          }
          next = b[at + offset] & 0xff;
          offset += ((b[at + offset + 1] & 0xff) + 1) * 8;
          break;
        case 51: // authentication header
          if (length < offset + 2) {
            return Kind.CUT;
          }
          next = b[at + offset] & 0xff;
          offset += ((b[at + offset + 1] & 0xff) + 2) * 4;
          break;
        case 44: // fragment: only the first fragment carries the TCP header
          if (length < offset + 8) {
            return Kind.CUT;
          }
          if ((Endian.u16(b, at + offset + 2) & 0xfff8) != 0) {
            return otherIp(s, identity ^ Endian.u32(b, at + offset + 4) << 24, next);
          }
          next = b[at + offset] & 0xff;
          offset += 8;
          break;
        default:
          return otherIp(s, identity, next);
      }
    }
    return otherIp(s, identity, next);
  }

  private static Kind otherIp(TcpSegment s, long identity, int protocol) {
    s.identity =
        mix(identity ^ s.srcLo * 31 ^ s.srcHi * 7 ^ s.dstLo * 17 ^ s.dstHi * 13 ^ protocol << 8);
    return Kind.OTHER_IP;
  }

  private static Kind tcp(byte[] b, int at, TcpSegment s, long ipIdentity) {
    s.srcPort = Endian.u16(b, at);
    s.dstPort = Endian.u16(b, at + 2);
    s.seq = Endian.i32(b, at + 4);
    s.ack = Endian.i32(b, at + 8);
    s.flags = b[at + 13] & 0x3f;
    long h = ipIdentity;
    h = h * 0x9e3779b97f4a7c15L + s.srcLo;
    h = h * 0x9e3779b97f4a7c15L + s.dstLo;
    h = h * 0x9e3779b97f4a7c15L + (s.srcHi ^ s.dstHi * 3);
    h = h * 0x9e3779b97f4a7c15L + ((long) s.srcPort << 16 | s.dstPort);
    h = h * 0x9e3779b97f4a7c15L + ((long) s.seq << 32 | (s.ack & 0xffffffffL));
    s.identity = mix(h ^ s.flags);
    return Kind.TCP;
  }

  /** A 64-bit finaliser (from SplitMix64): spreads every input bit over the hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
