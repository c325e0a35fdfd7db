package io.portex.core.format.evtx;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes small .evtx files the way Windows writes classic events such as Tcpip 4227: a file header,
 * 64 KiB chunks, and per chunk one template carried inline by its first record and referenced by
 * offset from every later one. CRCs are correct; {@link #fixCrcs} recomputes them after a test has
 * damaged something else.
 *
 * <p>The template (substitution indexes in brackets):
 *
 * <pre>{@code
 * <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
 *   <System>
 *     <Provider Name="[0]"/> <EventID Qualifiers="[1, optional]">[2]</EventID>
 *     <Level>[3]</Level> <Task>[4]</Task> <Keywords>[5]</Keywords>
 *     <TimeCreated SystemTime="[6]"/> <EventRecordID>[7]</EventRecordID>
 *     <Channel>[8]</Channel> <Computer>[9]</Computer> <Security UserID="[10, optional]"/>
 *   </System>
 *   CLASSIC: <EventData> <Data>[11, string array]</Data> <Binary>[12, optional]</Binary> </EventData>
 *   NESTED:  [11, BinXml: an instance of a second template giving the same EventData]
 * </Event>
 * }</pre>
 */
final class EvtxWriter {

  /** Where the EventData goes. */
  enum Layout {
    /** In the event's template, as classic events have it. */
    CLASSIC,
    /** In a BinXml value (type 0x21) holding an instance of a second template. */
    NESTED
  }

  /** One event; {@code qualifiers} -1 leaves the attribute out, {@code binary} may be null. */
  record Event(
      String provider,
      int eventId,
      int qualifiers,
      int level,
      Instant time,
      long recordId,
      String channel,
      String computer,
      List<String> data,
      byte[] binary) {

    /** A Tcpip warning of the System log, as Windows logs 4227, 4231 and 4266. */
    static Event tcpip(int eventId, long recordId, Instant time, String... data) {
      return new Event(
          "Tcpip", eventId, 32768, 3, time, recordId, "System", "WEB01", List.of(data), null);
    }

    Event withBinary(byte[] bytes) {
      return new Event(
          provider, eventId, qualifiers, level, time, recordId, channel, computer, data, bytes);
    }

    Event withProvider(String name, int newQualifiers) {
      return new Event(
          name, eventId, newQualifiers, level, time, recordId, channel, computer, data, binary);
    }
  }

  /** Where a record was written, for tests that damage it. */
  record Placed(long recordId, int chunk, int fileOffset, int chunkOffset, int size) {}

  static final int HEADER_BLOCK = 4096;
  static final int CHUNK = ChunkBuilder.CHUNK;

  private static final String EVENT_NS = "http://schemas.microsoft.com/win/2004/08/events/event";

  private final List<Event> events = new ArrayList<>();
  private final List<Placed> placed = new ArrayList<>();
  private int recordsPerChunk = Integer.MAX_VALUE;
  private Layout layout = Layout.CLASSIC;

  EvtxWriter add(Event event) {
    events.add(event);
    return this;
  }

  EvtxWriter recordsPerChunk(int count) {
    this.recordsPerChunk = count;
    return this;
  }

  EvtxWriter layout(Layout value) {
    this.layout = value;
    return this;
  }

  /** Where each record went in what {@link #toBytes()} or {@link #firstChunk()} wrote last. */
  List<Placed> placed() {
    return List.copyOf(placed);
  }

  /** A file: header, then the chunks. */
  byte[] toBytes() {
    List<byte[]> chunks = chunks();
    byte[] file = new byte[HEADER_BLOCK + chunks.size() * CHUNK];
    System.arraycopy("ElfFile\0".getBytes(StandardCharsets.US_ASCII), 0, file, 0, 8);
    ChunkBuilder.putU64(file, 16, chunks.size() - 1);
    ChunkBuilder.putU64(file, 24, events.isEmpty() ? 1 : last().recordId() + 1);
    ChunkBuilder.putU32(file, 32, 128);
    ChunkBuilder.putU16(file, 36, 1);
    ChunkBuilder.putU16(file, 38, 3);
    ChunkBuilder.putU16(file, 40, HEADER_BLOCK);
    ChunkBuilder.putU16(file, 42, chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      System.arraycopy(chunks.get(i), 0, file, HEADER_BLOCK + i * CHUNK, CHUNK);
    }
    fixCrcs(file);
    return file;
  }

  /** The first chunk alone, without a file header. */
  byte[] firstChunk() {
    return chunks().get(0);
  }

  /** Recomputes the CRC32s of the file header and of every chunk with a signature. */
  static void fixCrcs(byte[] file) {
    CRC32 crc = new CRC32();
    crc.update(file, 0, 120);
    ChunkBuilder.putU32(file, 124, crc.getValue());
    for (int at = HEADER_BLOCK; at + CHUNK <= file.length; at += CHUNK) {
      if (file[at] == 'E' && file[at + 3] == 'C') {
        ChunkBuilder.fixCrcs(file, at);
      }
    }
  }

  private Event last() {
    return events.get(events.size() - 1);
  }

  private List<byte[]> chunks() {
    placed.clear();
    List<byte[]> chunks = new ArrayList<>();
    ChunkWriter chunk = new ChunkWriter(0);
    for (Event event : events) {
      if (chunk.records == recordsPerChunk || !chunk.tryRecord(event)) {
        chunks.add(chunk.finish());
        chunk = new ChunkWriter(chunks.size());
        if (!chunk.tryRecord(event)) {
          throw new IllegalArgumentException("event too large for a chunk: " + event);
        }
      }
    }
    chunks.add(chunk.finish());
    return chunks;
  }

  /** One chunk of events sharing its templates. */
  private final class ChunkWriter {
    private final int number;
    private final ChunkBuilder out = new ChunkBuilder();
    private int eventTemplate = -1;
    private int dataTemplate = -1;
    private int records;
    private long firstId;
    private int lastRecord;

    ChunkWriter(int number) {
      this.number = number;
    }

    /** Writes the record, or leaves the chunk as it was and returns false if it does not fit. */
    boolean tryRecord(Event event) {
      ChunkBuilder.Mark mark = out.mark();
      int eventTemplateBefore = eventTemplate;
      int dataTemplateBefore = dataTemplate;
      int start = out.record(event.recordId(), event.time(), () -> binXml(event));
      if (out.position() > CHUNK) {
        out.reset(mark);
        eventTemplate = eventTemplateBefore;
        dataTemplate = dataTemplateBefore;
        return false;
      }
      firstId = records++ == 0 ? event.recordId() : firstId;
      lastRecord = start;
      placed.add(
          new Placed(
              event.recordId(),
              number,
              HEADER_BLOCK + number * CHUNK + start,
              start,
              out.position() - start));
      return true;
    }

    byte[] finish() {
      long first = placed.size() - records + 1;
      long lastId = records == 0 ? 0 : firstId + records - 1;
      byte[] chunk = out.finish(first, first + records - 1, firstId, lastId, lastRecord);
      ChunkBuilder.putU32(chunk, 384, Math.max(eventTemplate, 0));
      ChunkBuilder.fixCrcs(chunk, 0);
      return chunk;
    }

    private void binXml(Event event) {
      out.fragmentHeader();
      eventTemplate = out.templateInstance(eventTemplate, this::eventTemplate);
      ChunkBuilder.Values values =
          out.values()
              .string(event.provider())
              .add(
                  event.qualifiers() < 0 ? ValueType.NULL : ValueType.UINT16,
                  () -> {
                    if (event.qualifiers() >= 0) {
                      out.u16(event.qualifiers());
                    }
                  })
              .u16(event.eventId())
              .add(ValueType.UINT8, () -> out.u8(event.level()))
              .u16(0)
              .add(ValueType.HEX_INT64, () -> out.u64(0x80000000000000L))
              .add(ValueType.FILETIME, () -> out.u64(ChunkBuilder.fileTime(event.time())))
              .add(ValueType.UINT64, () -> out.u64(event.recordId()))
              .string(event.channel())
              .string(event.computer())
              .nul();
      if (layout == Layout.CLASSIC) {
        eventDataValues(values, event);
      } else {
        values.add(ValueType.BINXML, () -> nestedEventData(event));
      }
      values.write();
      out.eof();
    }

    private void nestedEventData(Event event) {
      out.fragmentHeader();
      dataTemplate = out.templateInstance(dataTemplate, this::dataTemplate);
      ChunkBuilder.Values values = out.values();
      eventDataValues(values, event);
      values.write();
      out.eof();
    }

    private void eventDataValues(ChunkBuilder.Values values, Event event) {
      values.strings(event.data());
      if (event.binary() == null) {
        values.nul();
      } else {
        values.add(ValueType.BINARY, () -> out.bytes(event.binary()));
      }
    }

    private void eventTemplate() {
      out.fragmentHeader();
      int root = out.open("Event", true, true);
      out.attribute("xmlns", false).text(EVENT_NS, false).closeStart();
      int system = out.open("System", false, true);
      out.closeStart();
      emptyWithAttribute("Provider", "Name", 0, ValueType.STRING, false);
      int eventId = out.open("EventID", true, true);
      out.attribute("Qualifiers", false).substitution(1, ValueType.UINT16, true).closeStart();
      out.substitution(2, ValueType.UINT16, false).end(eventId);
      leaf("Level", 3, ValueType.UINT8);
      leaf("Task", 4, ValueType.UINT16);
      leaf("Keywords", 5, ValueType.HEX_INT64);
      emptyWithAttribute("TimeCreated", "SystemTime", 6, ValueType.FILETIME, false);
      leaf("EventRecordID", 7, ValueType.UINT64);
      leaf("Channel", 8, ValueType.STRING);
      leaf("Computer", 9, ValueType.STRING);
      emptyWithAttribute("Security", "UserID", 10, ValueType.SID, true);
      out.end(system);
      if (layout == Layout.CLASSIC) {
        eventDataElement(11);
      } else {
        out.substitution(11, ValueType.BINXML, false);
      }
      out.end(root).eof();
    }

    private void dataTemplate() {
      out.fragmentHeader();
      eventDataElement(0);
      out.eof();
    }

    private void eventDataElement(int first) {
      int eventData = out.open("EventData", false, true);
      out.closeStart();
      leaf("Data", first, ValueType.STRING | ValueType.ARRAY);
      int binary = out.open("Binary", false, true);
      out.closeStart().substitution(first + 1, ValueType.BINARY, true).end(binary);
      out.end(eventData);
    }

    private void leaf(String name, int index, int type) {
      int element = out.open(name, false, true);
      out.closeStart().substitution(index, type, false).end(element);
    }

    private void emptyWithAttribute(
        String name, String attribute, int index, int type, boolean optional) {
      int element = out.open(name, true, true);
      out.attribute(attribute, false).substitution(index, type, optional).closeEmpty(element);
    }
  }
}
