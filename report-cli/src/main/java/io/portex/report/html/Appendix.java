package io.portex.report.html;

import io.portex.core.Analysis;
import io.portex.core.HostAnalysis;
import io.portex.core.InputReport;
import io.portex.core.diag.Diagnostic;
import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.EventRecord;
import io.portex.core.model.PortEvents;
import io.portex.core.model.TimeWaitDuration;
import io.portex.core.model.fact.DynamicPortRange;
import io.portex.core.model.fact.ExcludedPortRange;
import io.portex.core.model.fact.RegistryValue;
import io.portex.report.html.ReportView.AppendixView;
import io.portex.report.html.ReportView.ConfigView;
import io.portex.report.html.ReportView.EventView;
import io.portex.report.html.ReportView.InputView;
import io.portex.report.html.ReportView.Row;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the report keeps for checking: every input with its diagnostics, the thresholds, the raw
 * rows of the Tcpip events found, and each host's port configuration. Empty tables are left out.
 */
final class Appendix {

  /** Rows of each event id shown. */
  static final int EVENT_ROWS = 20;

  private Appendix() {}

  static String inputId(int index) {
    return "input-" + (index + 1);
  }

  /** The anchor of an event id's rows for the host shown {@code hostNumber}th (from 1). */
  static String eventId(int hostNumber, int eventId) {
    return "h" + hostNumber + "-event-" + eventId;
  }

  static AppendixView of(Analysis analysis) {
    ZoneId zone = analysis.zone();
    List<InputView> inputs = new ArrayList<>();
    for (int i = 0; i < analysis.inputs().size(); i++) {
      InputReport input = analysis.inputs().get(i);
      List<Row> diagnostics = new ArrayList<>();
      for (Diagnostic d : input.diagnostics()) {
        diagnostics.add(
            Listings.row(
                d.severity().name().toLowerCase(Locale.ROOT),
                d.code(),
                d.line() > 0 ? Long.toString(d.line()) : "",
                d.message(),
                d.excerpt()));
      }
      inputs.add(
          new InputView(
              inputId(i),
              input.path(),
              input.format(),
              input.charset(),
              Formats.count(input.records()),
              input.reason(),
              diagnostics));
    }
    List<Row> thresholds = new ArrayList<>();
    analysis
        .thresholds()
        .asMap()
        .forEach((name, value) -> thresholds.add(Listings.row(name, Formats.number(value))));
    List<EventView> events = new ArrayList<>();
    List<ConfigView> configuration = new ArrayList<>();
    int hostNumber = 0;
    for (HostAnalysis host : analysis.hosts()) {
      hostNumber++;
      for (PortEvents tally : host.timeline().events()) {
        if (tally.count() > 0) {
          events.add(event(host, tally, zone, eventId(hostNumber, tally.eventId())));
        }
      }
      configuration.add(new ConfigView(Verdicts.host(host), configuration(host)));
    }
    return new AppendixView(inputs, thresholds, events, configuration);
  }

  private static EventView event(HostAnalysis host, PortEvents tally, ZoneId zone, String id) {
    List<Row> rows = new ArrayList<>();
    List<EventRecord> records = tally.records();
    for (EventRecord record : records.subList(0, Math.min(EVENT_ROWS, records.size()))) {
      rows.add(
          Listings.row(
              Formats.time(record.time(), zone),
              record.computer() == null ? "" : record.computer(),
              String.join(" | ", record.data()),
              record.source().toString()));
    }
    return new EventView(
        id,
        Verdicts.host(host),
        Integer.toString(tally.eventId()),
        Formats.count(tally.count()),
        Formats.time(tally.first(), zone),
        Formats.time(tally.last(), zone),
        rows,
        Listings.shown(rows.size(), tally.count()));
  }

  private static List<Row> configuration(HostAnalysis host) {
    List<Row> rows = new ArrayList<>();
    EphemeralCapacity capacity = host.timeline().capacity();
    rows.add(
        Listings.row(
            "Dynamic port range",
            Formats.count(capacity.count())
                + " ports, "
                + capacity.start()
                + "–"
                + capacity.end()));
    rows.add(Listings.row("Excluded inside it", Formats.count(capacity.excluded())));
    rows.add(
        Listings.row(
            "Effective capacity",
            Formats.count(capacity.effective()) + " (" + capacity.source() + ")"));
    TimeWaitDuration timeWait = host.timeline().timeWait();
    rows.add(
        Listings.row(
            "TIME_WAIT delay",
            timeWait.known()
                ? timeWait.seconds() + " s (" + timeWait.source() + ")"
                : "unknown: TcpTimedWaitDelay was not read; 120 s and 240 s are both assumed"));
    for (DynamicPortRange r : host.timeline().facts(DynamicPortRange.class)) {
      rows.add(
          Listings.row(
              "netsh range",
              String.format(
                  Locale.ROOT,
                  "%s %s: %d–%d (%s)",
                  r.protocol(),
                  r.family(),
                  r.start(),
                  r.end(),
                  r.source())));
    }
    for (ExcludedPortRange x : host.timeline().facts(ExcludedPortRange.class)) {
      rows.add(
          Listings.row(
              "Excluded range",
              String.format(
                  Locale.ROOT,
                  "%s %s: %d–%d%s (%s)",
                  x.protocol(),
                  x.family(),
                  x.start(),
                  x.end(),
                  x.administered() ? " (administered)" : "",
                  x.source())));
    }
    for (RegistryValue v : host.timeline().facts(RegistryValue.class)) {
      rows.add(Listings.row("Registry", v.name() + " = " + v.value() + " (" + v.source() + ")"));
    }
    return rows;
  }
}
