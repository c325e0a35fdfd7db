package io.portex.core.format.pcap;

/**
 * The link-layer header types portex reads (tcpdump.org LINKTYPE_ values), and where the IP header
 * starts behind each.
 */
final class LinkType {

  /** BSD loopback: a 4-byte address family in the writer's byte order. */
  static final int NULL = 0;

  static final int ETHERNET = 1;

  /** Raw IP as OpenBSD numbers it (DLT_RAW 14) and as older libpcap did (12). */
  static final int RAW_12 = 12;

  static final int RAW_14 = 14;

  /** OpenBSD loopback: a 4-byte address family in network byte order. */
  static final int LOOP = 108;

  /** Raw IPv4 or IPv6, told apart by the version nibble. */
  static final int RAW = 101;

  /** Linux "cooked" capture (any device), version 1: 16-byte header. */
  static final int LINUX_SLL = 113;

  static final int IPV4 = 228;

  static final int IPV6 = 229;

  /** Linux "cooked" capture, version 2: 20-byte header. */
  static final int LINUX_SLL2 = 276;

  /** Returned by {@link #ipOffset} for a frame that carries no IP. */
  static final int NOT_IP = -1;

  /** Returned by {@link #ipOffset} for a frame cut before its IP header. */
  static final int CUT = -2;

  /** Returned by {@link #ipOffset} for a link type portex does not read. */
  static final int UNSUPPORTED = -3;

  private static final int ETHERTYPE_IPV4 = 0x0800;
  private static final int ETHERTYPE_IPV6 = 0x86dd;

  private LinkType() {}

  static boolean supported(int linkType) {
    return switch (linkType) {
      case NULL, ETHERNET, RAW_12, RAW_14, LOOP, RAW, LINUX_SLL, IPV4, IPV6, LINUX_SLL2 -> true;
      default -> false;
    };
  }

  static String name(int linkType) {
    return switch (linkType) {
      case NULL -> "BSD loopback";
      case ETHERNET -> "Ethernet";
      case RAW_12, RAW_14, RAW -> "raw IP";
      case LOOP -> "OpenBSD loopback";
      case LINUX_SLL -> "Linux cooked v1";
      case IPV4 -> "raw IPv4";
      case IPV6 -> "raw IPv6";
      case LINUX_SLL2 -> "Linux cooked v2";
      default -> "link type " + linkType;
    };
  }

  /**
   * Where the IP header starts in a frame, relative to {@code at}, or {@link #NOT_IP}, {@link #CUT}
   * or {@link #UNSUPPORTED}.
   *
   * @param length the bytes captured of the frame
   */
  static int ipOffset(int linkType, byte[] b, int at, int length) {
    switch (linkType) {
      case ETHERNET:
        return ethernet(b, at, length);
      case RAW, RAW_12, RAW_14, IPV4, IPV6:
        return byVersion(b, at, length, 0);
      case NULL, LOOP:
        // the family is in the writer's byte order (NULL) and its values differ between
        // systems (AF_INET6 is 10, 23, 24, 28 or 30): the IP version nibble says more
        return byVersion(b, at, length, 4);
      case LINUX_SLL:
        return length < 16 ? CUT : etherType(Endian.u16(b, at + 14), 16);
      case LINUX_SLL2:
        return length < 20 ? CUT : etherType(Endian.u16(b, at), 20);
      default:
        return UNSUPPORTED;
    }
  }

  private static int ethernet(byte[] b, int at, int length) {
    int offset = 12;
    while (true) {
      if (length < offset + 2) {
        return CUT;
      }
      int type = Endian.u16(b, at + offset);
      // 802.1Q, 802.1ad and the old QinQ tag: 2 bytes of tag control, then the next type
      if (type == 0x8100 || type == 0x88a8 || type == 0x9100) {
        offset += 4;
        if (offset > 12 + 4 * 4) {
          return NOT_IP;
        }
        continue;
      }
      return etherType(type, offset + 2);
    }
  }

  private static int etherType(int type, int offset) {
    return type == ETHERTYPE_IPV4 || type == ETHERTYPE_IPV6 ? offset : NOT_IP;
  }

  private static int byVersion(byte[] b, int at, int length, int offset) {
    if (length <= offset) {
      return CUT;
    }
    int version = (b[at + offset] >> 4) & 15;
    return version == 4 || version == 6 ? offset : NOT_IP;
  }
}
