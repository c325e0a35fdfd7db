package io.portex.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a packet capture of short TCP connections, streaming, of any size: what a busy application
 * server that opens a connection per request leaves in {@code pktmon} or Wireshark. Host 10.2.0.15
 * connects to SQL Server 10.2.0.40:1433 (70 %), a web service 10.2.0.41:443 (27 %, the server
 * closes first) and 10.2.0.42:8080, which refuses (3 %), at {@code rate} connections a second;
 * local ports go round 49152–65535 as Windows hands them out, so a port comes back to the same
 * endpoint after 16,384 connections. A connection is SYN, SYN/ACK, ACK, a 200-byte request, an
 * 800-byte answer, FIN, FIN, ACK in Ethernet frames; a refused one is SYN and RST.
 *
 * <p>{@code pcap} (little-endian, microseconds) or {@code pcapng} (nanoseconds); with {@code
 * pktmon}, every packet is written twice, on two interfaces ("components"), with pktmon's comment.
 * The same options give the same bytes.
 */
public final class CaptureGenerator {

  static final String USAGE =
      "usage: CaptureGenerator OUT [--bytes SIZE(k|m|g)] [--connections N] [--rate N]"
          + " [--format pcap|pcapng] [--pktmon] [--start EPOCH_SECONDS] [--seed N]";

  private static final byte[] HOST = {10, 2, 0, 15};
  private static final byte[][] SERVERS = {{10, 2, 0, 40}, {10, 2, 0, 41}, {10, 2, 0, 42}};
  private static final int[] SERVER_PORTS = {1433, 443, 8080};
  private static final int SYN = 0x02;
  private static final int ACK = 0x10;
  private static final int FIN = 0x01;
  private static final int RST = 0x04;
  private static final int PSH = 0x08;

  private final long maxBytes;
  private final long maxConnections;
  private final int rate;
  private final boolean pcapng;
  private final boolean pktmon;
  private final long startNanos;
  private final Random random;

  private final byte[] frame = new byte[14 + 20 + 20 + 800];
  private final ByteBuffer record = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
  private OutputStream out;
  private long written;
  private long packets;
  private int ipId;
  private long group = 562949953421312L;

  CaptureGenerator(
      long maxBytes,
      long maxConnections,
      int rate,
      boolean pcapng,
      boolean pktmon,
      long start,
      long seed) {
    this.maxBytes = maxBytes;
    this.maxConnections = maxConnections;
    this.rate = rate;
    this.pcapng = pcapng || pktmon;
    this.pktmon = pktmon;
    this.startNanos = start * 1_000_000_000L;
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    Path out = null;
    long bytes = Long.MAX_VALUE;
    long connections = Long.MAX_VALUE;
    int rate = 500;
    String format = "pcap";
    boolean pktmon = false;
    long start = 1_773_219_600L;
    long seed = 1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--bytes" -> bytes = ByteSize.parse(args[++i]);
        case "--connections" -> connections = Long.parseLong(args[++i]);
        case "--rate" -> rate = Integer.parseInt(args[++i]);
        case "--format" -> format = args[++i];
        case "--pktmon" -> pktmon = true;
        case "--start" -> start = Long.parseLong(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default -> {
          if (args[i].startsWith("--") || out != null) {
            System.err.println(USAGE);
            System.exit(2);
          }
          out = Path.of(args[i]);
        }
      }
    }
    if (out == null) {
      System.err.println(USAGE);
      System.exit(2);
    }
    if (bytes == Long.MAX_VALUE && connections == Long.MAX_VALUE) {
      bytes = 1L << 30;
    }
    CaptureGenerator generator =
        new CaptureGenerator(
            bytes, connections, rate, format.equals("pcapng"), pktmon, start, seed);
    long started = System.nanoTime();
    generator.write(out);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "%s: %,d bytes, %,d packets written in %.1f s%n",
        out, generator.written, generator.packets, seconds);
  }

  /** Writes the capture; returns the bytes written. */
  long write(Path file) throws IOException {
    try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out = stream;
      header();
      long gap = 1_000_000_000L / rate;
      long time = startNanos;
      int port = 49152;
      for (long n = 0; n < maxConnections && written < maxBytes; n++) {
        int pick = random.nextInt(100);
        int server = pick < 70 ? 0 : pick < 97 ? 1 : 2;
        connection(time, port, server);
        port = port == 65535 ? 49152 : port + 1;
        time += gap / 2 + random.nextInt((int) Math.max(1, gap));
      }
    }
    return written;
  }

  long written() {
    return written;
  }

  private void connection(long at, int port, int server) throws IOException {
    byte[] peer = SERVERS[server];
    int peerPort = SERVER_PORTS[server];
    int c = random.nextInt();
    int s = random.nextInt();
    packet(at, HOST, port, peer, peerPort, c, 0, SYN, 0);
    if (server == 2) {
      packet(at + 300_000, peer, peerPort, HOST, port, 0, c + 1, RST | ACK, 0);
      return;
    }
    long rtt = 400_000 + random.nextInt(400_000);
    packet(at + rtt, peer, peerPort, HOST, port, s, c + 1, SYN | ACK, 0);
    packet(at + rtt + 20_000, HOST, port, peer, peerPort, c + 1, s + 1, ACK, 0);
    packet(at + rtt + 40_000, HOST, port, peer, peerPort, c + 1, s + 1, PSH | ACK, 200);
    long answered = at + 2 * rtt + 2_000_000 + random.nextInt(8_000_000);
    packet(answered, peer, peerPort, HOST, port, s + 1, c + 201, PSH | ACK, 800);
    long closed = answered + 100_000;
    if (server == 0) {
      packet(closed, HOST, port, peer, peerPort, c + 201, s + 801, FIN | ACK, 0);
      packet(closed + rtt, peer, peerPort, HOST, port, s + 801, c + 202, FIN | ACK, 0);
      packet(closed + rtt + 20_000, HOST, port, peer, peerPort, c + 202, s + 802, ACK, 0);
    } else {
      packet(closed, peer, peerPort, HOST, port, s + 801, c + 201, FIN | ACK, 0);
      packet(closed + 20_000, HOST, port, peer, peerPort, c + 201, s + 802, FIN | ACK, 0);
      packet(closed + rtt, peer, peerPort, HOST, port, s + 802, c + 202, ACK, 0);
    }
  }

  private void packet(
      long time,
      byte[] src,
      int sport,
      byte[] dst,
      int dport,
      int seq,
      int ack,
      int flags,
      int payload)
      throws IOException {
    ByteBuffer f = ByteBuffer.wrap(frame);
    f.put(new byte[] {0, 0x15, 0x5d, 1, 2, 3, 0, 0x15, 0x5d, 4, 5, 6, 8, 0});
    f.put((byte) 0x45).put((byte) 0).putShort((short) (40 + payload)).putShort((short) ipId++);
    f.putShort((short) 0x4000).put((byte) 128).put((byte) 6).putShort((short) 0);
    f.put(src).put(dst);
    f.putShort((short) sport).putShort((short) dport).putInt(seq).putInt(ack);
    f.put((byte) 0x50).put((byte) flags).putShort((short) 8192).putInt(0);
    int length = 54 + payload;
    if (!pcapng) {
      record.clear();
      record.putInt((int) (time / 1_000_000_000L)).putInt((int) (time % 1_000_000_000L / 1000));
      record.putInt(length).putInt(length);
      emit(record.array(), 16);
      emit(frame, length);
      packets++;
      return;
    }
    group++;
    for (int copy = 0; copy < (pktmon ? 2 : 1); copy++) {
      byte[] comment =
          pktmon
              ? ("PktGroupId "
                      + group
                      + ", PktNumber 1, Appearance "
                      + (copy + 1)
                      + ", Direction "
                      + (src == HOST ? "Tx" : "Rx")
                      + " , Type Ethernet , Component "
                      + (copy == 0 ? 11 : 4)
                      + ", Edge 1, Filter 0, OriginalSize "
                      + length
                      + ", LoggedSize "
                      + length)
                  .getBytes(StandardCharsets.US_ASCII)
              : new byte[0];
      int padded = (length + 3) & ~3;
      int options = comment.length == 0 ? 0 : 4 + ((comment.length + 3) & ~3) + 4;
      int total = 32 + padded + options;
      long stamp = time + copy * 2_000L;
      record.clear();
      record.putInt(6).putInt(total).putInt(copy).putInt((int) (stamp >>> 32)).putInt((int) stamp);
      record.putInt(length).putInt(length);
      emit(record.array(), 28);
      emit(frame, length);
      emit(new byte[4], padded - length);
      if (options > 0) {
        record.clear();
        record.putShort((short) 1).putShort((short) comment.length);
        emit(record.array(), 4);
        emit(comment, comment.length);
        emit(new byte[4], ((comment.length + 3) & ~3) - comment.length);
        emit(new byte[4], 4);
      }
      record.clear();
      record.putInt(total);
      emit(record.array(), 4);
      packets++;
    }
  }

  private void header() throws IOException {
    ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
    if (!pcapng) {
      b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0);
      b.putInt(262144).putInt(1);
      emit(b.array(), b.position());
      return;
    }
    b.putInt(0x0A0D0D0A).putInt(28).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0);
    b.putLong(-1).putInt(28);
    for (int i = 0; i < (pktmon ? 2 : 1); i++) {
      // link type Ethernet, nanosecond stamps (if_tsresol 9)
      b.putInt(1).putInt(32).putShort((short) 1).putShort((short) 0).putInt(0);
      b.putShort((short) 9).putShort((short) 1).put((byte) 9).put(new byte[3]);
      b.putInt(0).putInt(32);
    }
    emit(b.array(), b.position());
  }

  private void emit(byte[] bytes, int length) throws IOException {
    out.write(bytes, 0, length);
    written += length;
  }
}
