package io.portex.report.chart;

import io.portex.core.HostAnalysis;
import io.portex.core.model.EphemeralCapacity;
import io.portex.core.timeline.Timeline;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One host as its charts see it: its own timeline (capacity, snapshots, series, events, facts), the
 * zone times are shown in, and the prefix that makes its charts' element ids unique in a report of
 * several hosts.
 *
 * @param host the host's analysis
 * @param zone the analysis zone
 * @param idPrefix prefix of every element id of this host's charts, e.g. {@code portex-1-}
 */
record ChartedHost(HostAnalysis host, ZoneId zone, String idPrefix) {

  ChartedHost {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(idPrefix, "idPrefix");
  }

  Timeline timeline() {
    return host.timeline();
  }

  EphemeralCapacity capacity() {
    return host.timeline().capacity();
  }

  /** The id of a chart's {@code <svg>} element, e.g. {@code portex-1-timeline}. */
  String elementId(String chartId) {
    return idPrefix + chartId;
  }
}
