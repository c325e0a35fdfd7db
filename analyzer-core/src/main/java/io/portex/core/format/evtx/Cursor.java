package io.portex.core.format.evtx;

/**
 * A position in a chunk's bytes with an end it must not read past: the record, value or template
 * being decoded. Every read checks the end and throws {@link BinXmlException} beyond it, so bad
 * sizes and offsets never read another record's bytes or past the chunk.
 */
final class Cursor {

  private final byte[] bytes;
  private final int end;
  private int position;

  /**
   * @param bytes the chunk
   * @param position where to start, a chunk offset
   * @param end the first offset not to read
   */
  Cursor(byte[] bytes, int position, int end) {
    this.bytes = bytes;
    this.position = position;
    this.end = end;
  }

  byte[] bytes() {
    return bytes;
  }

  /** The chunk offset of the next byte to read. */
  int position() {
    return position;
  }

  int end() {
    return end;
  }

  int remaining() {
    return end - position;
  }

  boolean atEnd() {
    return position >= end;
  }

  /** The next byte, not consumed. */
  int peek() {
    need(1);
    return bytes[position] & 0xff;
  }

  int u8() {
    need(1);
    return bytes[position++] & 0xff;
  }

  int u16() {
    need(2);
    int value = LittleEndian.u16(bytes, position);
    position += 2;
    return value;
  }

  long u32() {
    need(4);
    long value = LittleEndian.u32(bytes, position);
    position += 4;
    return value;
  }

  /** A 32-bit offset or size, which must fit an int. */
  int offset(String what) {
    long value = u32();
    if (value > Integer.MAX_VALUE) {
      throw new BinXmlException(what + " " + value + " at offset " + (position - 4) + " too large");
    }
    return (int) value;
  }

  void skip(long count) {
    if (count < 0 || count > remaining()) {
      throw new BinXmlException(
          "skipping " + count + " bytes at offset " + position + " runs past offset " + end);
    }
    position += (int) count;
  }

  /** A UTF-16 string with a 16-bit character count before it (value text, CDATA, PI data). */
  String countedUtf16() {
    int characters = u16();
    need(characters * 2L);
    String text = Utf16.decode(bytes, position, characters * 2);
    position += characters * 2;
    return text;
  }

  void need(long count) {
    if (count > end - position) {
      throw new BinXmlException(
          "needs " + count + " bytes at offset " + position + " but the data ends at " + end);
    }
  }
}
