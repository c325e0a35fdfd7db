package io.portex.core.classify;

import io.portex.core.model.EventRecord;
import io.portex.core.model.PortEvents;
import io.portex.core.timeline.Timeline;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The remote endpoint Tcpip 4227 events name ("the selected local endpoint was recently used to
 * connect to the same remote endpoint"): when at least half of them name one, it is where the churn
 * goes, even with no connection table to show it.
 */
final class EventEndpoints {

  /** An IPv4 or bracketed IPv6 endpoint with a port, as the 4227 event's data carries it. */
  private static final Pattern ENDPOINT =
      Pattern.compile("(?:\\d{1,3}(?:\\.\\d{1,3}){3}|\\[[0-9A-Fa-f:.%]+\\]):\\d{1,5}");

  private EventEndpoints() {}

  /** "7 of the 9 Tcpip 4227 events read name 10.90.4.12:1433 (SQL Server on port 1433)". */
  static Optional<String> dominant(Timeline timeline) {
    Map<String, Long> named = new LinkedHashMap<>();
    long records = 0;
    for (PortEvents events : timeline.events()) {
      if (events.eventId() != 4227) {
        continue;
      }
      for (EventRecord record : events.records()) {
        records++;
        record.data().stream()
            .map(String::strip)
            .filter(d -> ENDPOINT.matcher(d).matches())
            .findFirst()
            .ifPresent(d -> named.merge(d, 1L, Long::sum));
      }
    }
    if (records == 0) {
      return Optional.empty();
    }
    Aim aim =
        Aim.of(
            named.entrySet().stream().map(e -> new Aim.Holder(e.getKey(), e.getValue())).toList(),
            records,
            "remote endpoints",
            false);
    if (aim.named() == null) {
      return Optional.empty();
    }
    ServiceAdvice service = ServiceAdvice.forPort(aim.servicePort());
    return Optional.of(
        String.format(
            Locale.ROOT,
            "%,d of the %,d Tcpip 4227 events read name %s%s: connections to it reuse local"
                + " ports faster than TIME_WAIT frees them",
            named.get(aim.named()),
            records,
            aim.named(),
            service == ServiceAdvice.GENERIC
                ? ""
                : " (" + service.service() + " on port " + aim.servicePort() + ")"));
  }
}
