package io.portex.core.format.evtx;

import io.portex.core.format.EvidenceSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.source.TextHead;
import java.io.IOException;

/**
 * The binary Windows event log, {@code .evtx} (Vista and later), read natively: file header, 64 KiB
 * chunks, event records, BinXml with templates ([MS-EVEN6] 2.2.12, and the libyal "Windows XML
 * Event Log (EVTX)" description). Every record of every provider and channel is handed over as an
 * {@link io.portex.core.model.EventRecord}; the analysis keeps what it needs.
 *
 * <p>There are no lines in an .evtx file: the "line" of an event's source range and of a record's
 * diagnostics is the record id from the record header (0 for diagnostics about the file or a
 * chunk). Dirty files (not closed cleanly), bad chunks and bad records are read as far as they go
 * and reported as diagnostics with codes {@code eventlog-evtx.*}; CRC mismatches are warnings.
 */
public final class EvtxFormat implements InputFormat {

  /** The id of this format. */
  public static final String ID = "eventlog-evtx";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Windows event log, binary .evtx (any channel; dirty files and bad chunks read)";
  }

  @Override
  public Sniff sniff(TextHead head) {
    byte[] bytes = head.bytes();
    if (LittleEndian.startsWith(bytes, 0, bytes.length, FileHeader.MAGIC)) {
      return new Sniff(0.99, "ElfFile signature of an .evtx file header");
    }
    if (LittleEndian.startsWith(bytes, 0, bytes.length, ChunkHeader.MAGIC)) {
      return new Sniff(0.9, "ElfChnk signature of an .evtx chunk without file header");
    }
    return Sniff.no("no ElfFile or ElfChnk signature");
  }

  @Override
  public void read(ReadContext context, EvidenceSink sink) throws IOException {
    new EvtxReader(context, sink).read();
  }
}
