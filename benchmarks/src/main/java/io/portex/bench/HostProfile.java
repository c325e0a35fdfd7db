package io.portex.bench;

import java.util.List;

/**
 * The simulated server whose sockets the generator lists: an IIS host ({@code w3wp}, pid 6240) that
 * opens short connections to a database, web services and domain controllers, and leaves them in
 * {@code TIME_WAIT}, the usual start of port exhaustion. Constant data only.
 */
final class HostProfile {

  /** The first port of the Windows dynamic range and its size (49152-65535). */
  static final int EPHEMERAL_FIRST = 49152;

  static final int EPHEMERAL_COUNT = 16384;

  static final String HOST = "10.20.30.40:";
  static final String LOOPBACK = "127.0.0.1:";
  static final String LINK_LOCAL = "[fe80::1%12]:";
  static final Address LINK_LOCAL_PEER = Address.of("[fe80::2%12]:", 445);

  /** Sockets every snapshot starts with, TCP over IPv4. */
  static final List<NetstatRow> TCP4_LISTENERS =
      List.of(
          listening("0.0.0.0:", 80, "0.0.0.0:", 4),
          listening("0.0.0.0:", 135, "0.0.0.0:", 1012),
          listening("0.0.0.0:", 443, "0.0.0.0:", 4),
          listening("0.0.0.0:", 445, "0.0.0.0:", 4),
          listening("0.0.0.0:", 3389, "0.0.0.0:", 1220),
          listening("0.0.0.0:", 5985, "0.0.0.0:", 4),
          listening("0.0.0.0:", 49664, "0.0.0.0:", 804),
          listening("0.0.0.0:", 49665, "0.0.0.0:", 652),
          listening("0.0.0.0:", 49666, "0.0.0.0:", 1456),
          listening("0.0.0.0:", 49668, "0.0.0.0:", 2380),
          listening(HOST, 139, "0.0.0.0:", 4));

  /** Listening sockets over IPv6. */
  static final List<NetstatRow> TCP6_LISTENERS =
      List.of(
          listening("[::]:", 135, "[::]:", 1012),
          listening("[::]:", 445, "[::]:", 4),
          listening("[::]:", 3389, "[::]:", 1220),
          listening("[::]:", 49664, "[::]:", 804));

  /** UDP sockets every snapshot lists before the ephemeral ones of the DNS client. */
  static final List<NetstatRow> UDP_FIXED =
      List.of(
          udp("0.0.0.0:", 123, 1234),
          udp("0.0.0.0:", 500, 3068),
          udp("0.0.0.0:", 4500, 3068),
          udp("0.0.0.0:", 5353, 1580),
          udp("0.0.0.0:", 5355, 1580),
          udp(HOST, 137, 4),
          udp(HOST, 138, 4),
          udp("[::]:", 123, 1234),
          udp("[::]:", 500, 3068),
          udp("[fe80::1%12]:", 546, 1720));

  /** The owner of the DNS client's ephemeral UDP sockets. */
  static final int DNS_CLIENT_PID = 1580;

  /** Where outbound IPv4 connections go, how often (weights summing to 100), and who opens them. */
  static final List<Remote> REMOTES =
      List.of(
          new Remote(HOST, Address.of("10.20.1.15:", 1433), 45, 6240),
          new Remote(HOST, Address.of("10.20.1.16:", 443), 20, 6240),
          new Remote(HOST, Address.of("52.114.128.70:", 443), 10, 6240),
          new Remote(HOST, Address.of("10.20.1.17:", 445), 8, 4),
          new Remote(HOST, Address.of("10.20.1.20:", 389), 7, 804),
          new Remote(HOST, Address.of("10.20.1.21:", 88), 5, 804),
          new Remote(LOOPBACK, Address.of(LOOPBACK, 5000), 5, 5100));

  /** States of outbound IPv4 connections and their weights (summing to 100). */
  static final List<Weighted> STATES =
      List.of(
          new Weighted("TIME_WAIT", 70),
          new Weighted("ESTABLISHED", 19),
          new Weighted("CLOSE_WAIT", 5),
          new Weighted("FIN_WAIT_2", 2),
          new Weighted("SYN_SENT", 2),
          new Weighted("FIN_WAIT_1", 1),
          new Weighted("LAST_ACK", 1));

  /**
   * A remote endpoint of outbound connections.
   *
   * @param localPrefix the local address the connections leave from
   * @param address the remote address
   * @param weight how often it is chosen, of 100
   * @param pid the process that opens the connections
   */
  record Remote(String localPrefix, Address address, int weight, int pid) {}

  /**
   * A state word and how often it is chosen, of 100.
   *
   * @param state the state as netstat prints it
   * @param weight how often it is chosen
   */
  record Weighted(String state, int weight) {}

  private HostProfile() {}

  private static NetstatRow listening(String host, int port, String anyHost, int pid) {
    return new NetstatRow("TCP", Address.of(host, port), Address.of(anyHost, 0), "LISTENING", pid);
  }

  private static NetstatRow udp(String host, int port, int pid) {
    return new NetstatRow("UDP", Address.of(host, port), Address.ANY, "", pid);
  }
}
