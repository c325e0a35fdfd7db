package io.portex.core.format.pcap;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.TextHead;
import java.io.IOException;

/**
 * A classic libpcap capture ({@code tcpdump -w}, Wireshark "pcap", {@code pktmon etl2pcap} on old
 * builds), either byte order, microsecond or nanosecond stamps. What it gives is one {@link
 * io.portex.core.model.fact.PacketCapture}: the TCP connections measured (see {@link
 * CaptureTally}). There are no lines in a capture: the "line" of a diagnostic is the packet number
 * (1-based, as Wireshark counts), 0 for the file.
 */
public final class PcapFormat implements InputFormat {

  public static final String ID = "pcap";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "packet capture, libpcap .pcap (tcpdump, Wireshark; TCP connections measured)";
  }

  @Override
  public Sniff sniff(TextHead head) {
    byte[] b = head.bytes();
    if (b.length < 4) {
      return Sniff.no("shorter than a pcap magic number");
    }
    int magic = Endian.i32(b, 0);
    if (magic == PcapReader.MAGIC_MICROS
        || Integer.reverseBytes(magic) == PcapReader.MAGIC_MICROS) {
      return new Sniff(0.99, "pcap magic (microsecond stamps)");
    }
    if (magic == PcapReader.MAGIC_NANOS || Integer.reverseBytes(magic) == PcapReader.MAGIC_NANOS) {
      return new Sniff(0.99, "pcap magic (nanosecond stamps)");
    }
    return Sniff.no("no pcap magic number");
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    new PcapReader(context).read(sink);
  }
}
