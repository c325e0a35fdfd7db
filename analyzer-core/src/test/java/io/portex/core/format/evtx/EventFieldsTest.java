package io.portex.core.format.evtx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portex.core.model.EventRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fields taken out of a decoded event, and what stands in for those it lacks. */
class EventFieldsTest {

  private static final Instant WRITTEN = Instant.parse("2026-03-11T09:00:00Z");

  private static XmlElement element(String name, Object... content) {
    List<XmlElement.Attribute> attributes = new ArrayList<>();
    List<XmlContent> children = new ArrayList<>();
    for (Object item : content) {
      if (item instanceof XmlElement.Attribute attribute) {
        attributes.add(attribute);
      } else if (item instanceof XmlContent child) {
        children.add(child);
      } else {
        children.add(Value.text((String) item));
      }
    }
    return new XmlElement(name, attributes, children);
  }

  private static XmlElement.Attribute attribute(String name, Value value) {
    return new XmlElement.Attribute(name, List.of(value));
  }

  private static EventRecord fields(XmlElement... roots) {
    return EventFields.of(List.of(roots), 77, WRITTEN, "a.evtx");
  }

  @Test
  void userDataGivesTheTextOfItsLeavesInOrder() {
    EventRecord event =
        fields(
            element(
                "Event",
                element("System", element("Provider", attribute("Name", Value.text("X")))),
                element(
                    "UserData",
                    element(
                        "EventXML",
                        element("param1", "WmiApRpl"),
                        element("Error", attribute("Code", Value.text("15007"))),
                        element("nested", element("param2", "two")),
                        element("binaryData", "44415441")))));

    assertThat(event.provider()).isEqualTo("X");
    assertThat(event.data()).containsExactly("WmiApRpl", "two", "44415441");
  }

  @Test
  void everyDataOfEventDataNamedOrNotAndNoBinary() {
    EventRecord event =
        fields(
            element(
                "Event",
                element(
                    "EventData",
                    element("Data", attribute("Name", Value.text("param1")), "86400"),
                    element("Data"),
                    element("Data", "a", "b"),
                    element("Binary", "D9060000"))));

    assertThat(event.data()).containsExactly("86400", "", "ab");
  }

  @Test
  void missingFieldsTakeTheRecordHeaderOrStayUnknown() {
    EventRecord event = fields(element("Event", element("System")));

    assertThat(event.provider()).isEmpty();
    assertThat(event.eventId()).isEqualTo(-1);
    assertThat(event.qualifiers()).isEqualTo(-1);
    assertThat(event.level()).isEqualTo(-1);
    assertThat(event.time()).isEqualTo(WRITTEN);
    assertThat(event.recordId()).isEqualTo(77);
    assertThat(event.computer()).isNull();
    assertThat(event.channel()).isNull();
    assertThat(event.data()).isEmpty();
    assertThat(event.source().firstLine()).isEqualTo(77);
  }

  @Test
  void timeCreatedAsTextOrAsAZeroFileTime() {
    EventRecord text =
        fields(
            element(
                "Event",
                element(
                    "System",
                    element(
                        "TimeCreated",
                        attribute("SystemTime", Value.text("2026-03-11T10:00:00.5Z"))))));
    EventRecord zero =
        fields(
            element(
                "Event",
                element(
                    "System",
                    element(
                        "TimeCreated",
                        attribute(
                            "SystemTime",
                            new Value(ValueType.FILETIME, ValueReader.fileTime(0)))))));

    assertThat(text.time()).isEqualTo(Instant.parse("2026-03-11T10:00:00.5Z"));
    assertThat(zero.time()).isEqualTo(WRITTEN);
  }

  @Test
  void theEventElementIsFoundAmongOtherRoots() {
    EventRecord event =
        fields(element("Other"), element("Event", element("System", element("EventID", "4227"))));

    assertThat(event.eventId()).isEqualTo(4227);
  }

  @Test
  void aRecordWithoutElementsIsRefused() {
    assertThatThrownBy(() -> EventFields.of(List.of(Value.text("x")), 1, WRITTEN, "a.evtx"))
        .isInstanceOf(BinXmlException.class);
  }
}
