package io.portex.core.model;

import java.util.Objects;

/**
 * One end of a socket: an address or host name and a port. IPv6 addresses are kept without brackets
 * and with their zone ({@code fe80::1%12}). The port is -1 when the input gave a service name
 * instead of a number ({@code https} in {@code netstat} without {@code -n}); the name is kept.
 *
 * @param host IPv4 or IPv6 address, host name, or {@code *}
 * @param port 0–65535, or -1 when unknown or given by name
 * @param service the service name the input showed instead of a number, or null
 */
public record Endpoint(String host, int port, String service) {

  /** The wildcard foreign address of UDP rows ({@code *:*}). */
  public static final Endpoint ANY = new Endpoint("*", -1, "*");

  public Endpoint {
    Objects.requireNonNull(host, "host");
    if (port < -1 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  public static Endpoint of(String host, int port) {
    return new Endpoint(host, port, null);
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

  /** The netstat rendering: {@code 10.0.0.1:443}, {@code [::1]:80}, {@code host:https}. */
  @Override
  public String toString() {
    String portText = service != null ? service : Integer.toString(port);
    return (isIpv6() ? "[" + host + "]" : host) + ":" + portText;
  }
}
