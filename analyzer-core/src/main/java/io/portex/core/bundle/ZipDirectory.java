package io.portex.core.bundle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a zip archive, read from its central directory; when that is missing, cut off or
 * damaged, from the local headers one after the other (as far as they can be followed). Reads
 * headers only, never entry data, except to find the end of a deflated entry whose sizes only its
 * data descriptor gives, when the directory is gone.
 */
final class ZipDirectory {

  /**
   * The entries found, and what was wrong with the directory.
   *
   * @param entries at most the number asked for, in directory order
   * @param damage why the local headers were read instead of the directory, or null
   * @param more true when the archive holds more entries than were asked for
   */
  record Listing(List<ZipRecord> entries, String damage, boolean more) {}

  private static final int LOCAL = 0x04034b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int END = 0x06054b50;
  private static final int END64 = 0x06064b50;
  private static final int END64_LOCATOR = 0x07064b50;
  private static final int END_SIZE = 22;
  private static final int CENTRAL_SIZE = 46;
  static final int LOCAL_SIZE = 30;
  private static final long U32 = 0xFFFFFFFFL;

  private final ArchiveSource source;
  private final int maxEntries;
  private final ArchiveBudget budget;

  private ZipDirectory(ArchiveSource source, int maxEntries, ArchiveBudget budget) {
    this.source = source;
    this.maxEntries = maxEntries;
    this.budget = budget;
  }

  /**
   * Lists at most {@code maxEntries} entries (directories included); what has to be inflated to
   * follow a damaged archive is taken from {@code budget}.
   */
  static Listing read(ArchiveSource source, int maxEntries, ArchiveBudget budget)
      throws IOException {
    return new ZipDirectory(source, maxEntries, budget).read();
  }

  private Listing read() throws IOException {
    String damage;
    try {
      return central();
    } catch (DamagedException e) {
      damage = e.getMessage();
    }
    Listing scanned = localHeaders();
    return new Listing(scanned.entries(), damage, scanned.more());
  }

  /** A central directory that cannot be followed. */
  private static final class DamagedException extends Exception {
    DamagedException(String message) {
      super(message, null, false, false);
    }
  }

  private Listing central() throws IOException, DamagedException {
    long size = source.size();
    int tail = (int) Math.min(size, END_SIZE + 0xFFFF);
    byte[] bytes = new byte[tail];
    source.readFully(size - tail, bytes, 0, tail);
    ByteBuffer end = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int at = -1;
    for (int i = tail - END_SIZE; i >= 0; i--) {
      if (end.getInt(i) == END) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      throw new DamagedException("no central directory (archive cut short?)");
    }
    long endPosition = size - tail + at;
    long count = end.getShort(at + 10) & 0xFFFF;
    long directorySize = end.getInt(at + 12) & U32;
    long directoryOffset = end.getInt(at + 16) & U32;
    if (count == 0xFFFF || directorySize == U32 || directoryOffset == U32) {
      long[] zip64 = zip64End(endPosition);
      count = zip64[0];
      directorySize = zip64[1];
      directoryOffset = zip64[2];
    }
    // bytes before the archive (a self-extractor's stub) shift every offset
    long base = endPosition - directorySize - directoryOffset;
    if (base < 0 || directorySize > endPosition) {
      throw new DamagedException("central directory lies outside the archive");
    }
    List<ZipRecord> entries = new ArrayList<>();
    ByteBuffer directory = directory(base + directoryOffset, directorySize);
    for (long i = 0; i < count; i++) {
      if (entries.size() >= maxEntries) {
        return new Listing(entries, null, true);
      }
      entries.add(centralEntry(directory, base));
    }
    return new Listing(entries, null, false);
  }

  private ByteBuffer directory(long offset, long length) throws IOException, DamagedException {
    if (length > Integer.MAX_VALUE - 8) {
      throw new DamagedException("central directory too large");
    }
    byte[] bytes = new byte[(int) length];
    source.readFully(offset, bytes, 0, bytes.length);
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** {count, directory size, directory offset} from the zip64 end record. */
  private long[] zip64End(long endPosition) throws IOException, DamagedException {
    if (endPosition < 20) {
      throw new DamagedException("zip64 end record missing");
    }
    ByteBuffer locator = read(endPosition - 20, 20);
    if (locator.getInt(0) != END64_LOCATOR) {
      throw new DamagedException("zip64 end record missing");
    }
    long offset = locator.getLong(8);
    if (offset < 0 || offset > endPosition - 56) {
      throw new DamagedException("zip64 end record outside the archive");
    }
    ByteBuffer end = read(offset, 56);
    if (end.getInt(0) != END64) {
      throw new DamagedException("zip64 end record damaged");
    }
    long count = end.getLong(32);
    long size = end.getLong(40);
    long directory = end.getLong(48);
    if (count < 0 || size < 0 || directory < 0) {
      throw new DamagedException("zip64 end record damaged");
    }
    return new long[] {count, size, directory};
  }

  private ZipRecord centralEntry(ByteBuffer directory, long base) throws DamagedException {
    int at = directory.position();
    if (directory.remaining() < CENTRAL_SIZE || directory.getInt(at) != CENTRAL) {
      throw new DamagedException("central directory cut off or damaged at byte " + at);
    }
    int flags = directory.getShort(at + 8) & 0xFFFF;
    int method = directory.getShort(at + 10) & 0xFFFF;
    int time = directory.getShort(at + 12) & 0xFFFF;
    int date = directory.getShort(at + 14) & 0xFFFF;
    long compressed = directory.getInt(at + 20) & U32;
    long size = directory.getInt(at + 24) & U32;
    int nameLength = directory.getShort(at + 28) & 0xFFFF;
    int extraLength = directory.getShort(at + 30) & 0xFFFF;
    int commentLength = directory.getShort(at + 32) & 0xFFFF;
    long offset = directory.getInt(at + 42) & U32;
    int end = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (end > directory.limit()) {
      throw new DamagedException("central directory cut off at byte " + at);
    }
    String name = name(directory, at + CENTRAL_SIZE, nameLength, flags);
    Extra extra =
        extra(directory, at + CENTRAL_SIZE + nameLength, extraLength, size, compressed, offset);
    directory.position(end);
    return new ZipRecord(
        name,
        flags,
        method,
        extra.compressed,
        extra.size,
        base + extra.offset,
        extra.modified != null ? extra.modified : dosTime(date, time));
  }

  /** The sizes and offset after any zip64 field, and a UTC time from an extended timestamp. */
  private static final class Extra {
    long size;
    long compressed;
    long offset;
    Instant modified;
  }

  private static Extra extra(
      ByteBuffer bytes, int from, int length, long size, long compressed, long offset) {
    Extra extra = new Extra();
    extra.size = size;
    extra.compressed = compressed;
    extra.offset = offset;
    int at = from;
    int end = from + length;
    while (at + 4 <= end) {
      int id = bytes.getShort(at) & 0xFFFF;
      int fieldLength = bytes.getShort(at + 2) & 0xFFFF;
      int data = at + 4;
      int fieldEnd = Math.min(end, data + fieldLength);
      if (id == 0x0001) {
        int p = data;
        if (size == U32 && p + 8 <= fieldEnd) {
          extra.size = bytes.getLong(p);
          p += 8;
        }
        if (compressed == U32 && p + 8 <= fieldEnd) {
          extra.compressed = bytes.getLong(p);
          p += 8;
        }
        if (offset == U32 && p + 8 <= fieldEnd) {
          extra.offset = bytes.getLong(p);
        }
      } else if (id == 0x5455 && data + 5 <= fieldEnd && (bytes.get(data) & 1) != 0) {
        extra.modified = Instant.ofEpochSecond(bytes.getInt(data + 1) & U32);
      }
      at = data + fieldLength;
    }
    // a negative zip64 value is damage: treat it as unknown-and-huge so that limits catch it
    extra.size = extra.size < 0 ? Long.MAX_VALUE : extra.size;
    extra.compressed = extra.compressed < 0 ? Long.MAX_VALUE : extra.compressed;
    extra.offset = extra.offset < 0 ? Long.MAX_VALUE : extra.offset;
    return extra;
  }

  /**
   * The entry name: UTF-8 when the archive flags it so and it is valid UTF-8, else the OEM code
   * page Windows' own zip writes (every byte sequence reads in it).
   */
  static String name(ByteBuffer bytes, int from, int length, int flags) {
    ByteBuffer raw = bytes.duplicate().position(from).limit(from + length);
    if ((flags & 0x800) != 0) {
      try {
        CharBuffer decoded =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(raw.duplicate());
        return decoded.toString();
      } catch (CharacterCodingException e) {
        // flagged as UTF-8 but is not: read it in the code page below
      }
    }
    return Archives.ENTRY_NAMES.decode(raw).toString();
  }

  /** An MS-DOS date and time (local time of the machine that zipped), or null when invalid. */
  private static Instant dosTime(int date, int time) {
    if (date == 0) {
      return null;
    }
    try {
      return LocalDateTime.of(
              1980 + (date >> 9),
              (date >> 5) & 0x0F,
              date & 0x1F,
              time >> 11,
              (time >> 5) & 0x3F,
              (time & 0x1F) * 2)
          .atZone(ZoneId.systemDefault())
          .toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private ByteBuffer read(long position, int length) throws IOException {
    byte[] bytes = new byte[length];
    source.readFully(position, bytes, 0, length);
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  /**
   * The entries found by following local headers from the start. Ends at the first thing that is
   * not a local header (the damaged directory, the cut) or at an entry whose end cannot be found.
   */
  private Listing localHeaders() throws IOException {
    List<ZipRecord> entries = new ArrayList<>();
    long position = 0;
    long size = source.size();
    while (position + LOCAL_SIZE <= size) {
      if (entries.size() >= maxEntries) {
        return new Listing(entries, null, true);
      }
      ByteBuffer header = read(position, LOCAL_SIZE);
      if (header.getInt(0) != LOCAL) {
        break;
      }
      int flags = header.getShort(6) & 0xFFFF;
      int method = header.getShort(8) & 0xFFFF;
      int time = header.getShort(10) & 0xFFFF;
      int date = header.getShort(12) & 0xFFFF;
      long compressed = header.getInt(18) & U32;
      long declared = header.getInt(22) & U32;
      int nameLength = header.getShort(26) & 0xFFFF;
      int extraLength = header.getShort(28) & 0xFFFF;
      if (position + LOCAL_SIZE + nameLength + extraLength > size) {
        break;
      }
      ByteBuffer variable = read(position + LOCAL_SIZE, nameLength + extraLength);
      String name = name(variable, 0, nameLength, flags);
      Extra extra = extra(variable, nameLength, extraLength, declared, compressed, position);
      long data = position + LOCAL_SIZE + nameLength + extraLength;
      long length = extra.compressed;
      boolean described = (flags & 8) != 0;
      if (described && length == 0) {
        if (method != ZipRecord.DEFLATED) {
          break; // a stored entry whose size only the (missing) directory knew
        }
        length = DeflatedLength.of(source, data, budget);
        if (length < 0) {
          break;
        }
      }
      entries.add(
          new ZipRecord(
              name,
              flags,
              method,
              length,
              described && extra.size == 0 ? Long.MAX_VALUE : extra.size,
              position,
              extra.modified != null ? extra.modified : dosTime(date, time)));
      position = data + length;
      if (described) {
        position = DeflatedLength.afterDescriptor(source, position);
      }
      if (position > size) {
        break;
      }
    }
    return new Listing(entries, null, false);
  }
}
