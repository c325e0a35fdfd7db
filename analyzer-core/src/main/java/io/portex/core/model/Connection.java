package io.portex.core.model;

import java.util.Objects;

/**
 * One socket as an input listed it.
 *
 * @param protocol TCP or UDP
 * @param local local endpoint
 * @param remote remote endpoint ({@link Endpoint#ANY} for UDP)
 * @param state TCP state; null for UDP, which has none
 * @param pid owning process id, or -1 when the input did not say
 * @param process image name when known ({@code svchost.exe}), else null
 */
public record Connection(
    Protocol protocol, Endpoint local, Endpoint remote, TcpState state, int pid, String process) {

  public Connection {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(remote, "remote");
    if (protocol == Protocol.TCP) {
      Objects.requireNonNull(state, "a TCP connection has a state");
    }
  }

  public Connection withProcess(String name) {
    return new Connection(protocol, local, remote, state, pid, name);
  }
}
