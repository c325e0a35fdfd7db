package io.portex.core.format.evtx;

/** Little-endian integers out of a byte array, unchecked: callers check the bounds. */
final class LittleEndian {

  private LittleEndian() {}

  static int u8(byte[] bytes, int at) {
    return bytes[at] & 0xff;
  }

  /**
   * By hand rather than through a byte-array view {@code VarHandle}: such a handle is slow until C2
   * has compiled its caller (the launcher runs C1 alone), and making one costs start-up.
   */
  static int u16(byte[] bytes, int at) {
    return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
  }

  static short i16(byte[] bytes, int at) {
    return (short) u16(bytes, at);
  }

  static int i32(byte[] bytes, int at) {
    return u16(bytes, at) | u16(bytes, at + 2) << 16;
  }

  static long u32(byte[] bytes, int at) {
    return i32(bytes, at) & 0xffffffffL;
  }

  static long i64(byte[] bytes, int at) {
    return u32(bytes, at) | (long) i32(bytes, at + 4) << 32;
  }

  /** True when the bytes at {@code at} are exactly {@code magic}. */
  static boolean startsWith(byte[] bytes, int at, int length, byte[] magic) {
    if (length - at < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[at + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
