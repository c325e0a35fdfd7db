package io.portex.core.format.evtx;

import io.portex.core.format.evtx.BinXmlNode.TemplateInstance;
import io.portex.core.model.EventRecord;
import java.time.Instant;
import java.util.List;

/**
 * Decodes the records of one chunk into {@link EventRecord}s: the BinXml of the record, its
 * template instances filled in (only the elements the fields come from, where {@link
 * TemplateFields} allows it), its fields taken. Keeps the chunk's names and templates between
 * records; {@link #startChunk} forgets them.
 */
final class EventDecoder {

  /** Bytes of a record before its BinXml: signature, size, record id, time written. */
  static final int RECORD_HEADER = 24;

  private final String file;
  private final boolean byTemplate;
  private final BinXmlParser parser = new BinXmlParser();
  private final TemplateExpander expander = new TemplateExpander(parser);
  private byte[] chunk;
  private long decodedByTemplate;

  EventDecoder(String file) {
    this(file, true);
  }

  /**
   * @param byTemplate whether to fill in only the elements the fields come from where the template
   *     allows it ({@link TemplateFields}); false expands every record whole, as a reference
   */
  EventDecoder(String file, boolean byTemplate) {
    this.file = file;
    this.byTemplate = byTemplate;
  }

  /** How many records were decoded by template rather than expanded whole. */
  long decodedByTemplate() {
    return decodedByTemplate;
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
    EventRecord event = byTemplate ? eventOfTemplate(nodes, recordId, written) : null;
    if (event != null) {
      decodedByTemplate++;
      return event;
    }
    return EventFields.of(expander.expandRecord(nodes), recordId, written, file);
  }

  /**
   * The event read by template, for a record that is one template instance whose template says
   * where its fields are; else null.
   */
  private EventRecord eventOfTemplate(List<BinXmlNode> nodes, long recordId, Instant written) {
    if (nodes.size() == 1
        && nodes.get(0) instanceof TemplateInstance instance
        && instance.values() instanceof InstanceValues values) {
      return instance.template().fields().record(values, parser, expander, recordId, written, file);
    }
    return null;
  }
}
