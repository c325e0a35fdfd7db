package io.portex.core.format.pcap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Unsigned integers out of a byte array in either byte order, unchecked: callers check the bounds.
 * Capture files are written in the byte order of the machine that wrote them; packet headers are in
 * network (big-endian) order.
 */
final class Endian {

  private static final VarHandle SHORT_BE =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle SHORT_LE =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT_BE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG_BE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private Endian() {}

  static int u16(byte[] b, int at) {
    return (short) SHORT_BE.get(b, at) & 0xffff;
  }

  static int u16(byte[] b, int at, boolean big) {
    return (big ? (short) SHORT_BE.get(b, at) : (short) SHORT_LE.get(b, at)) & 0xffff;
  }

  static int i32(byte[] b, int at) {
    return (int) INT_BE.get(b, at);
  }

  static long u32(byte[] b, int at) {
    return i32(b, at) & 0xffffffffL;
  }

  static long u32(byte[] b, int at, boolean big) {
    return (big ? (int) INT_BE.get(b, at) : (int) INT_LE.get(b, at)) & 0xffffffffL;
  }

  static long i64(byte[] b, int at) {
    return (long) LONG_BE.get(b, at);
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
