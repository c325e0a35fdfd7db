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

  private final String host;
  private final int port;
  private final String service;
  private final String text;

  private Endpoint(String host, int port, String service, String text) {
    this.host = Objects.requireNonNull(host, "host");
    if (port < -1 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    this.port = port;
    this.service = service;
    this.text = text != null ? text : render(host, port, service);
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
   * An endpoint read from its netstat rendering, keeping that text (no rendering per use).
   *
   * @param text the rendering it was read from; must equal what {@link #toString()} would give
   */
  public static Endpoint parsed(String text, String host, int port, String service) {
    return new Endpoint(host, port, service, text);
  }

  public String host() {
    return host;
  }

  /** 0–65535, or -1 when the input gave no number. */
  public int port() {
    return port;
  }

  /** The service name shown instead of a port number, or null. */
  public String service() {
    return service;
  }

  public boolean isIpv6() {
    return host.indexOf(':') >= 0;
  }

  /**
   * True for the unspecified address with port 0 ({@code 0.0.0.0:0}, {@code [::]:0}) or {@code
   * *:*}.
   */
  public boolean isUnspecified() {
    return this.equals(ANY) || (port == 0 && ("0.0.0.0".equals(host) || "::".equals(host)));
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
        && host.equals(e.host)
        && Objects.equals(service, e.service);
  }

  @Override
  public int hashCode() {
    return (host.hashCode() * 31 + port) * 31 + Objects.hashCode(service);
  }
}
