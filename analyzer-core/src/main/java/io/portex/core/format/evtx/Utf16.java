package io.portex.core.format.evtx;

/**
 * UTF-16LE text as .evtx stores it, without a byte-order mark. Decoded by hand: the strings are
 * short and many, and a charset decoder per string costs more than the string. Unpaired surrogates
 * are kept as they are.
 */
final class Utf16 {

  private Utf16() {}

  /** Decodes {@code length} bytes (an odd last byte is dropped). */
  static String decode(byte[] bytes, int at, int length) {
    int characters = length >>> 1;
    if (characters == 0) {
      return "";
    }
    char[] text = new char[characters];
    for (int i = 0, b = at; i < characters; i++, b += 2) {
      text[i] = (char) ((bytes[b] & 0xff) | (bytes[b + 1] & 0xff) << 8);
    }
    return new String(text);
  }

  /** Decodes a value of {@code length} bytes, dropping the NUL characters that end it. */
  static String decodeTrimmed(byte[] bytes, int at, int length) {
    int end = at + (length & ~1);
    while (end - 2 >= at && bytes[end - 2] == 0 && bytes[end - 1] == 0) {
      end -= 2;
    }
    return decode(bytes, at, end - at);
  }
}
