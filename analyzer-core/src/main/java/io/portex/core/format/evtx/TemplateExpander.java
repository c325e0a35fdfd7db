package io.portex.core.format.evtx;

import io.portex.core.format.evtx.BinXmlNode.Element;
import io.portex.core.format.evtx.BinXmlNode.Substitution;
import io.portex.core.format.evtx.BinXmlNode.TemplateInstance;
import io.portex.core.format.evtx.BinXmlNode.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the substitutions of decoded BinXml with the values of their template instances, giving the
 * {@link XmlElement} tree of an event:
 *
 * <ul>
 *   <li>a NULL value in an optional substitution removes the attribute enclosing it, or the element
 *       enclosing it when that element holds no child elements ([MS-EVEN6] 3.1.4.7.2; an element
 *       with children, such as {@code Event} around an optional EventData value, stays and only the
 *       value is left out);
 *   <li>an array value in an element's content repeats the element once per item (an empty array
 *       leaves one empty element);
 *   <li>a BinXml value (type 0x21, e.g. the EventData of many providers) is decoded in place, with
 *       its own template instances.
 * </ul>
 *
 * Hostile input is bounded: elements and BinXml values nest at most {@link BinXmlParser#MAX_DEPTH}
 * deep in all, and a record expands to at most {@link #MAX_NODES} elements and values (a template
 * substituting the same BinXml value many times, nested, would otherwise grow exponentially).
 */
final class TemplateExpander {

  /** Most elements and values one record may expand to. */
  static final int MAX_NODES = 200_000;

  private final BinXmlParser parser;
  private int budget;

  TemplateExpander(BinXmlParser parser) {
    this.parser = parser;
  }

  /** The elements and text of a record's decoded BinXml. */
  List<XmlContent> expandRecord(List<BinXmlNode> nodes) {
    startRecord();
    return expand(nodes, List.of(), 0);
  }

  /** Starts a record: its elements and values count against {@link #MAX_NODES} from here. */
  void startRecord() {
    budget = MAX_NODES;
  }

  /** How many elements and values the record has expanded to since {@link #startRecord}. */
  int expanded() {
    return MAX_NODES - budget;
  }

  /**
   * What a substitution in an element's content at nesting {@code depth} gives for {@code value}:
   * nothing for NULL, the elements of nested BinXml, else the value.
   */
  List<XmlContent> substituted(Value value, int depth) {
    List<XmlContent> out = new ArrayList<>(1);
    substituted(value, out, depth);
    return out;
  }

  /**
   * The elements of nested BinXml already decoded ({@code nodes}, from a BinXml value substituted
   * at nesting {@code depth}), as {@link #substituted} gives them.
   */
  List<XmlContent> nested(List<BinXmlNode> nodes, int depth) {
    List<XmlContent> out = new ArrayList<>(nodes.size());
    for (BinXmlNode node : nodes) {
      add(node, List.of(), out, depth + 1);
    }
    return out;
  }

  /**
   * One element of a template at nesting {@code depth} (0 for the root), its substitutions filled
   * from {@code values}; for an element that expands to exactly one (no array in its content, not
   * left out for a NULL).
   */
  XmlElement element(Element element, List<Value> values, int depth) {
    List<XmlContent> out = new ArrayList<>(1);
    element(element, values, out, depth);
    if (out.size() != 1) {
      throw new IllegalStateException(element.name() + " expanded to " + out.size() + " elements");
    }
    return (XmlElement) out.get(0);
  }

  /** The elements and text of {@code nodes}, substitutions filled from {@code values}. */
  private List<XmlContent> expand(List<BinXmlNode> nodes, List<Value> values, int depth) {
    List<XmlContent> out = new ArrayList<>(nodes.size());
    for (BinXmlNode node : nodes) {
      add(node, values, out, depth);
    }
    return out;
  }

  private void add(BinXmlNode node, List<Value> values, List<XmlContent> out, int depth) {
    if (--budget < 0) {
      throw new BinXmlException("the record expands to more than " + MAX_NODES + " nodes");
    }
    if (node instanceof Element element) {
      element(element, values, out, depth);
    } else if (node instanceof Text text) {
      out.add(text.value());
    } else if (node instanceof Substitution substitution) {
      substituted(value(substitution, values), out, depth);
    } else if (node instanceof TemplateInstance instance) {
      for (BinXmlNode templateNode : instance.template().nodes()) {
        add(templateNode, instance.values(), out, depth);
      }
    }
  }

  private void substituted(Value value, List<XmlContent> out, int depth) {
    if (value.isNull()) {
      return;
    }
    if (value.isBinXml()) {
      if (depth >= BinXmlParser.MAX_DEPTH) {
        throw new BinXmlException("BinXml values nested deeper than " + BinXmlParser.MAX_DEPTH);
      }
      Region region = value.region();
      for (BinXmlNode node : parser.document(region.offset(), region.end(), depth + 1)) {
        add(node, List.of(), out, depth + 1);
      }
    } else if (value.isArray()) {
      budget -= value.items().size();
      out.addAll(value.items());
    } else {
      out.add(value);
    }
  }

  private void element(Element element, List<Value> values, List<XmlContent> out, int depth) {
    if (depth >= BinXmlParser.MAX_DEPTH) {
      throw new BinXmlException("elements nested deeper than " + BinXmlParser.MAX_DEPTH);
    }
    int copies = 1;
    boolean arrayContent = false;
    boolean optionalNull = false;
    boolean children = false;
    for (BinXmlNode node : element.content()) {
      children |= node instanceof Element;
      if (node instanceof Substitution substitution) {
        Value value = value(substitution, values);
        optionalNull |= substitution.optional() && value.isNull();
        if (value.isArray()) {
          arrayContent = true;
          copies = Math.max(copies, value.items().size());
        }
      }
    }
    if (optionalNull && !children) {
      return;
    }
    List<XmlElement.Attribute> attributes = attributes(element, values);
    if (!arrayContent) {
      out.add(
          new XmlElement(element.name(), attributes, expand(element.content(), values, depth + 1)));
      return;
    }
    for (int copy = 0; copy < copies; copy++) {
      List<XmlContent> content = new ArrayList<>(element.content().size());
      for (BinXmlNode node : element.content()) {
        Value value = node instanceof Substitution s ? value(s, values) : null;
        if (value != null && value.isArray()) {
          if (copy < value.items().size()) {
            budget--;
            content.add(value.items().get(copy));
          }
        } else {
          add(node, values, content, depth + 1);
        }
      }
      out.add(new XmlElement(element.name(), attributes, content));
    }
  }

  private List<XmlElement.Attribute> attributes(Element element, List<Value> values) {
    if (element.attributes().isEmpty()) {
      return List.of();
    }
    List<XmlElement.Attribute> attributes = new ArrayList<>(element.attributes().size());
    for (BinXmlNode.Attribute attribute : element.attributes()) {
      List<Value> parts = new ArrayList<>(attribute.value().size());
      boolean omitted = false;
      for (BinXmlNode node : attribute.value()) {
        if (node instanceof Text text) {
          parts.add(text.value());
        } else if (node instanceof Substitution substitution) {
          Value value = value(substitution, values);
          omitted |= substitution.optional() && value.isNull();
          if (!value.isNull() && !value.isBinXml()) {
            parts.add(value);
          }
        }
      }
      if (!omitted) {
        attributes.add(new XmlElement.Attribute(attribute.name(), parts));
      }
    }
    return attributes;
  }

  private static Value value(Substitution substitution, List<Value> values) {
    if (substitution.index() >= values.size()) {
      throw new BinXmlException(
          "substitution of value "
              + substitution.index()
              + " but the template instance has "
              + values.size()
              + " values");
    }
    return values.get(substitution.index());
  }
}
