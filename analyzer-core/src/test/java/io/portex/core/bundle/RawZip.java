package io.portex.core.bundle;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip archives byte by byte, so that tests can make the odd ones no zip library writes:
 * names that are not UTF-8 though flagged so, encrypted or Deflate64 entries, lying sizes, entries
 * that share their data, a central directory cut off.
 */
final class RawZip {

  /** One entry as it will be written. */
  static final class Entry {
    byte[] name;
    int flags;
    int method = 8;
    byte[] data; // as stored in the archive (compressed when method is 8)
    long declaredSize;
    long crc;

    /** When >= 0, the central directory points this entry at another entry's local header. */
    int sharesHeaderOf = -1;
  }

  private final List<Entry> entries = new ArrayList<>();

  static byte[] deflate(byte[] content) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(content);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  /** A deflated entry with true sizes. */
  RawZip add(String name, byte[] content) {
    Entry entry = new Entry();
    entry.name = name.getBytes(StandardCharsets.UTF_8);
    entry.data = deflate(content);
    entry.declaredSize = content.length;
    CRC32 crc = new CRC32();
    crc.update(content);
    entry.crc = crc.getValue();
    entries.add(entry);
    return this;
  }

  /** A stored entry with true sizes. */
  RawZip store(String name, byte[] content) {
    add(name, content);
    Entry entry = last();
    entry.method = 0;
    entry.data = content;
    return this;
  }

  Entry last() {
    return entries.get(entries.size() - 1);
  }

  RawZip entry(Entry entry) {
    entries.add(entry);
    return this;
  }

  byte[] bytes() {
    return bytes(Integer.MAX_VALUE);
  }

  /** The archive, cut after {@code keepDirectoryEntries} entries of its central directory. */
  byte[] bytes(int keepDirectoryEntries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long[] offsets = new long[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      offsets[i] = out.size();
      if (e.sharesHeaderOf >= 0) {
        continue;
      }
      ByteBuffer local = le(30 + e.name.length);
      local.putInt(0x04034b50).putShort((short) 20).putShort((short) e.flags);
      local.putShort((short) e.method).putShort((short) 0).putShort((short) 0x5A6B);
      local.putInt((int) e.crc).putInt(e.data.length).putInt((int) e.declaredSize);
      local.putShort((short) e.name.length).putShort((short) 0).put(e.name);
      out.writeBytes(local.array());
      out.writeBytes(e.data);
    }
    long directory = out.size();
    int written = 0;
    for (int i = 0; i < entries.size() && written < keepDirectoryEntries; i++, written++) {
      Entry e = entries.get(i);
      Entry data = e.sharesHeaderOf >= 0 ? entries.get(e.sharesHeaderOf) : e;
      long offset = e.sharesHeaderOf >= 0 ? offsets[e.sharesHeaderOf] : offsets[i];
      ByteBuffer central = le(46 + e.name.length);
      central.putInt(0x02014b50).putShort((short) 20).putShort((short) 20);
      central.putShort((short) data.flags).putShort((short) data.method);
      central.putShort((short) 0).putShort((short) 0x5A6B).putInt((int) data.crc);
      central.putInt(data.data.length).putInt((int) data.declaredSize);
      central.putShort((short) e.name.length).putShort((short) 0).putShort((short) 0);
      central.putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) offset);
      central.put(e.name);
      out.writeBytes(central.array());
    }
    if (keepDirectoryEntries < entries.size()) {
      return out.toByteArray(); // cut: no end record either
    }
    long size = out.size() - directory;
    ByteBuffer end = le(22);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
    end.putShort((short) entries.size()).putShort((short) entries.size());
    end.putInt((int) size).putInt((int) directory).putShort((short) 0);
    out.writeBytes(end.array());
    return out.toByteArray();
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
