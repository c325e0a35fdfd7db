package io.portex.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes 64 KiB .evtx chunks full of Tcpip 4227 records, the way Windows writes classic events: the
 * first record of a chunk carries the template and the names inline, later records give their
 * offsets. The benchmark's input when the shared corpus of real logs is absent.
 *
 * <pre>{@code
 * <Event><System><Provider Name="%0"/><EventID Qualifiers="%1">%2</EventID><Level>%3</Level>
 *   <TimeCreated SystemTime="%4"/><EventRecordID>%5</EventRecordID><Channel>%6</Channel>
 *   <Computer>%7</Computer></System><EventData><Data>%8 (string array)</Data></EventData></Event>
 * }</pre>
 */
final class TcpipChunkWriter {

  static final int CHUNK = 64 * 1024;

  /** Room kept free for the largest record, the first one with its template. */
  private static final int LARGEST_RECORD = 1536;

  private final ByteBuffer out = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
  private final Map<String, Integer> names = new HashMap<>();
  private int template = -1;

  private TcpipChunkWriter() {}

  /** A chunk of records numbered from {@code firstId}, one second apart from {@code time}. */
  static byte[] chunk(long firstId, Instant time) {
    return new TcpipChunkWriter().write(firstId, time);
  }

  private byte[] write(long firstId, Instant time) {
    out.position(512);
    long id = firstId;
    int last = 512;
    while (out.position() + LARGEST_RECORD < CHUNK) {
      last = out.position();
      record(id, time.plusSeconds(id - firstId));
      id++;
    }
    int freeSpace = out.position();
    out.put(0, "ElfChnk\0".getBytes(StandardCharsets.US_ASCII));
    out.putLong(8, 1).putLong(16, id - firstId).putLong(24, firstId).putLong(32, id - 1);
    out.putInt(40, 128).putInt(44, last).putInt(48, freeSpace);
    byte[] chunk = out.array();
    CRC32 records = new CRC32();
    records.update(chunk, 512, freeSpace - 512);
    out.putInt(52, (int) records.getValue());
    out.putInt(384, template);
    CRC32 header = new CRC32();
    header.update(chunk, 0, 120);
    header.update(chunk, 128, 384);
    out.putInt(124, (int) header.getValue());
    return chunk;
  }

  private void record(long id, Instant time) {
    int start = out.position();
    out.putInt(0x2a2a).putInt(0).putLong(id).putLong(fileTime(time));
    out.put(new byte[] {0x0f, 1, 1, 0}).put((byte) 0x0c).put((byte) 1).putInt(0x4227);
    if (template >= 0) {
      out.putInt(template);
    } else {
      template = out.position() + 4;
      out.putInt(template).putInt(0).put(new byte[16]);
      int size = out.position();
      out.putInt(0);
      templateBody();
      out.putInt(size, out.position() - size - 4);
    }
    String[] data = {"10.0.0.5:" + (49152 + id % 16384), "", "10.0.0.9:443"};
    byte[][] values = {
      utf16("Tcpip"),
      u16(32768),
      u16(4227),
      {3},
      u64(fileTime(time)),
      u64(id),
      utf16("System"),
      utf16("WEB01"),
      utf16(String.join("\0", data) + "\0")
    };
    int[] types = {0x01, 0x06, 0x06, 0x04, 0x11, 0x0a, 0x01, 0x01, 0x81};
    out.putInt(values.length);
    for (int i = 0; i < values.length; i++) {
      out.putShort((short) values[i].length).put((byte) types[i]).put((byte) 0);
    }
    for (byte[] value : values) {
      out.put(value);
    }
    out.put((byte) 0);
    while ((out.position() - start + 4) % 8 != 0) {
      out.put((byte) 0);
    }
    int size = out.position() - start + 4;
    out.putInt(size).putInt(start + 4, size);
  }

  private void templateBody() {
    out.put(new byte[] {0x0f, 1, 1, 0});
    int event = open("Event", false);
    out.put((byte) 0x02);
    int system = open("System", false);
    out.put((byte) 0x02);
    emptyWithAttribute("Provider", "Name", 0, 0x01);
    int eventId = open("EventID", true);
    attribute("Qualifiers");
    substitution(0x0e, 1, 0x06);
    out.put((byte) 0x02);
    substitution(0x0d, 2, 0x06);
    end(eventId);
    leaf("Level", 3, 0x04);
    emptyWithAttribute("TimeCreated", "SystemTime", 4, 0x11);
    leaf("EventRecordID", 5, 0x0a);
    leaf("Channel", 6, 0x01);
    leaf("Computer", 7, 0x01);
    end(system);
    int eventData = open("EventData", false);
    out.put((byte) 0x02);
    leaf("Data", 8, 0x81);
    end(eventData);
    end(event);
    out.put((byte) 0);
  }

  private void leaf(String name, int index, int type) {
    int element = open(name, false);
    out.put((byte) 0x02);
    substitution(0x0d, index, type);
    end(element);
  }

  private void emptyWithAttribute(String name, String attribute, int index, int type) {
    int element = open(name, true);
    attribute(attribute);
    substitution(0x0d, index, type);
    out.put((byte) 0x03);
    out.putInt(element, out.position() - element - 4);
  }

  private int open(String name, boolean attributes) {
    out.put((byte) (attributes ? 0x41 : 0x01)).putShort((short) -1);
    int size = out.position();
    out.putInt(0);
    name(name);
    if (attributes) {
      out.putInt(0);
    }
    return size;
  }

  private void end(int element) {
    out.put((byte) 0x04);
    out.putInt(element, out.position() - element - 4);
  }

  private void attribute(String name) {
    out.put((byte) 0x06);
    name(name);
  }

  private void substitution(int token, int index, int type) {
    out.put((byte) token).putShort((short) index).put((byte) type);
  }

  private void name(String name) {
    Integer known = names.get(name);
    if (known != null) {
      out.putInt(known);
      return;
    }
    int offset = out.position() + 4;
    names.put(name, offset);
    out.putInt(offset).putInt(0).putShort((short) 0).putShort((short) name.length());
    out.put(utf16(name)).putShort((short) 0);
  }

  private static byte[] utf16(String text) {
    return text.getBytes(StandardCharsets.UTF_16LE);
  }

  private static byte[] u16(int value) {
    return new byte[] {(byte) value, (byte) (value >>> 8)};
  }

  private static byte[] u64(long value) {
    return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array();
  }

  private static long fileTime(Instant time) {
    return (time.getEpochSecond() + 11_644_473_600L) * 10_000_000L + time.getNano() / 100;
  }
}
