package io.portex.core.format.evtx;

import java.util.List;

/**
 * BinXml as decoded from a chunk, before its substitutions are filled in: a template definition's
 * tree, or a record's fragment (whose template instances carry their values).
 */
sealed interface BinXmlNode {

  /** An element; {@code content} holds elements, text and substitutions in order. */
  record Element(String name, List<Attribute> attributes, List<BinXmlNode> content)
      implements BinXmlNode {}

  /** An attribute; its value is made of text and substitutions. */
  record Attribute(String name, List<BinXmlNode> value) {}

  /** Literal text: value text, CDATA, a character or entity reference. */
  record Text(Value value) implements BinXmlNode {}

  /**
   * A place for value {@code index} of the template instance. An optional substitution whose value
   * is NULL removes the element or attribute that encloses it ([MS-EVEN6] 3.1.4.7.2).
   */
  record Substitution(int index, int type, boolean optional) implements BinXmlNode {}

  /** A use of a template with the values for its substitutions. */
  record TemplateInstance(Template template, List<Value> values) implements BinXmlNode {}

  /**
   * A template definition of a chunk, decoded once and kept for the chunk's records, with where its
   * events' fields come from.
   */
  record Template(int offset, List<BinXmlNode> nodes, TemplateFields fields) {

    Template(int offset, List<BinXmlNode> nodes) {
      this(offset, nodes, TemplateFields.of(nodes));
    }
  }
}
