package io.portex.core.format.pcap;

/**
 * The fields of one decoded packet that the connection tracking needs, overwritten packet by packet
 * (no allocation per packet). Addresses are two longs each: IPv4 as the IPv4-mapped IPv6 address
 * {@code ::ffff:a.b.c.d}.
 */
final class TcpSegment {

  static final int FIN = 0x01;
  static final int SYN = 0x02;
  static final int RST = 0x04;
  static final int ACK = 0x10;

  /** The prefix of an IPv4-mapped address in the low long. */
  static final long IPV4_MAPPED = 0xffffL << 32;

  long time;
  long srcHi;
  long srcLo;
  long dstHi;
  long dstLo;
  int srcPort;
  int dstPort;
  int seq;
  int ack;
  int flags;

  /** A hash of what makes this packet this packet (for spotting copies of it). */
  long identity;

  boolean has(int flag) {
    return (flags & flag) != 0;
  }
}
