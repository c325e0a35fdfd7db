package io.portex.core.format.evtx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every BinXml token, templates and substitutions, decoded from hand-written bytes and shown as
 * compact XML text ({@link #xml}).
 */
class BinXmlParserTest {

  private final ChunkBuilder chunk = new ChunkBuilder();

  /** Decodes the BinXml written from {@code start} to the current position. */
  private List<XmlContent> decode(int start) {
    int end = chunk.position();
    byte[] bytes = chunk.finish(0);
    BinXmlParser parser = new BinXmlParser();
    parser.startChunk(bytes, bytes.length);
    return new TemplateExpander(parser).expandRecord(parser.document(start, end, 0));
  }

  private String xml(int start) {
    StringBuilder text = new StringBuilder();
    decode(start).forEach(item -> render(item, text));
    return text.toString();
  }

  private static void render(XmlContent item, StringBuilder text) {
    if (item instanceof Value value) {
      text.append(value.text());
      return;
    }
    XmlElement element = (XmlElement) item;
    text.append('<').append(element.name());
    element
        .attributes()
        .forEach(a -> text.append(' ').append(a.name()).append("=\"").append(a.text()).append('"'));
    if (element.content().isEmpty()) {
      text.append("/>");
      return;
    }
    text.append('>');
    element.content().forEach(child -> render(child, text));
    text.append("</").append(element.name()).append('>');
  }

  @Test
  void elementsWithAttributesTextAndReferences() {
    int start = chunk.position();
    chunk.fragmentHeader();
    chunk.piTarget("xml-stylesheet").piData("href=\"a.xsl\"");
    int root = chunk.open("Root", true, false);
    chunk.attribute("a", true).text("1", false);
    chunk.attribute("b", false).text("x", true).charRef('&').text("y", false);
    chunk.closeStart();
    chunk.text("Tom ", true).entityRef("amp").text(" Jerry", false);
    int empty = chunk.open("Empty", false, false);
    chunk.closeEmpty(empty);
    int code = chunk.open("Code", false, false);
    chunk.closeStart().cdata("if (a < b)").end(code);
    chunk.piTarget("pi").piData("ignored");
    int again = chunk.open("Empty", false, false); // name by offset this time
    chunk.closeEmpty(again);
    chunk.end(root).eof();

    assertThat(xml(start))
        .isEqualTo(
            "<Root a=\"1\" b=\"x&y\">Tom & Jerry<Empty/><Code>if (a < b)</Code><Empty/></Root>");
  }

  @Test
  void templateInlineThenByOffsetWithNormalAndOptionalSubstitutions() {
    int start = chunk.position();
    int template = instance(-1, values -> values.string("first").u16(7).string("kept"));
    instance(template, values -> values.string("second").nul().nul());
    chunk.eof();

    assertThat(xml(start))
        .isEqualTo(
            "<E><Name v=\"first\" n=\"7\"/><Opt>kept</Opt><Wrap>kept<In/></Wrap></E>"
                + "<E><Name v=\"second\"/><Wrap><In/></Wrap></E>");
  }

  /**
   * {@code <E><Name v="%0" n="%1?"/><Opt>%2?</Opt><Wrap>%2?<In/></Wrap></E>}: optional values that
   * are NULL drop their attribute and their leaf element, not an element with children.
   */
  private int instance(int template, java.util.function.Consumer<ChunkBuilder.Values> values) {
    chunk.fragmentHeader();
    int offset =
        chunk.templateInstance(
            template,
            () -> {
              chunk.fragmentHeader();
              int e = chunk.open("E", false, true);
              chunk.closeStart();
              int name = chunk.open("Name", true, true);
              chunk.attribute("v", true).substitution(0, ValueType.STRING, false);
              chunk.attribute("n", false).substitution(1, ValueType.UINT16, true);
              chunk.closeEmpty(name);
              int opt = chunk.open("Opt", false, true);
              chunk.closeStart().substitution(2, ValueType.STRING, true).end(opt);
              int wrap = chunk.open("Wrap", false, true);
              chunk.closeStart().substitution(2, ValueType.STRING, true);
              int in = chunk.open("In", false, true);
              chunk.closeEmpty(in).end(wrap);
              chunk.end(e).eof();
            });
    ChunkBuilder.Values list = chunk.values();
    values.accept(list);
    list.write();
    return offset;
  }

  @Test
  void arraysRepeatTheirElement() {
    int start = chunk.position();
    chunk.fragmentHeader();
    chunk.templateInstance(
        -1,
        () -> {
          chunk.fragmentHeader();
          int root = chunk.open("D", false, true);
          chunk.closeStart();
          for (int i = 0; i < 3; i++) {
            int data = chunk.open("Data", false, true);
            chunk.closeStart().substitution(i, 0x81, false).end(data);
          }
          int port = chunk.open("Port", false, true);
          chunk.closeStart().substitution(3, 0x86, false).end(port);
          chunk.end(root).eof();
        });
    chunk
        .values()
        .strings(List.of("a", "", "c"))
        .strings(List.of())
        .add(0x81, () -> chunk.utf16("last")) // no NUL after the last string
        .add(0x86, () -> chunk.u16(443).u16(8080))
        .write();
    chunk.eof();

    assertThat(xml(start))
        .isEqualTo(
            "<D><Data>a</Data><Data></Data><Data>c</Data><Data/><Data>last</Data>"
                + "<Port>443</Port><Port>8080</Port></D>");
  }

  @Test
  void binXmlValuesAreDecodedInPlace() {
    int start = chunk.position();
    chunk.fragmentHeader();
    chunk.templateInstance(
        -1,
        () -> {
          chunk.fragmentHeader();
          int root = chunk.open("Event", false, true);
          chunk.closeStart();
          chunk.substitution(0, ValueType.BINXML, false).substitution(1, ValueType.BINXML, false);
          chunk.end(root).eof();
        });
    chunk
        .values()
        .add(
            ValueType.BINXML,
            () -> {
              // an element without fragment header nor dependency id
              int user = chunk.open("UserData", false, false);
              chunk.closeStart().text("u", false).end(user).eof();
            })
        .add(
            ValueType.BINXML,
            () -> {
              // a fragment holding a template instance with its own values
              chunk.fragmentHeader();
              chunk.templateInstance(
                  -1,
                  () -> {
                    chunk.fragmentHeader();
                    int port = chunk.open("Port", false, true);
                    chunk.closeStart().substitution(0, ValueType.UINT16, false).end(port).eof();
                  });
              chunk.values().u16(49152).write();
              chunk.eof();
            })
        .write();
    chunk.eof();

    assertThat(xml(start)).isEqualTo("<Event><UserData>u</UserData><Port>49152</Port></Event>");
  }

  @Test
  void dependencyIdIsFoundWhereItIsAndIsNot() {
    int start = chunk.position();
    chunk.fragmentHeader();
    int outside = chunk.open("Outside", false, true); // outside a template, with one anyway
    chunk.closeStart().text("o", false).end(outside);
    chunk.fragmentHeader();
    chunk.templateInstance(
        -1,
        () -> {
          chunk.fragmentHeader();
          int inside = chunk.open("Inside", false, false); // in a template, without one
          chunk.closeStart().substitution(0, ValueType.STRING, false).end(inside).eof();
        });
    chunk.values().string("v").write();
    chunk.eof();

    assertThat(xml(start)).isEqualTo("<Outside>o</Outside><Inside>v</Inside>");
  }

  @Test
  void substitutionOutOfRange() {
    int start = chunk.position();
    chunk.fragmentHeader();
    chunk.templateInstance(
        -1,
        () -> {
          chunk.fragmentHeader();
          int e = chunk.open("E", false, true);
          chunk.closeStart().substitution(5, ValueType.STRING, false).end(e).eof();
        });
    chunk.values().string("only").write();
    chunk.eof();

    assertThatThrownBy(() -> decode(start))
        .isInstanceOf(BinXmlException.class)
        .hasMessage("substitution of value 5 but the template instance has 1 values");
  }

  @Test
  void unexpectedTokenAndUnclosedElement() {
    int bad = chunk.position();
    chunk.fragmentHeader().u8(0x1f);
    assertThatThrownBy(() -> decode(bad))
        .isInstanceOf(BinXmlException.class)
        .hasMessageContaining("unexpected token 0x1f");

    int open = chunk.position();
    chunk.fragmentHeader();
    chunk.open("Never", false, false);
    chunk.closeStart();
    assertThatThrownBy(() -> decode(open))
        .isInstanceOf(BinXmlException.class)
        .hasMessageContaining("data ends");
  }

  @Test
  void repeatedNestedValuesCannotExplode() {
    // each level's template uses its one BinXml value 40 times; six levels would be 40^6 elements
    int start = chunk.position();
    chunk.fragmentHeader();
    nested(6);
    chunk.eof();

    assertThatThrownBy(() -> decode(start))
        .isInstanceOf(BinXmlException.class)
        .hasMessageContaining("expands to more than 200000 nodes");
  }

  private void nested(int levels) {
    chunk.templateInstance(
        -1,
        () -> {
          chunk.fragmentHeader();
          int root = chunk.open("L", false, true);
          chunk.closeStart();
          for (int i = 0; i < 40; i++) {
            chunk.substitution(0, ValueType.BINXML, false);
          }
          chunk.end(root).eof();
        });
    chunk
        .values()
        .add(
            levels > 1 ? ValueType.BINXML : ValueType.STRING,
            () -> {
              if (levels > 1) {
                nested(levels - 1);
                chunk.eof();
              } else {
                chunk.utf16("leaf");
              }
            })
        .write();
  }
}
