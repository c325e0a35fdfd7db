package io.portex.core.format.evtx;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes the bytes of one chunk: records and any BinXml token stream, at chunk offsets, as the
 * format needs them (names inline at first use, by offset after; template definitions inline or by
 * offset). Test code: it writes what it is told, valid or not.
 */
final class ChunkBuilder {

  static final int CHUNK = 65536;

  private final byte[] data = new byte[2 * CHUNK];
  private int pos = 512;
  private Map<String, Integer> names = new HashMap<>();

  /** Where writing stands, to go back to if a record does not fit. */
  record Mark(int position, Map<String, Integer> names) {}

  int position() {
    return pos;
  }

  Mark mark() {
    return new Mark(pos, new HashMap<>(names));
  }

  void reset(Mark mark) {
    Arrays.fill(data, mark.position(), data.length, (byte) 0);
    pos = mark.position();
    names = mark.names();
  }

  /**
   * A record: signature, size, id, time written, the BinXml {@code body} writes, zero padding to a
   * multiple of 8 and the size again. Returns its offset.
   */
  int record(long recordId, Instant written, Runnable body) {
    int start = pos;
    u32(0x2a2a);
    u32(0);
    u64(recordId);
    u64(fileTime(written));
    body.run();
    while ((pos - start + 4) % 8 != 0) {
      u8(0);
    }
    int size = pos - start + 4;
    u32(size);
    putU32(data, start + 4, size);
    return start;
  }

  ChunkBuilder fragmentHeader() {
    return u8(0x0f).u8(0x01).u8(0x01).u8(0x00);
  }

  /**
   * An open start element; a dependency id is written in template definitions. Returns where its
   * data size goes, for {@link #end} or {@link #closeEmpty}.
   */
  int open(String name, boolean attributes, boolean dependencyId) {
    u8(attributes ? 0x41 : 0x01);
    if (dependencyId) {
      u16(0xffff);
    }
    int size = pos;
    u32(0);
    name(name);
    if (attributes) {
      u32(0); // attribute list size, not read
    }
    return size;
  }

  ChunkBuilder attribute(String name, boolean more) {
    u8(more ? 0x46 : 0x06);
    return name(name);
  }

  ChunkBuilder closeStart() {
    return u8(0x02);
  }

  ChunkBuilder closeEmpty(int element) {
    u8(0x03);
    putU32(data, element, pos - element - 4);
    return this;
  }

  ChunkBuilder end(int element) {
    u8(0x04);
    putU32(data, element, pos - element - 4);
    return this;
  }

  ChunkBuilder text(String text, boolean more) {
    u8(more ? 0x45 : 0x05).u8(0x01).u16(text.length());
    return utf16(text);
  }

  ChunkBuilder cdata(String text) {
    u8(0x07).u16(text.length());
    return utf16(text);
  }

  ChunkBuilder charRef(int character) {
    return u8(0x08).u16(character);
  }

  ChunkBuilder entityRef(String entity) {
    u8(0x09);
    return name(entity);
  }

  ChunkBuilder piTarget(String target) {
    u8(0x0a);
    return name(target);
  }

  ChunkBuilder piData(String text) {
    u8(0x0b).u16(text.length());
    return utf16(text);
  }

  ChunkBuilder substitution(int index, int type, boolean optional) {
    return u8(optional ? 0x0e : 0x0d).u16(index).u8(type);
  }

  ChunkBuilder eof() {
    return u8(0x00);
  }

  /** A name: its offset, and the name itself right behind it the first time. */
  ChunkBuilder name(String name) {
    Integer known = names.get(name);
    if (known != null) {
      return u32(known);
    }
    int offset = pos + 4;
    names.put(name, offset);
    u32(offset);
    u32(0); // next name in the hash bucket
    int hash = 0;
    for (char c : name.toCharArray()) {
      hash = hash * 65599 + c;
    }
    u16(hash & 0xffff).u16(name.length()).utf16(name);
    return u16(0);
  }

  /**
   * A template instance header: the definition follows inline when {@code definition} is negative
   * ({@code body} writes its fragment), else it is referenced by offset. Returns the definition's
   * offset. The values follow, see {@link #values}.
   */
  int templateInstance(int definition, Runnable body) {
    u8(0x0c).u8(0x01).u32(0x1234);
    if (definition >= 0) {
      u32(definition);
      return definition;
    }
    int offset = pos + 4;
    u32(offset);
    u32(0); // next template
    bytes(new byte[16]); // template GUID
    int size = pos;
    u32(0);
    body.run();
    putU32(data, size, pos - size - 4);
    return offset;
  }

  /** The values of a template instance: descriptors first, sizes patched in once written. */
  Values values() {
    return new Values();
  }

  /** Values being listed; {@link #write} writes them all. */
  final class Values {
    private final List<Integer> types = new ArrayList<>();
    private final List<Runnable> writers = new ArrayList<>();

    Values add(int type, Runnable writer) {
      types.add(type);
      writers.add(writer);
      return this;
    }

    Values nul() {
      return add(ValueType.NULL, () -> {});
    }

    Values string(String text) {
      return add(ValueType.STRING, () -> utf16(text));
    }

    Values u16(int value) {
      return add(ValueType.UINT16, () -> ChunkBuilder.this.u16(value));
    }

    Values strings(List<String> items) {
      return add(ValueType.STRING | ValueType.ARRAY, () -> items.forEach(i -> utf16(i).u16(0)));
    }

    void write() {
      u32(types.size());
      int table = pos;
      for (int i = 0; i < types.size(); i++) {
        u32(0);
      }
      for (int i = 0; i < types.size(); i++) {
        int start = pos;
        writers.get(i).run();
        putU16(data, table + 4 * i, pos - start);
        data[table + 4 * i + 2] = (byte) (int) types.get(i);
      }
    }
  }

  /** The chunk: its header (numbers, offsets, free space offset, CRCs) before the bytes written. */
  byte[] finish(long firstNumber, long lastNumber, long firstId, long lastId, int lastRecord) {
    byte[] chunk = Arrays.copyOf(data, CHUNK);
    System.arraycopy("ElfChnk\0".getBytes(StandardCharsets.US_ASCII), 0, chunk, 0, 8);
    putU64(chunk, 8, firstNumber);
    putU64(chunk, 16, lastNumber);
    putU64(chunk, 24, firstId);
    putU64(chunk, 32, lastId);
    putU32(chunk, 40, 128);
    putU32(chunk, 44, lastRecord);
    putU32(chunk, 48, Math.min(pos, CHUNK));
    fixCrcs(chunk, 0);
    return chunk;
  }

  /** A chunk of the records written, numbered 1 to {@code records}. */
  byte[] finish(int records) {
    return finish(1, records, 1, records, 512);
  }

  /** Recomputes the records and header CRC32s of the chunk at {@code chunk}. */
  static void fixCrcs(byte[] bytes, int chunk) {
    int freeSpace = (int) u32(bytes, chunk + 48);
    CRC32 records = new CRC32();
    records.update(bytes, chunk + 512, Math.max(0, Math.min(freeSpace, CHUNK) - 512));
    putU32(bytes, chunk + 52, records.getValue());
    CRC32 header = new CRC32();
    header.update(bytes, chunk, 120);
    header.update(bytes, chunk + 128, 384);
    putU32(bytes, chunk + 124, header.getValue());
  }

  ChunkBuilder u8(int value) {
    data[pos++] = (byte) value;
    return this;
  }

  ChunkBuilder u16(int value) {
    putU16(data, pos, value);
    pos += 2;
    return this;
  }

  ChunkBuilder u32(long value) {
    putU32(data, pos, value);
    pos += 4;
    return this;
  }

  ChunkBuilder u64(long value) {
    putU64(data, pos, value);
    pos += 8;
    return this;
  }

  ChunkBuilder utf16(String text) {
    return bytes(text.getBytes(StandardCharsets.UTF_16LE));
  }

  ChunkBuilder bytes(byte[] bytes) {
    System.arraycopy(bytes, 0, data, pos, bytes.length);
    pos += bytes.length;
    return this;
  }

  /** The bytes written so far, for tests that read them without a chunk header. */
  byte[] bytes() {
    return data;
  }

  static long fileTime(Instant time) {
    return (time.getEpochSecond() + 11_644_473_600L) * 10_000_000L + time.getNano() / 100;
  }

  static long u32(byte[] bytes, int at) {
    return (bytes[at] & 0xffL)
        | (bytes[at + 1] & 0xffL) << 8
        | (bytes[at + 2] & 0xffL) << 16
        | (bytes[at + 3] & 0xffL) << 24;
  }

  static void putU16(byte[] bytes, int at, int value) {
    bytes[at] = (byte) value;
    bytes[at + 1] = (byte) (value >>> 8);
  }

  static void putU32(byte[] bytes, int at, long value) {
    for (int i = 0; i < 4; i++) {
      bytes[at + i] = (byte) (value >>> (8 * i));
    }
  }

  static void putU64(byte[] bytes, int at, long value) {
    for (int i = 0; i < 8; i++) {
      bytes[at + i] = (byte) (value >>> (8 * i));
    }
  }
}
