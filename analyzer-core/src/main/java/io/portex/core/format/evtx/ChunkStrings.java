package io.portex.core.format.evtx;

/**
 * The names of one chunk (element, attribute, entity and PI target names), by chunk offset. A name
 * is written once, where it is first used, as {@code next offset (4), hash (2), character count
 * (2), UTF-16 characters, NUL (2)}; later uses give its offset.
 */
final class ChunkStrings {

  /** Bytes before the characters of a name. */
  static final int HEADER = 8;

  private final OffsetMap<String> names = new OffsetMap<>();
  private byte[] chunk;
  private int length;

  /** Forgets the names of the previous chunk. */
  void startChunk(byte[] bytes, int available) {
    this.chunk = bytes;
    this.length = available;
    names.clear();
  }

  /** Bytes of the name structure at {@code offset}, its NUL included. */
  int size(int offset) {
    return HEADER + 2 * LittleEndian.u16(chunk, offset + 6) + 2;
  }

  /** The name at a chunk offset. */
  String at(int offset) {
    String name = names.get(offset);
    if (name != null) {
      return name;
    }
    if (offset < ChunkHeader.HEADER_SIZE || offset > length - HEADER) {
      throw new BinXmlException("name offset " + offset + " outside the chunk's records");
    }
    int characters = LittleEndian.u16(chunk, offset + 6);
    if (offset + HEADER + 2L * characters > length) {
      throw new BinXmlException("name at offset " + offset + " runs past the chunk");
    }
    name = Utf16.decode(chunk, offset + HEADER, 2 * characters);
    names.put(offset, name);
    return name;
  }
}
