package io.portex.core.format.evtx;

/**
 * The BinXml value types ([MS-EVEN6] 2.2.12, "Type System"). A type with bit {@link #ARRAY} set is
 * an array of the base type: strings separated by NUL characters, fixed-size values one after the
 * other.
 */
final class ValueType {

  static final int NULL = 0x00;
  static final int STRING = 0x01;
  static final int ANSI_STRING = 0x02;
  static final int INT8 = 0x03;
  static final int UINT8 = 0x04;
  static final int INT16 = 0x05;
  static final int UINT16 = 0x06;
  static final int INT32 = 0x07;
  static final int UINT32 = 0x08;
  static final int INT64 = 0x09;
  static final int UINT64 = 0x0a;
  static final int REAL32 = 0x0b;
  static final int REAL64 = 0x0c;
  static final int BOOL = 0x0d;
  static final int BINARY = 0x0e;
  static final int GUID = 0x0f;
  static final int SIZE_T = 0x10;
  static final int FILETIME = 0x11;
  static final int SYSTEMTIME = 0x12;
  static final int SID = 0x13;
  static final int HEX_INT32 = 0x14;
  static final int HEX_INT64 = 0x15;
  static final int BINXML = 0x21;
  static final int ARRAY = 0x80;

  private ValueType() {}

  static boolean isArray(int type) {
    return (type & ARRAY) != 0;
  }

  /** Bytes of one value of a fixed-size base type, 0 for variable-size types. */
  static int width(int baseType) {
    return switch (baseType) {
      case INT8, UINT8 -> 1;
      case INT16, UINT16 -> 2;
      case INT32, UINT32, REAL32, BOOL, HEX_INT32 -> 4;
      case INT64, UINT64, REAL64, FILETIME, HEX_INT64 -> 8;
      case GUID, SYSTEMTIME -> 16;
      default -> 0;
    };
  }

  /** The type as a hex byte, for messages: {@code 0x22}. */
  static String hex(int type) {
    return String.format("0x%02x", type);
  }
}
