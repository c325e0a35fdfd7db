package io.portex.core.format.netsh;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.TextHead;
import java.io.IOException;

/**
 * {@code netsh int ipv4 show excludedportrange protocol=tcp}, in any language, empty tables too.
 * Gives {@link io.portex.core.model.fact.ExcludedPortRange} facts ({@code *} marks ranges an
 * administrator added); dynamic port blocks and TCP statistics in the same capture are read too.
 */
public final class NetshExcludedFormat implements InputFormat {

  @Override
  public String id() {
    return "netsh-excluded";
  }

  @Override
  public String description() {
    return "netsh int ipv4/ipv6 show excludedportrange protocol=tcp/udp, any language";
  }

  @Override
  public Sniff sniff(TextHead head) {
    return NetshSniff.scan(head).excludedPorts();
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    new NetshReader(context, sink, id()).read();
  }
}
