package io.portex.core.format.pcap;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.model.SourceRange;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a pcapng file block by block: section headers (each with its own byte order and its own
 * interfaces), interface descriptions (link type, snapshot length, time resolution and offset),
 * enhanced, simple and (obsolete) packet blocks; other blocks are skipped by their length.
 *
 * <p>A block whose length cannot be true (under 12 bytes, not a multiple of 4, larger than 1 MiB,
 * or not repeated at its end) is reported with the number of the packet that would come next; the
 * reader then looks, 4 bytes at a time, for the next block whose type is known and whose length is
 * repeated at its end, within 16 MiB. A file cut inside a block keeps every packet before it.
 */
final class PcapngReader {

  static final int SECTION_HEADER = 0x0A0D0D0A;
  static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;

  private static final int INTERFACE = 1;
  private static final int OLD_PACKET = 2;
  private static final int SIMPLE_PACKET = 3;
  private static final int ENHANCED_PACKET = 6;
  private static final int MAX_BLOCK = CaptureStream.CAPACITY;
  private static final long RESYNC_LIMIT = 16L << 20;
  private static final String ID = PcapngFormat.ID;

  /** One interface of the current section. */
  private record Interface(
      int linkType, long snapLength, long unitsPerSecond, long offsetSeconds) {}

  private final ReadContext context;
  private final DiagnosticSink diagnostics;
  private final CaptureTally tally;
  private final ReadProblems problems;
  private final List<Interface> interfaces = new ArrayList<>();
  private boolean big;
  private boolean sectionSeen;
  private long lastTime;
  private boolean untimedReported;
  private long unknownInterface;

  PcapngReader(ReadContext context) {
    this.context = context;
    this.diagnostics = context.diagnostics();
    this.tally = new CaptureTally(ID, diagnostics);
    this.problems = new ReadProblems(ID, diagnostics);
  }

  void read(EvidenceSink sink) throws IOException {
    try (InputStream in = context.file().open()) {
      blocks(new CaptureStream(in));
    }
    if (unknownInterface > 0) {
      diagnostics.warning(
          ID + ".unknown-interface",
          0,
          unknownInterface + " packet(s) name an interface no description block declared; skipped",
          "");
    }
    sink.fact(tally.finish(new SourceRange(context.file().name(), 1, Math.max(1, tally.read()))));
  }

  private void blocks(CaptureStream stream) throws IOException {
    while (true) {
      int length = stream.request(12);
      if (length == 0) {
        return;
      }
      long number = tally.read() + 1;
      if (length < 12) {
        problems.truncated(number, "the block at offset " + stream.offset(), length, 12);
        return;
      }
      byte[] b = stream.buffer();
      int at = stream.position();
      int type = (int) Endian.u32(b, at, big);
      if (type == SECTION_HEADER) {
        long magic = Endian.u32(b, at + 8, true);
        if (magic != BYTE_ORDER_MAGIC && Integer.reverseBytes((int) magic) != BYTE_ORDER_MAGIC) {
          if (!bad(stream, number, "a section header with no byte-order magic")) {
            return;
          }
          continue;
        }
        big = magic == BYTE_ORDER_MAGIC;
      }
      long total = Endian.u32(b, at + 4, big);
      if (total < 12 || total % 4 != 0 || total > MAX_BLOCK) {
        if (!bad(stream, number, "a block of type " + type + " claiming " + total + " bytes")) {
          return;
        }
        continue;
      }
      int size = (int) total;
      int have = stream.request(size);
      if (have < size) {
        problems.truncated(number, "the block at offset " + stream.offset(), have, size);
        return;
      }
      b = stream.buffer();
      at = stream.position();
      if (Endian.u32(b, at + size - 4, big) != total) {
        if (!bad(
            stream,
            number,
            "a block of type " + type + " whose length is not repeated at its end")) {
          return;
        }
        continue;
      }
      if (!block(type, b, at, size, number, stream.offset())) {
        if (!bad(stream, number, "a block of type " + type + " whose content overruns it")) {
          return;
        }
        continue;
      }
      stream.advance(size);
    }
  }

  /** Reads one whole block; false when its content does not fit its length. */
  private boolean block(int type, byte[] b, int at, int size, long number, long offset) {
    switch (type) {
      case SECTION_HEADER -> {
        if (size < 28) {
          return false;
        }
        interfaces.clear();
        sectionSeen = true;
        int major = Endian.u16(b, at + 12, big);
        if (major != 1) {
          diagnostics.warning(
              ID + ".version", number, "section version " + major + " (1 known); read anyway", "");
        }
      }
      case INTERFACE -> {
        if (size < 20) {
          return false;
        }
        interfaces.add(interfaceBlock(b, at, size));
      }
      case ENHANCED_PACKET -> {
        if (size < 32) {
          return false;
        }
        long captured = Endian.u32(b, at + 20, big);
        if (captured > size - 32) {
          return false;
        }
        Interface link = link(Endian.u32(b, at + 8, big));
        long stamp = Endian.u32(b, at + 12, big) << 32 | Endian.u32(b, at + 16, big);
        int data = at + 28;
        int options = data + (int) ((captured + 3) & ~3L);
        long packetId = PacketOptions.packetId(b, options, at + size - 4, big);
        packet(link, link == null ? 0 : time(link, stamp), b, data, (int) captured, packetId);
      }
      case SIMPLE_PACKET -> {
        if (size < 16) {
          return false;
        }
        Interface link = link(0);
        long original = Endian.u32(b, at + 8, big);
        long captured = Math.min(original, size - 16L);
        if (link != null && link.snapLength > 0) {
          captured = Math.min(captured, link.snapLength);
        }
        if (!untimedReported) {
          untimedReported = true;
          diagnostics.info(
              ID + ".simple-packets",
              number,
              "simple packet blocks carry no time: each takes the time of the packet before it",
              "");
        }
        packet(link, lastTime, b, at + 12, (int) captured, 0);
      }
      case OLD_PACKET -> {
        if (size < 32) {
          return false;
        }
        long captured = Endian.u32(b, at + 20, big);
        if (captured > size - 32) {
          return false;
        }
        Interface link = link(Endian.u16(b, at + 8, big));
        long stamp = Endian.u32(b, at + 12, big) << 32 | Endian.u32(b, at + 16, big);
        packet(link, link == null ? 0 : time(link, stamp), b, at + 28, (int) captured, 0);
      }
      default -> {
        // name resolution, interface statistics, decryption secrets, custom blocks: not needed
      }
    }
    return true;
  }

  private void packet(Interface link, long time, byte[] b, int at, int captured, long packetId) {
    if (link == null) {
      unknownInterface++;
      tally.unreadable();
      return;
    }
    lastTime = time;
    tally.packet(time, link.linkType, b, at, captured, packetId);
  }

  private Interface link(long id) {
    if (!sectionSeen) {
      return null;
    }
    return id < interfaces.size() ? interfaces.get((int) id) : null;
  }

  private Interface interfaceBlock(byte[] b, int at, int size) {
    int linkType = Endian.u16(b, at + 8, big);
    long snapLength = Endian.u32(b, at + 12, big);
    long units = 1_000_000;
    long offsetSeconds = 0;
    int end = at + size - 4;
    for (int o = at + 16; o + 4 <= end; ) {
      int code = Endian.u16(b, o, big);
      int length = Endian.u16(b, o + 2, big);
      if (code == 0 || o + 4 + length > end) {
        break;
      }
      if (code == 9 && length >= 1) {
        int resolution = b[o + 4] & 0xff;
        int exponent = resolution & 0x7f;
        if ((resolution & 0x80) != 0) {
          units = exponent < 63 ? 1L << exponent : units;
        } else {
          units = exponent <= 18 ? pow10(exponent) : units;
        }
      } else if (code == 14 && length >= 8) {
        offsetSeconds = Endian.i64(b, o + 4, big);
      }
      o += 4 + ((length + 3) & ~3);
    }
    return new Interface(linkType, snapLength, units, offsetSeconds);
  }

  private static long pow10(int exponent) {
    long value = 1;
    for (int i = 0; i < exponent; i++) {
      value *= 10;
    }
    return value;
  }

  /** A stamp in the interface's units, as nanoseconds since 1970. */
  private static long time(Interface link, long stamp) {
    long units = link.unitsPerSecond;
    long seconds = Long.divideUnsigned(stamp, units);
    long fraction = Long.remainderUnsigned(stamp, units);
    long nanos =
        units <= 1_000_000_000L && 1_000_000_000L % units == 0
            ? fraction * (1_000_000_000L / units)
            : (long) (fraction * (1e9 / units));
    return (seconds + link.offsetSeconds) * 1_000_000_000L + nanos;
  }

  /**
   * Reports a block that cannot be read and moves to the next block that can; false when none is
   * found within {@link #RESYNC_LIMIT}.
   */
  private boolean bad(CaptureStream stream, long number, String what) throws IOException {
    long start = stream.offset();
    diagnostics.error(
        ID + ".bad-block",
        number,
        "file offset "
            + start
            + " holds "
            + what
            + " (before packet "
            + number
            + "); looking for the next block",
        Endian.hex(stream.buffer(), stream.position(), Math.min(stream.available(), 12)));
    stream.advance(4);
    while (stream.offset() - start < RESYNC_LIMIT) {
      int window = stream.request(CaptureStream.CAPACITY);
      if (window < 12) {
        break;
      }
      byte[] b = stream.buffer();
      int at = stream.position();
      int scanEnd = stream.atEndWithin(window) ? window - 12 : window - MAX_BLOCK / 2;
      scanEnd = Math.max(0, scanEnd);
      for (int i = 0; i <= scanEnd; i += 4) {
        if (plausibleBlock(b, at + i, window - i)) {
          stream.advance(i);
          problems.resynced(number, stream.offset() - start, stream.offset());
          return true;
        }
      }
      stream.advance(scanEnd + 4);
    }
    problems.lost(number, stream.offset() - start, start, "block");
    return false;
  }

  private boolean plausibleBlock(byte[] b, int at, int available) {
    int type = (int) Endian.u32(b, at, big);
    boolean known =
        type == ENHANCED_PACKET
            || type == SIMPLE_PACKET
            || type == INTERFACE
            || type == OLD_PACKET
            || type == SECTION_HEADER
            || type == 4
            || type == 5;
    if (!known) {
      return false;
    }
    long total = Endian.u32(b, at + 4, big);
    if (total < 12 || total % 4 != 0 || total > available || total > MAX_BLOCK) {
      return false;
    }
    if (Endian.u32(b, at + (int) total - 4, big) != total) {
      return false;
    }
    return type != ENHANCED_PACKET || Endian.u32(b, at + 8, big) < interfaces.size();
  }
}
