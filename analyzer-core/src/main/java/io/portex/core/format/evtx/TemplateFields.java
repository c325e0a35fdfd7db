package io.portex.core.format.evtx;

import io.portex.core.format.evtx.BinXmlNode.Attribute;
import io.portex.core.format.evtx.BinXmlNode.Element;
import io.portex.core.format.evtx.BinXmlNode.Substitution;
import io.portex.core.format.evtx.BinXmlNode.TemplateInstance;
import io.portex.core.format.evtx.BinXmlNode.Text;
import io.portex.core.model.EventRecord;
import java.time.Instant;
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
 *
 * <p>No tree is built where the text is plain: an element holding only text and substitutions (a
 * "flat" element, as every {@code System} field and {@code Data} of Windows' templates) gives its
 * text and attributes straight from the values, an integer {@code EventID}, {@code Level} or {@code
 * EventRecordID} as a number without its text; an {@code EventData} made of flat elements, fixed in
 * the template or substituted as nested BinXml whose one template is such an {@code EventData},
 * gives the text of its {@code Data} elements the same way. The rules are those of {@link
 * TemplateExpander} (a NULL optional substitution removes its attribute, or its element when that
 * holds no element) and of {@link EventFields}.
 */
final class TemplateFields {

  private static final int PROVIDER = 0;
  private static final int EVENT_ID = 1;
  private static final int LEVEL = 2;
  private static final int TIME_CREATED = 3;
  private static final int COMPUTER = 4;
  private static final int CHANNEL = 5;
  private static final int RECORD_ID = 6;

  /** The children of {@code System} that {@link EventFields} reads, by the indices above. */
  private static final List<String> SYSTEM_FIELDS =
      List.of(
          "Provider", "EventID", "Level", "TimeCreated", "Computer", "Channel", "EventRecordID");

  /** The attributes of {@code System}'s children that {@link EventFields} reads. */
  private static final Set<String> ATTRIBUTES_READ = Set.of("Name", "Qualifiers", "SystemTime");

  /** A template whose events are always expanded whole. */
  static final TemplateFields WHOLE =
      new TemplateFields(null, new Element[0][], new boolean[0][], null, new BitSet(), null, 0, 0);

  private final Element event;
  private final Element[][] systemFields;
  private final boolean[][] flatSystemFields;
  private final boolean[] flatEventData;
  private final BitSet usedBeyondEvent;
  private final Element eventData;
  private final int substitutions;
  private final int nodes;

  private TemplateFields(
      Element event,
      Element[][] systemFields,
      boolean[][] flatSystemFields,
      boolean[] flatEventData,
      BitSet usedBeyondEvent,
      Element eventData,
      int substitutions,
      int nodes) {
    this.event = event;
    this.systemFields = systemFields;
    this.flatSystemFields = flatSystemFields;
    this.flatEventData = flatEventData;
    this.usedBeyondEvent = usedBeyondEvent;
    this.eventData = eventData;
    this.substitutions = substitutions;
    this.nodes = nodes;
  }

  /** The plan for a template definition's nodes. */
  static TemplateFields of(List<BinXmlNode> nodes) {
    BitSet all = new BitSet();
    substitutions(nodes, all);
    if (nodes.size() == 1
        && nodes.get(0) instanceof Element root
        && root.name().equals("EventData")
        && flatData(root)) {
      return new TemplateFields(null, null, null, null, null, root, all.length(), count(nodes));
    }
    if (nodes.size() != 1
        || !(nodes.get(0) instanceof Element event)
        || !event.name().equals("Event")) {
      return WHOLE;
    }
    List<Element> systems = children(event, "System");
    if (systems.size() != 1) {
      return WHOLE;
    }
    Element[][] systemFields = new Element[SYSTEM_FIELDS.size()][];
    boolean[][] flatSystemFields = new boolean[SYSTEM_FIELDS.size()][];
    for (int field = 0; field < systemFields.length; field++) {
      List<Element> candidates = children(systems.get(0), SYSTEM_FIELDS.get(field));
      systemFields[field] = new Element[candidates.size()];
      flatSystemFields[field] = new boolean[candidates.size()];
      for (int i = 0; i < candidates.size(); i++) {
        systemFields[field][i] = withAttributesRead(candidates.get(i));
        flatSystemFields[field][i] = flat(candidates.get(i));
      }
    }
    boolean[] flatEventData = new boolean[event.content().size()];
    BitSet usedBeyondEvent = new BitSet();
    for (int i = 0; i < event.content().size(); i++) {
      if (event.content().get(i) instanceof Element element) {
        substitutions(List.of(element), usedBeyondEvent);
        flatEventData[i] = element.name().equals("EventData") && flatData(element);
      }
    }
    substitutions(attributeValues(event), usedBeyondEvent);
    return new TemplateFields(
        event,
        systemFields,
        flatSystemFields,
        flatEventData,
        usedBeyondEvent,
        null,
        all.length(),
        count(nodes));
  }

  /**
   * The event of a record that is one instance of this template, its fields taken as the whole
   * expansion and {@link EventFields} would take them, or null when the record must be expanded
   * whole.
   */
  EventRecord record(
      InstanceValues values,
      BinXmlParser parser,
      TemplateExpander expander,
      long recordId,
      Instant written,
      String file) {
    if (event == null || values.size() < substitutions) {
      return null;
    }
    for (int i = 0; i < values.size(); i++) {
      int type = values.type(i);
      if (ValueType.isArray(type) || (type == ValueType.BINXML && usedBeyondEvent.get(i))) {
        return null;
      }
    }
    Element system = null;
    List<String> data = null;
    XmlElement userData = null;
    try {
      expander.startRecord();
      int nested = 0;
      List<BinXmlNode> content = event.content();
      for (int i = 0; i < content.size(); i++) {
        BinXmlNode node = content.get(i);
        if (node instanceof Element element) {
          switch (element.name()) {
            case "System" -> {
              if (system == null && present(element, values)) {
                system = element;
              }
            }
            case "EventData" -> {
              if (data == null && present(element, values)) {
                data = flatEventData[i] ? data(element, values) : data(element, values, expander);
              }
            }
            case "UserData" -> {
              if (userData == null && present(element, values)) {
                userData = expander.element(element, values, 1);
              }
            }
            default -> {}
          }
        } else if (node instanceof Substitution substitution
            && values.type(substitution.index()) == ValueType.BINXML) {
          Region region = values.get(substitution.index()).region();
          List<BinXmlNode> fragment = parser.document(region.offset(), region.end(), 2);
          TemplateFields plan = eventDataPlan(fragment);
          if (plan != null) {
            nested += plan.nodes + 1;
            if (data == null) {
              data = data(plan.eventData, (InstanceValues) instanceOf(fragment).values());
            }
            continue;
          }
          for (XmlContent item : expander.nested(fragment, 1)) {
            if (item instanceof XmlElement element) {
              switch (element.name()) {
                case "System" -> {
                  if (system == null) {
                    return null; // the nested System comes first: expanded whole
                  }
                }
                case "EventData" -> {
                  if (data == null) {
                    data = new ArrayList<>();
                    EventFields.eventData(element, data);
                  }
                }
                case "UserData" -> {
                  if (userData == null) {
                    userData = element;
                  }
                }
                default -> {}
              }
            }
          }
        }
      }
      if (expander.expanded() + nested + nodes > TemplateExpander.MAX_NODES) {
        return null;
      }
      List<String> all = data != null ? data : new ArrayList<>();
      EventFields.userData(userData, all);
      return system == null
          ? EventFields.record("", -1, -1, -1, null, null, null, -1, all, recordId, written, file)
          : system(values, expander, all, recordId, written, file);
    } catch (BinXmlException e) {
      return null; // expanded whole, the record fails with the message of the whole expansion
    }
  }

  /** The event of a record whose {@code System} is there, its fields read from the values. */
  private EventRecord system(
      InstanceValues values,
      TemplateExpander expander,
      List<String> data,
      long recordId,
      Instant written,
      String file) {
    Field id = field(EVENT_ID, values, expander);
    Field timeCreated = field(TIME_CREATED, values, expander);
    return EventFields.record(
        field(PROVIDER, values, expander).attributeText("Name"),
        (int) id.number(),
        (int) id.attributeNumber("Qualifiers"),
        (int) field(LEVEL, values, expander).number(),
        timeCreated.absent() ? null : EventFields.time(timeCreated.attribute("SystemTime")),
        EventFields.nonEmpty(field(COMPUTER, values, expander).text()),
        EventFields.nonEmpty(field(CHANNEL, values, expander).text()),
        field(RECORD_ID, values, expander).number(),
        data,
        recordId,
        written,
        file);
  }

  /** The first element of {@code System} of field {@code field} that is there. */
  private Field field(int field, InstanceValues values, TemplateExpander expander) {
    Element[] candidates = systemFields[field];
    for (int i = 0; i < candidates.length; i++) {
      if (present(candidates[i], values)) {
        return flatSystemFields[field][i]
            ? new Field(candidates[i], values, null)
            : new Field(null, values, expander.element(candidates[i], values, 2));
      }
    }
    return new Field(null, values, null);
  }

  /**
   * A field element of {@code System}: flat (its text and attributes read from the values), or
   * expanded, or absent (both null).
   */
  private record Field(Element flat, InstanceValues values, XmlElement expanded) {

    boolean absent() {
      return flat == null && expanded == null;
    }

    /** Its text, null when absent. */
    String text() {
      if (flat != null) {
        return flatText(flat, values);
      }
      return expanded == null ? null : expanded.text();
    }

    /** {@link EventFields#number} of its text. */
    long number() {
      if (flat != null
          && flat.content().size() == 1
          && flat.content().get(0) instanceof Substitution substitution) {
        return values.number(substitution.index());
      }
      return EventFields.number(text());
    }

    /** The text of the attribute of that name, "" when it or the element is not there. */
    String attributeText(String name) {
      if (flat == null) {
        XmlElement.Attribute attribute = expanded == null ? null : expanded.attribute(name);
        return attribute == null ? "" : attribute.text();
      }
      Attribute attribute = flatAttribute(name);
      if (attribute == null) {
        return "";
      }
      List<BinXmlNode> parts = attribute.value();
      if (parts.size() == 1) {
        return attributePart(parts.get(0));
      }
      StringBuilder text = new StringBuilder();
      for (BinXmlNode part : parts) {
        text.append(attributePart(part));
      }
      return text.toString();
    }

    /** {@link EventFields#number} of the text of the attribute of that name; -1 without it. */
    long attributeNumber(String name) {
      if (flat == null) {
        XmlElement.Attribute attribute = expanded == null ? null : expanded.attribute(name);
        return EventFields.number(attribute == null ? null : attribute.text());
      }
      Attribute attribute = flatAttribute(name);
      if (attribute == null) {
        return -1;
      }
      if (attribute.value().size() == 1
          && attribute.value().get(0) instanceof Substitution substitution) {
        return values.number(substitution.index());
      }
      return EventFields.number(attributeText(name));
    }

    /**
     * The first attribute of that name of the flat element that is there: not left out for a NULL
     * value in an optional substitution.
     */
    private Attribute flatAttribute(String name) {
      for (Attribute attribute : flat.attributes()) {
        if (attribute.name().equals(name) && !omitted(attribute)) {
          return attribute;
        }
      }
      return null;
    }

    private boolean omitted(Attribute attribute) {
      for (BinXmlNode part : attribute.value()) {
        if (part instanceof Substitution substitution
            && substitution.optional()
            && values.type(substitution.index()) == ValueType.NULL) {
          return true;
        }
      }
      return false;
    }

    /**
     * The text of a part of an attribute's value: a NULL value (or BinXml, never here) gives "".
     */
    private String attributePart(BinXmlNode part) {
      if (part instanceof Substitution substitution) {
        Value value = values.get(substitution.index());
        return value.isNull() || value.isBinXml() ? "" : value.text();
      }
      return part instanceof Text text ? text.value().text() : "";
    }

    /** The attribute of that name that is there, or null. */
    XmlElement.Attribute attribute(String name) {
      if (flat == null) {
        return expanded == null ? null : expanded.attribute(name);
      }
      for (Attribute attribute : flat.attributes()) {
        if (attribute.name().equals(name)) {
          List<Value> parts = parts(attribute, values);
          if (parts != null) {
            return new XmlElement.Attribute(name, parts);
          }
        }
      }
      return null;
    }
  }

  /**
   * The parts of an attribute's value as {@link TemplateExpander} fills them in, or null when a
   * NULL optional substitution leaves the attribute out.
   */
  private static List<Value> parts(Attribute attribute, InstanceValues values) {
    List<Value> parts = new ArrayList<>(attribute.value().size());
    for (BinXmlNode node : attribute.value()) {
      if (node instanceof Text text) {
        parts.add(text.value());
      } else if (node instanceof Substitution substitution) {
        Value value = values.get(substitution.index());
        if (substitution.optional() && value.isNull()) {
          return null;
        }
        if (!value.isNull() && !value.isBinXml()) {
          parts.add(value);
        }
      }
    }
    return parts;
  }

  /** The text of a flat element: its text and substituted values in order. */
  private static String flatText(Element element, InstanceValues values) {
    List<BinXmlNode> content = element.content();
    if (content.size() == 1) {
      return part(content.get(0), values);
    }
    StringBuilder text = new StringBuilder();
    for (BinXmlNode node : content) {
      text.append(part(node, values));
    }
    return text.toString();
  }

  private static String part(BinXmlNode node, InstanceValues values) {
    return node instanceof Substitution substitution
        ? values.get(substitution.index()).text()
        : ((Text) node).value().text();
  }

  /** The text of the {@code Data} elements of a flat {@code EventData} ({@link #flatData}). */
  private static List<String> data(Element eventData, InstanceValues values) {
    List<String> data = new ArrayList<>(eventData.content().size());
    for (BinXmlNode node : eventData.content()) {
      if (node instanceof Element element
          && element.name().equals("Data")
          && present(element, values)) {
        data.add(flatText(element, values));
      }
    }
    return data;
  }

  private static List<String> data(
      Element eventData, InstanceValues values, TemplateExpander expander) {
    List<String> data = new ArrayList<>();
    EventFields.eventData(expander.element(eventData, values, 1), data);
    return data;
  }

  /**
   * The plan of nested BinXml that is one instance of a flat {@code EventData} template, with a
   * value for each of its substitutions and none an array or BinXml; else null.
   */
  private static TemplateFields eventDataPlan(List<BinXmlNode> fragment) {
    TemplateInstance instance = instanceOf(fragment);
    if (instance == null || !(instance.values() instanceof InstanceValues values)) {
      return null;
    }
    TemplateFields plan = instance.template().fields();
    if (plan.eventData == null || values.size() < plan.substitutions) {
      return null;
    }
    for (int i = 0; i < values.size(); i++) {
      int type = values.type(i);
      if (ValueType.isArray(type) || type == ValueType.BINXML) {
        return null;
      }
    }
    return plan;
  }

  private static TemplateInstance instanceOf(List<BinXmlNode> fragment) {
    return fragment.size() == 1 && fragment.get(0) instanceof TemplateInstance instance
        ? instance
        : null;
  }

  /** True for an element holding only text and substitutions: no elements. */
  private static boolean flat(Element element) {
    for (BinXmlNode node : element.content()) {
      if (node instanceof Element) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for an {@code EventData} holding only text and flat elements: it is always there (no
   * substitution of its own), and its {@code Data} give their text without a tree.
   */
  private static boolean flatData(Element eventData) {
    for (BinXmlNode node : eventData.content()) {
      if (node instanceof Element element ? !flat(element) : !(node instanceof Text)) {
        return false;
      }
    }
    return true;
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
