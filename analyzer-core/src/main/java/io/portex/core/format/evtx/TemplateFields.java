package io.portex.core.format.evtx;

import io.portex.core.format.evtx.BinXmlNode.Attribute;
import io.portex.core.format.evtx.BinXmlNode.Element;
import io.portex.core.format.evtx.BinXmlNode.Substitution;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Where the fields of an event come from in one template, worked out once per template: the
 * elements {@link EventFields} reads ({@code System/Provider}, {@code EventID}, {@code Level},
 * {@code TimeCreated}, {@code Computer}, {@code Channel}, {@code EventRecordID}; {@code EventData},
 * {@code UserData}), each as a fixed element of the template or as nested BinXml substituted into
 * {@code Event}. Per record only those are filled in, so only their substitution values are
 * decoded; {@code Task}, {@code Keywords}, {@code Correlation}, {@code Security} and the like are
 * never made.
 *
 * <p>The fields are the same as when the whole record is expanded because the shortcut is only
 * taken where that follows, and the record is expanded whole otherwise:
 *
 * <ul>
 *   <li>the template is one {@code Event} element holding one {@code System} element;
 *   <li>the instance has a value for every substitution of the template, so no substitution the
 *       whole expansion would reject goes unread;
 *   <li>no value is an array, and nested BinXml is substituted nowhere but straight into {@code
 *       Event} (where Windows puts {@code EventData} and {@code UserData}): everything else in the
 *       template then gives exactly one element or none, none where an optional substitution of it
 *       is NULL ([MS-EVEN6] 3.1.4.7.2, as {@link TemplateExpander} applies it), decided by the
 *       value types alone. The nested BinXml is expanded whole, in document order, so the first
 *       element of each name is the one the whole expansion finds first;
 *   <li>nothing fails on the way and the nested BinXml stays well inside the record's expansion
 *       bound, whatever the rest of the template would add to it.
 * </ul>
 */
final class TemplateFields {

  /** The children of {@code System} that {@link EventFields} reads. */
  private static final List<String> SYSTEM_FIELDS =
      List.of(
          "Provider", "EventID", "Level", "TimeCreated", "Computer", "Channel", "EventRecordID");

  /** The children of {@code Event} that {@link EventFields} reads. */
  private static final List<String> EVENT_FIELDS = List.of("System", "EventData", "UserData");

  private static final int SYSTEM = 0;

  /** The attributes of {@code System}'s children that {@link EventFields} reads. */
  private static final Set<String> ATTRIBUTES_READ = Set.of("Name", "Qualifiers", "SystemTime");

  /** A template whose events are always expanded whole. */
  static final TemplateFields WHOLE = new TemplateFields(null, List.of(), new BitSet(), 0, 0);

  private final Element event;
  private final List<List<Element>> systemFields;
  private final BitSet usedBeyondEvent;
  private final int substitutions;
  private final int nodes;

  private TemplateFields(
      Element event,
      List<List<Element>> systemFields,
      BitSet usedBeyondEvent,
      int substitutions,
      int nodes) {
    this.event = event;
    this.systemFields = systemFields;
    this.usedBeyondEvent = usedBeyondEvent;
    this.substitutions = substitutions;
    this.nodes = nodes;
  }

  /** The plan for a template definition's nodes. */
  static TemplateFields of(List<BinXmlNode> nodes) {
    if (nodes.size() != 1
        || !(nodes.get(0) instanceof Element event)
        || !event.name().equals("Event")) {
      return WHOLE;
    }
    List<Element> systems = children(event, "System");
    if (systems.size() != 1) {
      return WHOLE;
    }
    List<List<Element>> systemFields = new ArrayList<>(SYSTEM_FIELDS.size());
    for (String name : SYSTEM_FIELDS) {
      List<Element> candidates = new ArrayList<>(1);
      for (Element candidate : children(systems.get(0), name)) {
        candidates.add(withAttributesRead(candidate));
      }
      systemFields.add(List.copyOf(candidates));
    }
    BitSet usedBeyondEvent = new BitSet();
    for (BinXmlNode node : event.content()) {
      if (node instanceof Element element) {
        substitutions(List.of(element), usedBeyondEvent);
      }
    }
    substitutions(attributeValues(event), usedBeyondEvent);
    BitSet all = new BitSet();
    substitutions(nodes, all);
    return new TemplateFields(event, systemFields, usedBeyondEvent, all.length(), count(nodes));
  }

  /**
   * The event with only the elements its fields are taken from, or null when this record must be
   * expanded whole.
   */
  XmlElement event(InstanceValues values, TemplateExpander expander) {
    if (event == null || values.size() < substitutions) {
      return null;
    }
    for (int i = 0; i < values.size(); i++) {
      int type = values.type(i);
      if (ValueType.isArray(type) || (type == ValueType.BINXML && usedBeyondEvent.get(i))) {
        return null;
      }
    }
    XmlContent[] found = new XmlContent[EVENT_FIELDS.size()];
    try {
      expander.startRecord();
      for (BinXmlNode node : event.content()) {
        if (node instanceof Element element) {
          int slot = EVENT_FIELDS.indexOf(element.name());
          if (slot >= 0 && found[slot] == null && present(element, values)) {
            found[slot] =
                slot == SYSTEM
                    ? system(element, values, expander)
                    : expander.element(element, values, 1);
          }
        } else if (node instanceof Substitution substitution
            && values.type(substitution.index()) == ValueType.BINXML) {
          for (XmlContent item : expander.substituted(values.get(substitution.index()), 1)) {
            if (item instanceof XmlElement element) {
              int slot = EVENT_FIELDS.indexOf(element.name());
              if (slot >= 0 && found[slot] == null) {
                found[slot] = element;
              }
            }
          }
        }
      }
      if (expander.expanded() + nodes > TemplateExpander.MAX_NODES) {
        return null;
      }
    } catch (BinXmlException e) {
      return null; // expanded whole, the record fails with the message of the whole expansion
    }
    List<XmlContent> content = new ArrayList<>(found.length);
    for (XmlContent field : found) {
      if (field != null) {
        content.add(field);
      }
    }
    return new XmlElement(event.name(), List.of(), content);
  }

  /** {@code System} with only the first element of each field name that is there. */
  private XmlElement system(Element system, InstanceValues values, TemplateExpander expander) {
    List<XmlContent> content = new ArrayList<>(SYSTEM_FIELDS.size());
    for (List<Element> candidates : systemFields) {
      for (Element candidate : candidates) {
        if (present(candidate, values)) {
          content.add(expander.element(candidate, values, 2));
          break;
        }
      }
    }
    return new XmlElement(system.name(), List.of(), content);
  }

  /**
   * False for an element the expansion leaves out: one holding an optional substitution whose value
   * is NULL, and no child element.
   */
  private static boolean present(Element element, InstanceValues values) {
    boolean optionalNull = false;
    for (BinXmlNode node : element.content()) {
      if (node instanceof Element) {
        return true;
      }
      if (node instanceof Substitution substitution
          && substitution.optional()
          && values.type(substitution.index()) == ValueType.NULL) {
        optionalNull = true;
      }
    }
    return !optionalNull;
  }

  /**
   * The element with only the attributes {@link EventFields} reads ({@code Provider@Name}, {@code
   * EventID@Qualifiers}, {@code TimeCreated@SystemTime}): the others (a provider's GUID, say) are
   * never looked at, and attributes decide neither whether an element is there nor its text.
   */
  private static Element withAttributesRead(Element element) {
    List<Attribute> read = new ArrayList<>(1);
    for (Attribute attribute : element.attributes()) {
      if (ATTRIBUTES_READ.contains(attribute.name())) {
        read.add(attribute);
      }
    }
    return new Element(element.name(), List.copyOf(read), element.content());
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>(1);
    for (BinXmlNode node : parent.content()) {
      if (node instanceof Element child && child.name().equals(name)) {
        children.add(child);
      }
    }
    return List.copyOf(children);
  }

  private static List<BinXmlNode> attributeValues(Element element) {
    List<BinXmlNode> values = new ArrayList<>();
    for (Attribute attribute : element.attributes()) {
      values.addAll(attribute.value());
    }
    return values;
  }

  /** Sets the index of every substitution in {@code nodes}, at any depth, attributes included. */
  private static void substitutions(List<BinXmlNode> nodes, BitSet indices) {
    for (BinXmlNode node : nodes) {
      if (node instanceof Substitution substitution) {
        indices.set(substitution.index());
      } else if (node instanceof Element element) {
        substitutions(attributeValues(element), indices);
        substitutions(element.content(), indices);
      }
    }
  }

  /** Nodes the whole expansion counts for the template itself, at most (attributes are free). */
  private static int count(List<BinXmlNode> nodes) {
    int count = nodes.size();
    for (BinXmlNode node : nodes) {
      if (node instanceof Element element) {
        count += count(element.content());
      }
    }
    return count;
  }
}
