package io.portex.core.format.pcap;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.model.SourceRange;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a classic libpcap file: a 24-byte header (magic in the writer's byte order, microsecond or
 * nanosecond stamps, snapshot length, link type), then 16-byte record headers, each followed by the
 * bytes captured of one packet.
 *
 * <p>A record whose lengths cannot be true (more than 256 KiB captured, more captured than sent) is
 * reported with its packet number; the reader then looks for the next plausible record (its lengths
 * and time fit, and so do the next record's) within 16 MiB and goes on from there. A file cut
 * inside a record keeps every packet before it.
 */
final class PcapReader {

  static final int MAGIC_MICROS = 0xa1b2c3d4;
  static final int MAGIC_NANOS = 0xa1b23c4d;

  /** Wireshark's largest snapshot length. */
  static final int MAX_PACKET = 262_144;

  private static final int HEADER = 24;
  private static final int RECORD = 16;
  private static final long RESYNC_LIMIT = 16L << 20;
  private static final long DAY_SECONDS = 86_400;

  private final ReadContext context;
  private final DiagnosticSink diagnostics;
  private final CaptureTally tally;
  private final ReadProblems problems;
  private boolean big;
  private boolean nanos;
  private int linkType;
  private long snapLength;
  private long lastSeconds = -1;

  PcapReader(ReadContext context) {
    this.context = context;
    this.diagnostics = context.diagnostics();
    this.tally = new CaptureTally(PcapFormat.ID, diagnostics);
    this.problems = new ReadProblems(PcapFormat.ID, diagnostics);
  }

  void read(EvidenceSink sink) throws IOException {
    try (InputStream in = context.file().open()) {
      CaptureStream stream = new CaptureStream(in);
      if (header(stream)) {
        records(stream);
      }
    }
    sink.fact(tally.finish(new SourceRange(context.file().name(), 1, Math.max(1, tally.read()))));
  }

  private boolean header(CaptureStream stream) throws IOException {
    int length = stream.request(HEADER);
    byte[] b = stream.buffer();
    int at = stream.position();
    if (length < HEADER) {
      problems.truncated(1, "its 24-byte header", length, HEADER);
      return false;
    }
    int magic = Endian.i32(b, at);
    big = magic == MAGIC_MICROS || magic == MAGIC_NANOS;
    nanos = magic == MAGIC_NANOS || Integer.reverseBytes(magic) == MAGIC_NANOS;
    int major = Endian.u16(b, at + 4, big);
    if (major != 2) {
      diagnostics.warning(
          PcapFormat.ID + ".version",
          0,
          "format version "
              + major
              + "."
              + Endian.u16(b, at + 6, big)
              + " (2.4 known); read anyway",
          "");
    }
    snapLength = Endian.u32(b, at + 16, big);
    linkType = (int) (Endian.u32(b, at + 20, big) & 0xffff);
    if (!LinkType.supported(linkType)) {
      diagnostics.warning(
          PcapFormat.ID + ".link-type",
          0,
          "link type "
              + linkType
              + " is not read (Ethernet, raw IP, Linux cooked and loopback are); packets are"
              + " counted, not analysed",
          "");
    }
    stream.advance(HEADER);
    return true;
  }

  private void records(CaptureStream stream) throws IOException {
    while (true) {
      int length = stream.request(RECORD);
      if (length == 0) {
        return;
      }
      long number = tally.read() + 1;
      if (length < RECORD) {
        problems.truncated(number, "the 16-byte header of packet " + number, length, RECORD);
        return;
      }
      byte[] b = stream.buffer();
      int at = stream.position();
      long captured = Endian.u32(b, at + 8, big);
      long original = Endian.u32(b, at + 12, big);
      if (!plausibleLengths(captured, original)) {
        diagnostics.error(
            PcapFormat.ID + ".bad-record",
            number,
            "packet "
                + number
                + " (file offset "
                + stream.offset()
                + ") claims "
                + captured
                + " bytes captured of "
                + original
                + "; looking for the next packet",
            Endian.hex(b, at, RECORD));
        if (!resync(stream, number)) {
          return;
        }
        continue;
      }
      int size = (int) captured;
      int have = stream.request(RECORD + size);
      if (have < RECORD + size) {
        problems.truncated(number, "packet " + number, have - RECORD, size);
        return;
      }
      b = stream.buffer();
      at = stream.position();
      long seconds = Endian.u32(b, at, big);
      long fraction = Endian.u32(b, at + 4, big);
      lastSeconds = seconds;
      long time = seconds * 1_000_000_000L + (nanos ? fraction : fraction * 1000);
      tally.packet(time, linkType, b, at + RECORD, size, 0);
      stream.advance(RECORD + size);
    }
  }

  private boolean plausibleLengths(long captured, long original) {
    return captured <= MAX_PACKET && captured <= original + MAX_PACKET && original <= 1 << 24;
  }

  /** True when the record header at {@code at} could be a real one. */
  private boolean plausibleRecord(byte[] b, int at) {
    long seconds = Endian.u32(b, at, big);
    long fraction = Endian.u32(b, at + 4, big);
    long captured = Endian.u32(b, at + 8, big);
    long original = Endian.u32(b, at + 12, big);
    return fraction < (nanos ? 1_000_000_000L : 1_000_000L)
        && captured <= Math.max(snapLength, 65_535)
        && captured <= MAX_PACKET
        && original >= captured
        && original <= 1 << 24
        && (lastSeconds < 0 || Math.abs(seconds - lastSeconds) <= DAY_SECONDS);
  }

  /**
   * Moves to the next offset where a record and the one after it look real; false when none is
   * found within {@link #RESYNC_LIMIT}.
   */
  private boolean resync(CaptureStream stream, long number) throws IOException {
    long start = stream.offset();
    stream.advance(1);
    while (stream.offset() - start < RESYNC_LIMIT) {
      int window = stream.request(CaptureStream.CAPACITY);
      if (window < RECORD) {
        break;
      }
      byte[] b = stream.buffer();
      int at = stream.position();
      int last = window - RECORD - (MAX_PACKET + RECORD);
      int scanEnd = stream.atEndWithin(window) ? window - RECORD : Math.max(1, last);
      for (int i = 0; i <= scanEnd; i++) {
        if (!plausibleRecord(b, at + i)) {
          continue;
        }
        long next = i + RECORD + Endian.u32(b, at + i + 8, big);
        if (next == window || next + RECORD <= window && plausibleRecord(b, at + (int) next)) {
          stream.advance(i);
          problems.resynced(number, stream.offset() - start, stream.offset());
          return true;
        }
      }
      stream.advance(scanEnd + 1);
    }
    problems.lost(number, stream.offset() - start, start, "packet");
    return false;
  }
}
