package io.portex.core.format.nettcp;

import io.portex.core.format.Sniff;
import java.util.Set;

/**
 * How sure the properties found in a header or a list make a view one of {@code
 * Get-NetTCPConnection}: sure with all of its signature columns; likely with LocalPort and State;
 * just enough to be read (and told what is missing) with two properties of which one belongs to TCP
 * connections only (State, RemoteAddress, RemotePort); otherwise not claimed, for {@code
 * Get-NetUDPEndpoint} has LocalAddress, LocalPort and OwningProcess too.
 */
final class ViewConfidence {

  /** A view with connection columns but without LocalPort or State: read to say what is missing. */
  static final double INCOMPLETE = 0.4;

  /** Properties shared with UDP endpoints and other objects: not enough to claim a view. */
  static final double AMBIGUOUS = 0.2;

  private ViewConfidence() {}

  static Sniff judge(
      Set<NetTcpProperty> found,
      Set<NetTcpProperty> signature,
      double sure,
      double likely,
      String what) {
    String reason = what + " with " + labels(found);
    if (found.containsAll(signature)) {
      return new Sniff(sure, reason);
    }
    if (found.containsAll(CsvHeader.REQUIRED)) {
      return new Sniff(likely, reason);
    }
    boolean tcpOnly =
        found.contains(NetTcpProperty.STATE)
            || found.contains(NetTcpProperty.REMOTE_ADDRESS)
            || found.contains(NetTcpProperty.REMOTE_PORT);
    if (found.size() >= 2 && tcpOnly) {
      return new Sniff(INCOMPLETE, reason + ", without LocalPort or State");
    }
    return found.isEmpty()
        ? Sniff.no("no " + what)
        : new Sniff(AMBIGUOUS, reason + ": no State and no remote end (Get-NetUDPEndpoint?)");
  }

  private static String labels(Set<NetTcpProperty> properties) {
    StringBuilder out = new StringBuilder();
    for (NetTcpProperty property : properties) {
      out.append(out.length() == 0 ? "" : ", ").append(property.label());
    }
    return out.toString();
  }
}
