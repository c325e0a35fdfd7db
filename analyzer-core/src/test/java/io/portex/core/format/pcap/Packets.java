package io.portex.core.format.pcap;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;

/** Builds IP packets and link-layer frames byte by byte, for captures written in tests. */
final class Packets {

  static final int FIN = 0x01;
  static final int SYN = 0x02;
  static final int RST = 0x04;
  static final int PSH = 0x08;
  static final int ACK = 0x10;

  private Packets() {}

  /** A TCP segment in an IPv4 or IPv6 packet (by the address), with {@code payload} zero bytes. */
  static byte[] tcp(
      String src,
      int srcPort,
      String dst,
      int dstPort,
      long seq,
      long ack,
      int flags,
      int payload,
      int ipId) {
    byte[] source = address(src);
    byte[] target = address(dst);
    ByteBuffer tcp = ByteBuffer.allocate(20 + payload);
    tcp.putShort((short) srcPort).putShort((short) dstPort).putInt((int) seq).putInt((int) ack);
    tcp.put((byte) 0x50)
        .put((byte) flags)
        .putShort((short) 64240)
        .putShort((short) 0)
        .putShort((short) 0);
    byte[] segment = tcp.array();
    if (source.length == 4) {
      ByteBuffer ip = ByteBuffer.allocate(20 + segment.length);
      ip.put((byte) 0x45).put((byte) 0).putShort((short) (20 + segment.length));
      ip.putShort((short) ipId).putShort((short) 0x4000).put((byte) 128).put((byte) 6);
      ip.putShort((short) 0).put(source).put(target).put(segment);
      return ip.array();
    }
    ByteBuffer ip = ByteBuffer.allocate(40 + segment.length);
    ip.putInt(0x60000000 | (ipId & 0xfffff)).putShort((short) segment.length).put((byte) 6);
    ip.put((byte) 64).put(source).put(target).put(segment);
    return ip.array();
  }

  /** A UDP datagram in IPv4. */
  static byte[] udp(String src, int srcPort, String dst, int dstPort, int ipId) {
    ByteBuffer ip = ByteBuffer.allocate(20 + 8 + 12);
    ip.put((byte) 0x45).put((byte) 0).putShort((short) 40).putShort((short) ipId);
    ip.putShort((short) 0).put((byte) 128).put((byte) 17).putShort((short) 0);
    ip.put(address(src)).put(address(dst));
    ip.putShort((short) srcPort).putShort((short) dstPort).putShort((short) 20).putShort((short) 0);
    return ip.array();
  }

  /** An Ethernet II frame around an IP packet, with 802.1Q tags when {@code vlans} > 0. */
  static byte[] ethernet(byte[] ip, int vlans) {
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    frame.writeBytes(new byte[] {0, 0x15, 0x5d, 1, 2, 3, 0, 0x15, 0x5d, 4, 5, 6});
    for (int i = 0; i < vlans; i++) {
      frame.writeBytes(new byte[] {(byte) 0x81, 0, 0, (byte) (10 + i)});
    }
    int type = (ip[0] >> 4) == 4 ? 0x0800 : 0x86dd;
    frame.write(type >> 8);
    frame.write(type & 255);
    frame.writeBytes(ip);
    return frame.toByteArray();
  }

  /** An ARP request in an Ethernet frame: no IP. */
  static byte[] arp() {
    byte[] frame = new byte[42];
    for (int i = 0; i < 6; i++) {
      frame[i] = (byte) 0xff;
    }
    frame[12] = 0x08;
    frame[13] = 0x06;
    return frame;
  }

  /** The frame for an IP packet under a link type. */
  static byte[] frame(int linkType, byte[] ip) {
    boolean v4 = (ip[0] >> 4) == 4;
    ByteBuffer b;
    switch (linkType) {
      case LinkType.ETHERNET:
        return ethernet(ip, 0);
      case LinkType.RAW, LinkType.IPV4, LinkType.IPV6:
        return ip;
      case LinkType.LINUX_SLL:
        b = ByteBuffer.allocate(16 + ip.length);
        b.putShort((short) 4).putShort((short) 1).putShort((short) 6).put(new byte[8]);
        b.putShort((short) (v4 ? 0x0800 : 0x86dd)).put(ip);
        return b.array();
      case LinkType.LINUX_SLL2:
        b = ByteBuffer.allocate(20 + ip.length);
        b.putShort((short) (v4 ? 0x0800 : 0x86dd)).putShort((short) 0).putInt(2);
        b.putShort((short) 1).put((byte) 4).put((byte) 6).put(new byte[8]).put(ip);
        return b.array();
      case LinkType.NULL:
        b = ByteBuffer.allocate(4 + ip.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(v4 ? 2 : 24).put(ip);
        return b.array();
      case LinkType.LOOP:
        b = ByteBuffer.allocate(4 + ip.length);
        b.putInt(v4 ? 2 : 24).put(ip);
        return b.array();
      default:
        throw new IllegalArgumentException("link type " + linkType);
    }
  }

  static byte[] address(String text) {
    try {
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
