package io.portex.core.format.pcap;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.TextHead;
import java.io.IOException;

/**
 * A pcapng capture (Wireshark, dumpcap, {@code pktmon etl2pcap}/{@code pktmon pcapng}): several
 * sections and interfaces, each with its own link type and time resolution. pktmon writes a packet
 * once per network component it passed; those copies are counted once ({@link DuplicateFilter}).
 * What it gives is one {@link io.portex.core.model.fact.PacketCapture}; the "line" of a diagnostic
 * is the packet number (1-based), 0 for the file.
 */
public final class PcapngFormat implements InputFormat {

  public static final String ID = "pcapng";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "packet capture, pcapng (Wireshark, pktmon etl2pcap; TCP connections measured)";
  }

  @Override
  public Sniff sniff(TextHead head) {
    byte[] b = head.bytes();
    if (b.length < 12 || Endian.i32(b, 0) != PcapngReader.SECTION_HEADER) {
      return Sniff.no("no pcapng section header");
    }
    int magic = Endian.i32(b, 8);
    if (magic == PcapngReader.BYTE_ORDER_MAGIC
        || Integer.reverseBytes(magic) == PcapngReader.BYTE_ORDER_MAGIC) {
      return new Sniff(0.99, "pcapng section header with byte-order magic");
    }
    return Sniff.no("pcapng block type without byte-order magic");
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    new PcapngReader(context).read(sink);
  }
}
