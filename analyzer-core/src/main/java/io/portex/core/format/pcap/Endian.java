package io.portex.core.format.pcap;

/**
 * Unsigned integers out of a byte array in either byte order, unchecked: callers check the bounds.
 * Capture files are written in the byte order of the machine that wrote them; packet headers are in
 * network (big-endian) order.
 */
final class Endian {

  private Endian() {}

  // by hand rather than through byte-array view VarHandles: making those costs start-up in every
  // run (the sniffer loads this class), and they are slow until C2 has compiled their callers

  static int u16(byte[] b, int at) {
    return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
  }

  static int u16(byte[] b, int at, boolean big) {
    return big ? u16(b, at) : (b[at + 1] & 0xff) << 8 | (b[at] & 0xff);
  }

  static int i32(byte[] b, int at) {
    return u16(b, at) << 16 | u16(b, at + 2);
  }

  static long u32(byte[] b, int at) {
    return i32(b, at) & 0xffffffffL;
  }

  static long u32(byte[] b, int at, boolean big) {
    return big
        ? u32(b, at)
        : (long) (u16(b, at + 2, false) << 16 | u16(b, at, false)) & 0xffffffffL;
  }

  static long i64(byte[] b, int at) {
    return u32(b, at) << 32 | u32(b, at + 4);
  }

  /** An eight-byte integer in the given order. */
  static long i64(byte[] b, int at, boolean big) {
    long high = u32(b, at, big);
    long low = u32(b, at + 4, big);
    return big ? high << 32 | low : low << 32 | high;
  }

  static String hex(byte[] b, int at, int length) {
    StringBuilder text = new StringBuilder(length * 3);
    for (int i = 0; i < length; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(Character.forDigit((b[at + i] >> 4) & 15, 16))
          .append(Character.forDigit(b[at + i] & 15, 16));
    }
    return text.toString();
  }
}
