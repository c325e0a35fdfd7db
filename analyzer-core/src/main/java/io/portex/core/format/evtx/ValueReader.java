package io.portex.core.format.evtx;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the substitution values of a template instance: each is given by its type and byte size
 * in the instance's value descriptors. Throws {@link BinXmlException} for an unknown type or a size
 * that does not fit the type.
 */
final class ValueReader {

  /** Seconds from 1601-01-01 (the FILETIME epoch) to 1970-01-01. */
  private static final long FILETIME_EPOCH_OFFSET = 11_644_473_600L;

  private static final Charset ANSI = Charset.forName("windows-1252");
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ValueReader() {}

  /** The value of {@code size} bytes at chunk offset {@code at}. */
  static Value read(byte[] bytes, int at, int size, int type) {
    if (type == ValueType.NULL) {
      return Value.NULL;
    }
    if (ValueType.isArray(type)) {
      return new Value(type, array(bytes, at, size, type & ~ValueType.ARRAY));
    }
    if (type == ValueType.BINXML) {
      return new Value(type, new Region(at, size));
    }
    if (size == 0) {
      return new Value(type, "");
    }
    return switch (type) {
      case ValueType.STRING -> new Value(type, Utf16.decodeTrimmed(bytes, at, size));
      case ValueType.ANSI_STRING -> new Value(type, ansi(bytes, at, size));
      case ValueType.FILETIME ->
          new Value(type, fileTime(LittleEndian.i64(bytes, fixed(8, size, type, at))));
      default -> new Value(type, scalar(bytes, at, size, type));
    };
  }

  /**
   * Checks that {@link #read} would decode the value, without making its text: throws the same
   * {@link BinXmlException} as {@code read} where it would fail. Arrays are decoded to check them
   * (they are rare); the rest costs a switch and a size test.
   */
  static void check(byte[] bytes, int at, int size, int type) {
    if (type == ValueType.NULL) {
      return;
    }
    if (ValueType.isArray(type)) {
      read(bytes, at, size, type);
      return;
    }
    if (type == ValueType.BINXML || size == 0) {
      return;
    }
    switch (type) {
      case ValueType.STRING, ValueType.ANSI_STRING, ValueType.BINARY -> {}
      case ValueType.FILETIME, ValueType.REAL64 -> fixed(8, size, type, at);
      case ValueType.REAL32 -> fixed(4, size, type, at);
      case ValueType.GUID, ValueType.SYSTEMTIME -> fixed(16, size, type, at);
      case ValueType.SID -> sidLength(bytes, at, size);
      case ValueType.INT8,
              ValueType.INT16,
              ValueType.INT32,
              ValueType.INT64,
              ValueType.UINT8,
              ValueType.UINT16,
              ValueType.UINT32,
              ValueType.UINT64,
              ValueType.HEX_INT32,
              ValueType.HEX_INT64,
              ValueType.SIZE_T,
              ValueType.BOOL ->
          integerSize(size, type);
      default -> throw new BinXmlException("unknown value type " + ValueType.hex(type));
    }
  }

  /** The time of a FILETIME (100 ns ticks since 1601-01-01 UTC). */
  static Instant fileTime(long ticks) {
    long seconds = Math.floorDiv(ticks, 10_000_000L);
    long nanos = Math.floorMod(ticks, 10_000_000L) * 100;
    return Instant.ofEpochSecond(seconds - FILETIME_EPOCH_OFFSET, nanos);
  }

  private static String scalar(byte[] bytes, int at, int size, int type) {
    return switch (type) {
      case ValueType.INT8, ValueType.INT16, ValueType.INT32, ValueType.INT64 ->
          Long.toString(signed(bytes, at, size, type));
      case ValueType.UINT8, ValueType.UINT16, ValueType.UINT32, ValueType.UINT64 ->
          Long.toUnsignedString(unsigned(bytes, at, size, type));
      case ValueType.HEX_INT32, ValueType.HEX_INT64, ValueType.SIZE_T ->
          "0x" + Long.toHexString(unsigned(bytes, at, size, type));
      case ValueType.BOOL -> unsigned(bytes, at, size, type) != 0 ? "true" : "false";
      case ValueType.REAL32 ->
          Float.toString(Float.intBitsToFloat(LittleEndian.i32(bytes, fixed(4, size, type, at))));
      case ValueType.REAL64 ->
          Double.toString(
              Double.longBitsToDouble(LittleEndian.i64(bytes, fixed(8, size, type, at))));
      case ValueType.BINARY -> hex(bytes, at, size);
      case ValueType.GUID -> guid(bytes, fixed(16, size, type, at));
      case ValueType.SYSTEMTIME -> systemTime(bytes, fixed(16, size, type, at));
      case ValueType.SID -> sid(bytes, at, size);
      default -> throw new BinXmlException("unknown value type " + ValueType.hex(type));
    };
  }

  private static List<Value> array(byte[] bytes, int at, int size, int baseType) {
    if (baseType == ValueType.STRING || baseType == ValueType.ANSI_STRING) {
      return strings(bytes, at, size, baseType);
    }
    if (baseType == ValueType.SID) {
      return sids(bytes, at, size);
    }
    int width = ValueType.width(baseType);
    if (baseType == ValueType.SIZE_T) {
      width = size % 8 == 0 ? 8 : 4;
    }
    if (width == 0) {
      throw new BinXmlException(
          "unknown value type " + ValueType.hex(baseType | ValueType.ARRAY) + " (array)");
    }
    if (size % width != 0) {
      throw new BinXmlException(
          "array of type "
              + ValueType.hex(baseType | ValueType.ARRAY)
              + " has "
              + size
              + " bytes, not a multiple of "
              + width);
    }
    List<Value> items = new ArrayList<>(size / width);
    for (int item = at; item < at + size; item += width) {
      items.add(read(bytes, item, width, baseType));
    }
    return items;
  }

  /** NUL-separated strings; the NUL after the last one ends it rather than adding an empty one. */
  private static List<Value> strings(byte[] bytes, int at, int size, int baseType) {
    boolean wide = baseType == ValueType.STRING;
    String all = wide ? Utf16.decode(bytes, at, size) : new String(bytes, at, size, ANSI);
    List<Value> items = new ArrayList<>();
    int start = 0;
    while (start < all.length()) {
      int nul = all.indexOf('\0', start);
      int end = nul < 0 ? all.length() : nul;
      items.add(new Value(baseType, all.substring(start, end)));
      start = end + 1;
    }
    return items;
  }

  private static List<Value> sids(byte[] bytes, int at, int size) {
    List<Value> items = new ArrayList<>();
    int position = at;
    while (position < at + size) {
      int length = sidLength(bytes, position, at + size - position);
      items.add(new Value(ValueType.SID, sid(bytes, position, length)));
      position += length;
    }
    return items;
  }

  private static int fixed(int width, int size, int type, int at) {
    if (size != width) {
      throw new BinXmlException(
          "value of type " + ValueType.hex(type) + " has " + size + " bytes, not " + width);
    }
    return at;
  }

  static long unsigned(byte[] bytes, int at, int size, int type) {
    return switch (integerSize(size, type)) {
      case 1 -> LittleEndian.u8(bytes, at);
      case 2 -> LittleEndian.u16(bytes, at);
      case 4 -> LittleEndian.u32(bytes, at);
      default -> LittleEndian.i64(bytes, at);
    };
  }

  static long signed(byte[] bytes, int at, int size, int type) {
    return switch (integerSize(size, type)) {
      case 1 -> bytes[at];
      case 2 -> LittleEndian.i16(bytes, at);
      case 4 -> LittleEndian.i32(bytes, at);
      default -> LittleEndian.i64(bytes, at);
    };
  }

  /** The size of an integer value: 1, 2, 4 or 8 bytes. */
  private static int integerSize(int size, int type) {
    if (size != 1 && size != 2 && size != 4 && size != 8) {
      throw new BinXmlException(
          "integer of type " + ValueType.hex(type) + " has " + size + " bytes");
    }
    return size;
  }

  private static String ansi(byte[] bytes, int at, int size) {
    int end = at + size;
    while (end > at && bytes[end - 1] == 0) {
      end--;
    }
    return new String(bytes, at, end - at, ANSI);
  }

  /** Upper-case hex digits, as Windows renders binary data. */
  static String hex(byte[] bytes, int at, int size) {
    char[] text = new char[size * 2];
    for (int i = 0; i < size; i++) {
      int b = bytes[at + i] & 0xff;
      text[2 * i] = HEX[b >>> 4];
      text[2 * i + 1] = HEX[b & 0xf];
    }
    return new String(text);
  }

  /** {@code {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}}: three little-endian fields, then 8 bytes. */
  private static String guid(byte[] bytes, int at) {
    StringBuilder text = new StringBuilder(38).append('{');
    hexBytes(text, bytes, at + 3, at - 1);
    text.append('-');
    hexBytes(text, bytes, at + 5, at + 3);
    text.append('-');
    hexBytes(text, bytes, at + 7, at + 5);
    text.append('-');
    hexBytes(text, bytes, at + 8, at + 10);
    text.append('-');
    hexBytes(text, bytes, at + 10, at + 16);
    return text.append('}').toString();
  }

  /** Appends the bytes from {@code from} towards {@code to} (exclusive), either direction. */
  private static void hexBytes(StringBuilder text, byte[] bytes, int from, int to) {
    int step = from < to ? 1 : -1;
    for (int i = from; i != to; i += step) {
      text.append(HEX[(bytes[i] >>> 4) & 0xf]).append(HEX[bytes[i] & 0xf]);
    }
  }

  private static String systemTime(byte[] bytes, int at) {
    return String.format(
        "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
        LittleEndian.u16(bytes, at),
        LittleEndian.u16(bytes, at + 2),
        LittleEndian.u16(bytes, at + 6),
        LittleEndian.u16(bytes, at + 8),
        LittleEndian.u16(bytes, at + 10),
        LittleEndian.u16(bytes, at + 12),
        LittleEndian.u16(bytes, at + 14));
  }

  /** Bytes of the SID at {@code at}: 8 plus 4 per sub-authority. */
  private static int sidLength(byte[] bytes, int at, int available) {
    if (available < 8) {
      throw new BinXmlException("SID of " + available + " bytes is too short");
    }
    int length = 8 + 4 * LittleEndian.u8(bytes, at + 1);
    if (length > available) {
      throw new BinXmlException("SID of " + length + " bytes in a value of " + available);
    }
    return length;
  }

  private static String sid(byte[] bytes, int at, int size) {
    int length = sidLength(bytes, at, size);
    long authority = 0;
    for (int i = 2; i < 8; i++) {
      authority = authority << 8 | (bytes[at + i] & 0xff);
    }
    StringBuilder text =
        new StringBuilder("S-").append(LittleEndian.u8(bytes, at)).append('-').append(authority);
    for (int sub = at + 8; sub < at + length; sub += 4) {
      text.append('-').append(LittleEndian.u32(bytes, sub));
    }
    return text.toString();
  }
}
