package io.portex.core.format.evtx;

import io.portex.core.format.evtx.BinXmlNode.Attribute;
import io.portex.core.format.evtx.BinXmlNode.Element;
import io.portex.core.format.evtx.BinXmlNode.Substitution;
import io.portex.core.format.evtx.BinXmlNode.Template;
import io.portex.core.format.evtx.BinXmlNode.TemplateInstance;
import io.portex.core.format.evtx.BinXmlNode.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Decodes the BinXml tokens of one chunk ([MS-EVEN6] 2.2.12) into {@link BinXmlNode}s: a record's
 * fragment, a nested BinXml value, or a template definition. Names and template definitions are
 * read through the chunk's caches. Anything that does not decode throws {@link BinXmlException};
 * every token read consumes bytes, and nesting is capped, so hostile input ends.
 */
final class BinXmlParser {

  static final int EOF = 0x00;
  static final int OPEN_START_ELEMENT = 0x01;
  static final int CLOSE_START_ELEMENT = 0x02;
  static final int CLOSE_EMPTY_ELEMENT = 0x03;
  static final int END_ELEMENT = 0x04;
  static final int VALUE = 0x05;
  static final int ATTRIBUTE = 0x06;
  static final int CDATA = 0x07;
  static final int CHAR_REF = 0x08;
  static final int ENTITY_REF = 0x09;
  static final int PI_TARGET = 0x0a;
  static final int PI_DATA = 0x0b;
  static final int TEMPLATE_INSTANCE = 0x0c;
  static final int NORMAL_SUBSTITUTION = 0x0d;
  static final int OPTIONAL_SUBSTITUTION = 0x0e;
  static final int FRAGMENT_HEADER = 0x0f;

  /** Flag of a token that more data (attributes, content parts) follows. */
  static final int MORE = 0x40;

  /** Deepest nesting of elements and BinXml values decoded. */
  static final int MAX_DEPTH = 64;

  /** Bytes of a template definition before its fragment: next offset, GUID, data size. */
  static final int TEMPLATE_HEADER = 24;

  private final ChunkStrings names = new ChunkStrings();
  private final TemplateCache templates = new TemplateCache();
  private final IntFunction<Template> definitions = this::templateDefinition;
  private byte[] chunk;
  private int length;

  /** Starts decoding a new chunk of {@code available} bytes, forgetting the last one's caches. */
  void startChunk(byte[] bytes, int available) {
    this.chunk = bytes;
    this.length = available;
    names.startChunk(bytes, available);
    templates.startChunk();
  }

  /**
   * The fragments of a record, or of a nested BinXml value, in {@code [start, end)}: fragment
   * headers, elements, template instances, up to an end-of-fragment token or the end.
   */
  List<BinXmlNode> document(int start, int end, int depth) {
    return document(new Cursor(chunk, start, end), depth, false);
  }

  private List<BinXmlNode> document(Cursor in, int depth, boolean inTemplate) {
    List<BinXmlNode> nodes = new ArrayList<>(2);
    while (!in.atEnd()) {
      int token = in.peek();
      switch (token & ~MORE) {
        case EOF -> {
          in.u8();
          return nodes;
        }
        case FRAGMENT_HEADER -> in.skip(4);
        case OPEN_START_ELEMENT -> nodes.add(element(in, depth + 1, inTemplate));
        case TEMPLATE_INSTANCE -> {
          if (inTemplate) {
            throw unexpected(token, in.position(), "a template definition");
          }
          nodes.add(templateInstance(in));
        }
        case PI_TARGET, PI_DATA -> processingInstruction(in);
        default -> throw unexpected(token, in.position(), "a fragment");
      }
    }
    return nodes;
  }

  private Element element(Cursor in, int depth, boolean inTemplate) {
    if (depth > MAX_DEPTH) {
      throw new BinXmlException("elements nested deeper than " + MAX_DEPTH);
    }
    int token = in.u8();
    String name = elementStart(in, inTemplate);
    List<Attribute> attributes = List.of();
    if ((token & MORE) != 0) {
      in.u32(); // size of the attribute list
      attributes = attributes(in);
    }
    int close = in.u8();
    if (close == CLOSE_EMPTY_ELEMENT) {
      return new Element(name, attributes, List.of());
    }
    if (close != CLOSE_START_ELEMENT) {
      throw unexpected(close, in.position() - 1, "the start of element " + name);
    }
    return new Element(name, attributes, content(in, depth, inTemplate, name));
  }

  /**
   * The start of an element after its token: a dependency identifier (2 bytes, in template
   * definitions only), the data size (4) and the name offset (4). Where the name offset is
   * implausible in the expected layout but plausible in the other, the other is taken: writers
   * differ on the dependency identifier.
   */
  private String elementStart(Cursor in, boolean inTemplate) {
    int at = in.position();
    boolean dependencyId = inTemplate;
    if (!plausibleNameOffset(in, at + (dependencyId ? 6 : 4))
        && plausibleNameOffset(in, at + (dependencyId ? 4 : 6))) {
      dependencyId = !dependencyId;
    }
    if (dependencyId) {
      in.skip(2);
    }
    in.u32(); // data size
    return name(in);
  }

  private boolean plausibleNameOffset(Cursor in, int field) {
    if (field + 4 > in.end()) {
      return false;
    }
    long offset = LittleEndian.u32(chunk, field);
    return offset == field + 4
        || (offset >= ChunkHeader.HEADER_SIZE && offset < field && offset + 8 <= length);
  }

  private List<Attribute> attributes(Cursor in) {
    List<Attribute> attributes = new ArrayList<>(2);
    while ((in.peek() & ~MORE) == ATTRIBUTE) {
      in.u8();
      String name = name(in);
      List<BinXmlNode> value = new ArrayList<>(1);
      BinXmlNode part;
      while ((part = attributePart(in)) != null) {
        value.add(part);
      }
      attributes.add(new Attribute(name, value));
    }
    return attributes;
  }

  /** The next part of an attribute value, or null when the next token is not one. */
  private BinXmlNode attributePart(Cursor in) {
    return switch (in.peek() & ~MORE) {
      case VALUE -> valueText(in);
      case NORMAL_SUBSTITUTION, OPTIONAL_SUBSTITUTION -> substitution(in);
      case CHAR_REF -> charRef(in);
      case ENTITY_REF -> entityRef(in);
      default -> null;
    };
  }

  private List<BinXmlNode> content(Cursor in, int depth, boolean inTemplate, String element) {
    List<BinXmlNode> content = new ArrayList<>(2);
    while (true) {
      int token = in.peek();
      switch (token & ~MORE) {
        case END_ELEMENT -> {
          in.u8();
          return content;
        }
        case OPEN_START_ELEMENT -> content.add(element(in, depth + 1, inTemplate));
        case VALUE -> content.add(valueText(in));
        case CDATA -> {
          in.u8();
          content.add(new Text(Value.text(in.countedUtf16())));
        }
        case CHAR_REF -> content.add(charRef(in));
        case ENTITY_REF -> content.add(entityRef(in));
        case NORMAL_SUBSTITUTION, OPTIONAL_SUBSTITUTION -> content.add(substitution(in));
        case PI_TARGET, PI_DATA -> processingInstruction(in);
        default -> throw unexpected(token, in.position(), "element " + element);
      }
    }
  }

  private Text valueText(Cursor in) {
    in.u8();
    int type = in.u8();
    if (type != ValueType.STRING) {
      throw new BinXmlException(
          "value text of type " + ValueType.hex(type) + " at offset " + (in.position() - 1));
    }
    return new Text(Value.text(in.countedUtf16()));
  }

  private Substitution substitution(Cursor in) {
    boolean optional = in.u8() == OPTIONAL_SUBSTITUTION;
    int index = in.u16();
    int type = in.u8();
    return new Substitution(index, type, optional);
  }

  private Text charRef(Cursor in) {
    in.u8();
    return new Text(Value.text(String.valueOf((char) in.u16())));
  }

  private Text entityRef(Cursor in) {
    in.u8();
    String entity = name(in);
    String text =
        switch (entity) {
          case "lt" -> "<";
          case "gt" -> ">";
          case "amp" -> "&";
          case "quot" -> "\"";
          case "apos" -> "'";
          default -> "&" + entity + ";";
        };
    return new Text(Value.text(text));
  }

  /** A PI target (a name) or PI data (text): read past, not kept. */
  private void processingInstruction(Cursor in) {
    if (in.u8() == PI_TARGET) {
      name(in);
    } else {
      in.countedUtf16();
    }
  }

  /** A name offset; the name itself follows inline when the offset points right behind it. */
  private String name(Cursor in) {
    int offset = in.offset("name offset");
    if (offset != in.position()) {
      return names.at(offset);
    }
    in.need(ChunkStrings.HEADER);
    String name = names.at(offset);
    in.skip(names.size(offset));
    return name;
  }

  /**
   * A template instance: the template's offset (its definition inline when the offset points right
   * behind it), then the value descriptors (size, type) and the values.
   */
  private TemplateInstance templateInstance(Cursor in) {
    in.u8(); // token
    in.u8(); // unknown, 1
    in.u32(); // template id
    int definition = in.offset("template offset");
    if (definition == in.position()) {
      in.need(TEMPLATE_HEADER);
      in.skip(TEMPLATE_HEADER + LittleEndian.u32(chunk, in.position() + 20));
    }
    Template template = templates.get(definition, definitions);
    long count = in.u32();
    if (count * 4 > in.remaining()) {
      throw new BinXmlException(
          "template instance of " + count + " values at offset " + in.position() + " does not fit");
    }
    int[] sizes = new int[(int) count];
    int[] types = new int[(int) count];
    int descriptor = in.position();
    in.skip(count * 4); // checked above: the descriptors fit
    for (int i = 0; i < sizes.length; i++, descriptor += 4) {
      sizes[i] = LittleEndian.u16(chunk, descriptor);
      types[i] = chunk[descriptor + 2] & 0xff;
    }
    int[] offsets = new int[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      in.need(sizes[i]);
      offsets[i] = in.position();
      ValueReader.check(chunk, offsets[i], sizes[i], types[i]);
      in.skip(sizes[i]);
    }
    return new TemplateInstance(template, new InstanceValues(chunk, offsets, sizes, types));
  }

  private Template templateDefinition(int offset) {
    if (offset < ChunkHeader.HEADER_SIZE || offset > length - TEMPLATE_HEADER) {
      throw new BinXmlException("definition offset outside the chunk's records");
    }
    long size = LittleEndian.u32(chunk, offset + 20);
    int start = offset + TEMPLATE_HEADER;
    if (size > length - start) {
      throw new BinXmlException("definition of " + size + " bytes runs past the chunk");
    }
    List<BinXmlNode> nodes = document(new Cursor(chunk, start, start + (int) size), 0, true);
    return new Template(offset, nodes);
  }

  private static BinXmlException unexpected(int token, int offset, String where) {
    return new BinXmlException(
        "unexpected token " + ValueType.hex(token) + " at offset " + offset + " in " + where);
  }
}
