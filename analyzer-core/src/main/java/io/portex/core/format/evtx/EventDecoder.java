package io.portex.core.format.evtx;

import io.portex.core.model.EventRecord;
import java.time.Instant;
import java.util.List;

/**
 * Decodes the records of one chunk into {@link EventRecord}s: the BinXml of the record, its
 * template instances filled in, its fields taken. Keeps the chunk's names and templates between
 * records; {@link #startChunk} forgets them.
 */
final class EventDecoder {

  /** Bytes of a record before its BinXml: signature, size, record id, time written. */
  static final int RECORD_HEADER = 24;

  private final String file;
  private final BinXmlParser parser = new BinXmlParser();
  private final TemplateExpander expander = new TemplateExpander(parser);
  private byte[] chunk;

  EventDecoder(String file) {
    this.file = file;
  }

  void startChunk(byte[] bytes, int available) {
    this.chunk = bytes;
    parser.startChunk(bytes, available);
  }

  /**
   * The event of the record at chunk offset {@code offset}, of {@code size} bytes (its framing
   * already checked).
   *
   * @throws BinXmlException when its BinXml cannot be decoded
   */
  EventRecord decode(int offset, int size, long recordId) {
    Instant written = ValueReader.fileTime(LittleEndian.i64(chunk, offset + 16));
    List<BinXmlNode> nodes = parser.document(offset + RECORD_HEADER, offset + size - 4, 0);
    List<XmlContent> roots = expander.expandRecord(nodes);
    return EventFields.of(roots, recordId, written, file);
  }
}
