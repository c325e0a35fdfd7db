package io.portex.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One Windows event log record, as any export of it shows it: the binary .evtx, the XML of {@code
 * wevtutil} or Event Viewer, their CSV and text exports.
 *
 * @param provider the provider (source) name, e.g. {@code Tcpip}
 * @param eventId the event id without qualifiers, e.g. 4227
 * @param qualifiers the qualifiers of a classic event id (32768 for Tcpip warnings), or -1
 * @param level 1 critical, 2 error, 3 warning, 4 information, 0 log always; -1 when unknown
 * @param time when it was logged, or null when the export lost it
 * @param computer the computer name, or null
 * @param recordId the record number in its log, or -1
 * @param channel the log, e.g. {@code System}, or null
 * @param data the event data values in order (unnamed {@code <Data>} elements, insertion strings)
 * @param source where it was read: file and record (line for text exports)
 */
public record EventRecord(
    String provider,
    int eventId,
    int qualifiers,
    int level,
    Instant time,
    String computer,
    long recordId,
    String channel,
    List<String> data,
    SourceRange source) {

  public EventRecord {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(source, "source");
    data = List.copyOf(data);
  }
}
