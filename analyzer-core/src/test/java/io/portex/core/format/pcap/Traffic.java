package io.portex.core.format.pcap;

import static io.portex.core.format.pcap.Packets.ACK;
import static io.portex.core.format.pcap.Packets.FIN;
import static io.portex.core.format.pcap.Packets.PSH;
import static io.portex.core.format.pcap.Packets.RST;
import static io.portex.core.format.pcap.Packets.SYN;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * TCP conversations as IP packets with times, for captures written in tests. Every packet gets its
 * own IPv4 id (IPv6 flow label), as a real stack gives it.
 */
final class Traffic {

  /** An IP packet and when it was seen. */
  record Timed(long nanos, byte[] ip) {}

  /** 2026-03-11T09:00:00Z. */
  static final long T0 = 1_773_219_600_000_000_000L;

  static final long MS = 1_000_000L;

  private final List<Timed> packets = new ArrayList<>();
  private int ipId = 1;
  private long isn = 1_000_000;

  /** The packets in time order (stable for equal times). */
  List<Timed> packets() {
    List<Timed> sorted = new ArrayList<>(packets);
    sorted.sort(Comparator.comparingLong(Timed::nanos));
    return sorted;
  }

  private void add(
      long at,
      String src,
      int sport,
      String dst,
      int dport,
      long seq,
      long ack,
      int flags,
      int payload) {
    packets.add(
        new Timed(at, Packets.tcp(src, sport, dst, dport, seq, ack, flags, payload, ipId++)));
  }

  /** A full connection: handshake, a request and an answer, then a close started by one side. */
  Traffic connection(
      String client, int cport, String server, int sport, long at, boolean clientCloses) {
    long c = isn += 7919;
    long s = isn += 104_729;
    add(at, client, cport, server, sport, c, 0, SYN, 0);
    add(at + MS, server, sport, client, cport, s, c + 1, SYN | ACK, 0);
    add(at + 2 * MS, client, cport, server, sport, c + 1, s + 1, ACK, 0);
    add(at + 3 * MS, client, cport, server, sport, c + 1, s + 1, PSH | ACK, 100);
    add(at + 20 * MS, server, sport, client, cport, s + 1, c + 101, PSH | ACK, 500);
    long cs = c + 101;
    long ss = s + 501;
    if (clientCloses) {
      add(at + 30 * MS, client, cport, server, sport, cs, ss, FIN | ACK, 0);
      add(at + 31 * MS, server, sport, client, cport, ss, cs + 1, FIN | ACK, 0);
      add(at + 32 * MS, client, cport, server, sport, cs + 1, ss + 1, ACK, 0);
    } else {
      add(at + 30 * MS, server, sport, client, cport, ss, cs, FIN | ACK, 0);
      add(at + 31 * MS, client, cport, server, sport, cs, ss + 1, FIN | ACK, 0);
      add(at + 32 * MS, server, sport, client, cport, ss + 1, cs + 1, ACK, 0);
    }
    return this;
  }

  /** An attempt the server refuses: SYN, then RST/ACK. */
  Traffic refused(String client, int cport, String server, int sport, long at) {
    long c = isn += 7919;
    add(at, client, cport, server, sport, c, 0, SYN, 0);
    add(at + MS, server, sport, client, cport, 0, c + 1, RST | ACK, 0);
    return this;
  }

  /** An attempt nobody answers: the SYN sent {@code tries} times, 1 s, 2 s, 4 s … apart. */
  Traffic unanswered(String client, int cport, String server, int sport, long at, int tries) {
    long c = isn += 7919;
    long when = at;
    for (int i = 0; i < tries; i++) {
      add(when, client, cport, server, sport, c, 0, SYN, 0);
      when += (1000L << i) * MS;
    }
    return this;
  }

  /** A connection the server resets after the handshake. */
  Traffic resetByServer(String client, int cport, String server, int sport, long at) {
    long c = isn += 7919;
    long s = isn += 104_729;
    add(at, client, cport, server, sport, c, 0, SYN, 0);
    add(at + MS, server, sport, client, cport, s, c + 1, SYN | ACK, 0);
    add(at + 2 * MS, client, cport, server, sport, c + 1, s + 1, ACK, 0);
    add(at + 50 * MS, server, sport, client, cport, s + 1, c + 1, RST | ACK, 0);
    return this;
  }

  /** Some UDP (DNS) packets: IP, not TCP. */
  Traffic udp(String client, String server, long at) {
    packets.add(new Timed(at, Packets.udp(client, 53000, server, 53, ipId++)));
    packets.add(new Timed(at + MS, Packets.udp(server, 53, client, 53000, ipId++)));
    return this;
  }

  /**
   * {@code connections} conversations of host 10.0.0.1 with random outcomes towards six endpoints
   * (one over IPv6 from 2001:db8::1 is left out: the host is one address), ports drawn from a small
   * range so that some are used again soon after a close.
   */
  static Traffic random(long seed, int connections) {
    java.util.Random random = new java.util.Random(seed);
    String[] servers = {"10.1.0.1", "10.1.0.2", "10.1.0.3", "192.168.7.40", "10.1.0.5"};
    int[] ports = {443, 1433, 80, 8443, 389};
    Traffic t = new Traffic();
    java.util.Map<String, Long> busyUntil = new java.util.HashMap<>();
    long at = T0;
    for (int i = 0; i < connections; i++) {
      at += random.nextInt(400) * MS;
      int server = random.nextInt(servers.length);
      int port = 49152 + random.nextInt(40);
      String tuple = port + "/" + server;
      if (busyUntil.getOrDefault(tuple, 0L) > at) {
        continue;
      }
      int outcome = random.nextInt(10);
      long end = at + 60 * MS;
      if (outcome < 5) {
        t.connection("10.0.0.1", port, servers[server], ports[server], at, true);
      } else if (outcome < 7) {
        t.connection("10.0.0.1", port, servers[server], ports[server], at, false);
      } else if (outcome == 7) {
        t.refused("10.0.0.1", port, servers[server], ports[server], at);
      } else if (outcome == 8) {
        t.unanswered("10.0.0.1", port, servers[server], ports[server], at, 1 + random.nextInt(3));
        end = at + 8_000 * MS;
      } else {
        t.resetByServer("10.0.0.1", port, servers[server], ports[server], at);
      }
      busyUntil.put(tuple, end);
    }
    return t;
  }

  /**
   * The standard ticket: host 10.0.0.1 opens 6 connections to 10.0.0.5:443 and closes them (port
   * 50000 used again 10 s after its first close), 3 to 10.0.0.6:1433 that the server closes, 2
   * refused by 10.0.0.7:80, 1 unanswered to 10.0.0.8:8080 (3 SYNs), 1 reset by 10.0.0.10:5000;
   * 10.0.0.9 connects to the host's 3389; 2001:db8::1 opens 2 to [2001:db8::5]:443; UDP.
   */
  static Traffic standard() {
    Traffic t = new Traffic();
    for (int i = 0; i < 5; i++) {
      t.connection("10.0.0.1", 50000 + i, "10.0.0.5", 443, T0 + i * 1000 * MS, true);
    }
    t.connection("10.0.0.1", 50000, "10.0.0.5", 443, T0 + 10_000 * MS, true);
    for (int i = 0; i < 3; i++) {
      t.connection("10.0.0.1", 51000 + i, "10.0.0.6", 1433, T0 + 500 * MS + i * 700 * MS, false);
    }
    t.refused("10.0.0.1", 52000, "10.0.0.7", 80, T0 + 2_000 * MS);
    t.refused("10.0.0.1", 52001, "10.0.0.7", 80, T0 + 2_500 * MS);
    t.unanswered("10.0.0.1", 53000, "10.0.0.8", 8080, T0 + 3_000 * MS, 3);
    t.resetByServer("10.0.0.1", 54000, "10.0.0.10", 5000, T0 + 4_000 * MS);
    t.connection("10.0.0.9", 60000, "10.0.0.1", 3389, T0 + 1_500 * MS, true);
    t.connection("2001:db8::1", 55000, "2001:db8::5", 443, T0 + 5_000 * MS, true);
    t.connection("2001:db8::1", 55001, "2001:db8::5", 443, T0 + 6_000 * MS, false);
    t.udp("10.0.0.1", "10.0.0.53", T0 + 100 * MS);
    return t;
  }
}
