package io.portex.core.model.fact;

import io.portex.core.model.IpFamily;
import io.portex.core.model.Protocol;
import io.portex.core.model.SourceRange;

/**
 * The dynamic (ephemeral) port range of one protocol and family ({@code netsh int ipv4 show
 * dynamicport tcp}).
 *
 * @param protocol TCP or UDP
 * @param family IPv4 or IPv6
 * @param start first port
 * @param count number of ports
 */
public record DynamicPortRange(
    Protocol protocol, IpFamily family, int start, int count, SourceRange source) implements Fact {

  /** Last port of the range. */
  public int end() {
    return start + count - 1;
  }
}
