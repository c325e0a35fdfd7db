package io.portex.core.format.eventxml;

import io.portex.core.model.EventRecord;
import io.portex.core.model.SourceRange;
import java.time.Instant;
import java.util.List;

/**
 * What the XML of one event says, as far as it was read: the {@code <System>} values and the event
 * data. A field the XML did not give is null, or -1 for numbers.
 *
 * @param provider {@code Provider@Name}, or null
 * @param eventId the event id without qualifiers, or -1
 * @param qualifiers {@code EventID@Qualifiers}, or -1
 * @param level the level, or -1
 * @param time {@code TimeCreated@SystemTime}, or null
 * @param timeWithoutZone true when the time was written without a zone and read as UTC
 * @param computer the computer name, or null
 * @param recordId {@code EventRecordID}, or -1
 * @param channel the log, or null
 * @param data the {@code EventData/Data} values, or the {@code UserData} leaf values, in order
 * @param systemComplete true when the {@code <System>} element was read to its end
 * @param complaints values that were present but could not be read, in words
 */
public record EventFields(
    String provider,
    int eventId,
    int qualifiers,
    int level,
    Instant time,
    boolean timeWithoutZone,
    String computer,
    long recordId,
    String channel,
    List<String> data,
    boolean systemComplete,
    List<String> complaints) {

  public EventFields {
    data = List.copyOf(data);
    complaints = List.copyOf(complaints);
  }

  /** The event record, read at {@code source}; the provider must be known. */
  public EventRecord toRecord(SourceRange source) {
    return new EventRecord(
        provider, eventId, qualifiers, level, time, computer, recordId, channel, data, source);
  }
}
