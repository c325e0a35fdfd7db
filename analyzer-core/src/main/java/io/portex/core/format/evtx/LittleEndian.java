package io.portex.core.format.evtx;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Little-endian integers out of a byte array, unchecked: callers check the bounds. */
final class LittleEndian {

  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private LittleEndian() {}

  static int u8(byte[] bytes, int at) {
    return bytes[at] & 0xff;
  }

  /**
   * Two bytes by hand rather than through a {@link VarHandle}: the most frequent read (value
   * descriptors, names, characters), and a view handle is slow until the JIT has compiled its
   * caller, which in a fresh process is a good part of the reading.
   */
  static int u16(byte[] bytes, int at) {
    return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
  }

  static short i16(byte[] bytes, int at) {
    return (short) u16(bytes, at);
  }

  static int i32(byte[] bytes, int at) {
    return (int) INT.get(bytes, at);
  }

  static long u32(byte[] bytes, int at) {
    return i32(bytes, at) & 0xffffffffL;
  }

  static long i64(byte[] bytes, int at) {
    return (long) LONG.get(bytes, at);
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
