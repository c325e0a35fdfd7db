package io.portex.core.format.pcap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/** Writes packets as a pcap or pcapng file, in either byte order, for tests. */
final class CaptureWriter {

  /** One packet: when, on which interface (pcapng), the frame, and an optional comment. */
  record Packet(long nanos, int iface, byte[] frame, String comment) {
    Packet(long nanos, byte[] frame) {
      this(nanos, 0, frame, null);
    }
  }

  private CaptureWriter() {}

  /** A classic pcap file. */
  static byte[] pcap(List<Packet> packets, int linkType, ByteOrder order, boolean nanos, int snap) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer header = ByteBuffer.allocate(24).order(order);
    header.putInt(nanos ? 0xa1b23c4d : 0xa1b2c3d4).putShort((short) 2).putShort((short) 4);
    header.putInt(0).putInt(0).putInt(snap).putInt(linkType);
    out.writeBytes(header.array());
    for (Packet p : packets) {
      int captured = Math.min(snap, p.frame().length);
      ByteBuffer record = ByteBuffer.allocate(16).order(order);
      long seconds = Math.floorDiv(p.nanos(), 1_000_000_000L);
      long fraction = Math.floorMod(p.nanos(), 1_000_000_000L);
      record.putInt((int) seconds).putInt((int) (nanos ? fraction : fraction / 1000));
      record.putInt(captured).putInt(p.frame().length);
      out.writeBytes(record.array());
      out.write(p.frame(), 0, captured);
    }
    return out.toByteArray();
  }

  /**
   * A pcapng file with one section and one interface per entry of {@code linkTypes}; packets go as
   * enhanced packet blocks (microsecond or nanosecond resolution), or as simple packet blocks.
   */
  static byte[] pcapng(
      List<Packet> packets, int[] linkTypes, ByteOrder order, boolean nanos, boolean simple) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    block(out, order, PcapngReader.SECTION_HEADER, shb(order));
    for (int linkType : linkTypes) {
      ByteBuffer idb = ByteBuffer.allocate(nanos ? 20 : 8).order(order);
      idb.putShort((short) linkType).putShort((short) 0).putInt(0);
      if (nanos) {
        idb.putShort((short) 9).putShort((short) 1).put((byte) 9).put(new byte[3]);
        idb.putShort((short) 0).putShort((short) 0);
      }
      block(out, order, 1, idb.array());
    }
    for (Packet p : packets) {
      byte[] frame = p.frame();
      int padded = (frame.length + 3) & ~3;
      if (simple) {
        ByteBuffer spb = ByteBuffer.allocate(4 + padded).order(order);
        spb.putInt(frame.length).put(frame);
        block(out, order, 3, spb.array());
        continue;
      }
      byte[] comment = p.comment() == null ? new byte[0] : p.comment().getBytes();
      int options = comment.length == 0 ? 0 : 4 + ((comment.length + 3) & ~3) + 4;
      ByteBuffer epb = ByteBuffer.allocate(20 + padded + options).order(order);
      long stamp = nanos ? p.nanos() : p.nanos() / 1000;
      epb.putInt(p.iface()).putInt((int) (stamp >>> 32)).putInt((int) stamp);
      epb.putInt(frame.length).putInt(frame.length).put(frame);
      epb.position(20 + padded);
      if (comment.length > 0) {
        epb.putShort((short) 1).putShort((short) comment.length).put(comment);
        epb.position(epb.position() + (((comment.length + 3) & ~3) - comment.length));
        epb.putShort((short) 0).putShort((short) 0);
      }
      block(out, order, 6, epb.array());
    }
    return out.toByteArray();
  }

  private static byte[] shb(ByteOrder order) {
    ByteBuffer shb = ByteBuffer.allocate(16).order(order);
    shb.putInt(PcapngReader.BYTE_ORDER_MAGIC).putShort((short) 1).putShort((short) 0).putLong(-1);
    return shb.array();
  }

  static void block(ByteArrayOutputStream out, ByteOrder order, int type, byte[] body) {
    ByteBuffer b = ByteBuffer.allocate(12 + body.length).order(order);
    b.putInt(type).putInt(12 + body.length).put(body).putInt(12 + body.length);
    out.writeBytes(b.array());
  }
}
