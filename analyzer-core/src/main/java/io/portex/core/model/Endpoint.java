package io.portex.core.model;

import java.util.Objects;

/**
 * One end of a socket: an address or host name and a port. IPv6 addresses are kept without brackets
 * and with their zone ({@code fe80::1%12}). The port is -1 when the input gave a service name
 * instead of a number ({@code https} in {@code netstat} without {@code -n}); the name is kept.
 * Immutable; equal when host, port and service are.
 */
public final class Endpoint {

  /** The wildcard foreign address of UDP rows ({@code *:*}). */
  public static final Endpoint ANY = new Endpoint("*", -1, "*", "*:*");

  /**
   * A remote end the input did not show (a row cut short, a view without remote columns). It is
   * never tallied as a destination.
   */
  public static final Endpoint UNKNOWN = new Endpoint("?", -1, "?", "?");

  private final int port;
  private final String service;
  private final String text;
  private final int hostStart;
  private final int hostEnd;

  /** The host, cut from {@code text} on first use: most endpoints are only ever counted. */
  private String host;

  private Endpoint(String host, int port, String service, String text) {
    this.host = Objects.requireNonNull(host, "host");
    if (port < -1 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    this.port = port;
    this.service = service;
    this.text = text != null ? text : render(host, port, service);
    this.hostStart = -1;
    this.hostEnd = -1;
  }

  private Endpoint(String text, int hostStart, int hostEnd, int port) {
    if (port < 0 || port > 65535 || hostStart < 0 || hostEnd <= hostStart) {
      throw new IllegalArgumentException("bad endpoint '" + text + "'");
    }
    this.text = text;
    this.hostStart = hostStart;
    this.hostEnd = hostEnd;
    this.port = port;
    this.service = null;
  }

  /**
   * @param host IPv4 or IPv6 address (no brackets), host name, or {@code *}
   * @param port 0–65535, or -1 when unknown or given by name
   * @param service the service name the input showed instead of a number, or null
   */
  public static Endpoint of(String host, int port, String service) {
    return new Endpoint(host, port, service, null);
  }

  public static Endpoint of(String host, int port) {
    return new Endpoint(host, port, null, null);
  }

  /**
   * An endpoint read from its netstat rendering ({@code 10.0.0.1:443}, {@code [::1]:80}), keeping
   * that text: nothing is rendered or cut per row.
   *
   * @param text the rendering, as {@link #toString()} gives it
   * @param hostStart where the host starts in {@code text} (after any {@code [})
   * @param hostEnd where it ends (before any {@code ]})
   * @param port the port number
   */
  public static Endpoint parsed(String text, int hostStart, int hostEnd, int port) {
    return new Endpoint(text, hostStart, hostEnd, port);
  }

  /** True when both name the same host; parsed endpoints compare their text, cutting nothing. */
  public boolean sameHost(Endpoint other) {
    if (hostStart >= 0 && other.hostStart >= 0) {
      int length = hostEnd - hostStart;
      return length == other.hostEnd - other.hostStart
          && text.regionMatches(hostStart, other.text, other.hostStart, length);
    }
    return host().equals(other.host());
  }

  public String host() {
    String h = host;
    if (h == null) {
      h = text.substring(hostStart, hostEnd);
      host = h;
    }
    return h;
  }

  /** 0–65535, or -1 when the input gave no number. */
  public int port() {
    return port;
  }

  /** The service name shown instead of a port number, or null. */
  public String service() {
    return service;
  }

  /** True for {@link #UNKNOWN}. */
  public boolean isUnknown() {
    return this == UNKNOWN;
  }

  public boolean isIpv6() {
    return host().indexOf(':') >= 0;
  }

  /**
   * True for the unspecified address with port 0 ({@code 0.0.0.0:0}, {@code [::]:0}) or {@code
   * *:*}.
   */
  public boolean isUnspecified() {
    return this.equals(ANY) || (port == 0 && ("0.0.0.0".equals(host()) || "::".equals(host())));
  }

  private static String render(String host, int port, String service) {
    String portText = service != null ? service : Integer.toString(port);
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + portText;
  }

  /** The netstat rendering: {@code 10.0.0.1:443}, {@code [::1]:80}, {@code host:https}. */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Endpoint e
        && port == e.port
        && host().equals(e.host())
        && Objects.equals(service, e.service);
  }

  @Override
  public int hashCode() {
    return (host().hashCode() * 31 + port) * 31 + Objects.hashCode(service);
  }
}
