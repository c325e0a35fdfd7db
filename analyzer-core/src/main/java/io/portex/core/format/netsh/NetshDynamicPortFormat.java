package io.portex.core.format.netsh;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.TextHead;
import java.io.IOException;

/**
 * {@code netsh int ipv4|ipv6 show dynamicport tcp|udp}, in any language, one or many blocks per
 * file. Gives {@link io.portex.core.model.fact.DynamicPortRange} facts; excluded range tables and
 * TCP statistics in the same capture are read too.
 */
public final class NetshDynamicPortFormat implements InputFormat {

  @Override
  public String id() {
    return "netsh-dynamicport";
  }

  @Override
  public String description() {
    return "netsh int ipv4/ipv6 show dynamicport tcp/udp, any language";
  }

  @Override
  public Sniff sniff(TextHead head) {
    return NetshSniff.scan(head).dynamicPorts();
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    new NetshReader(context, sink, id()).read();
  }
}
