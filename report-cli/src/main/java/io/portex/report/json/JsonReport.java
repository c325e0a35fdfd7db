package io.portex.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.portex.core.Analysis;
import io.portex.core.HostAnalysis;
import io.portex.core.InputReport;
import io.portex.core.classify.Subtype;
import io.portex.core.classify.Verdict;
import io.portex.core.diag.Diagnostic;
import io.portex.core.model.AddressUsage;
import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.EventRecord;
import io.portex.core.model.PortEvents;
import io.portex.core.model.ProcessUsage;
import io.portex.core.model.RemoteUsage;
import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import io.portex.core.model.TimeWaitDuration;
import io.portex.core.timeline.Gap;
import io.portex.core.timeline.Peak;
import io.portex.core.timeline.SnapshotUsage;
import io.portex.core.timeline.Timeline;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON result of an analysis, {@code schemaVersion} 2 (SPEC §4; the schema is {@code
 * docs/portex-result.schema.json}), streamed with Jackson's generator. Keys come in a fixed order
 * and times in UTC, so the same analysis gives the same bytes. The top-level {@code capacity},
 * {@code timeWaitSeconds}, {@code timeline}, {@code verdict} and {@code top} are the worst host's;
 * {@code hosts} gives each machine its own.
 */
public final class JsonReport {

  public static final int SCHEMA_VERSION = 2;

  /** Event records listed as evidence per event id, the earliest first. */
  static final int EVENT_EVIDENCE = 20;

  /** Top processes and remote endpoints listed. */
  static final int TOP = 20;

  private static final JsonFactory FACTORY = new JsonFactory();

  private final Analysis analysis;
  private final JsonGenerator json;

  private JsonReport(Analysis analysis, JsonGenerator json) {
    this.analysis = analysis;
    this.json = json;
  }

  /**
   * Writes the result, pretty-printed, UTF-8, with a final line end; does not close {@code out}.
   */
  public static void write(Analysis analysis, OutputStream out) throws IOException {
    try (JsonGenerator generator =
        FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      generator.setPrettyPrinter(
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      new JsonReport(analysis, generator).root();
      generator.writeRaw('\n');
    }
  }

  private void root() throws IOException {
    json.writeStartObject();
    json.writeNumberField("schemaVersion", SCHEMA_VERSION);
    json.writeStringField("zone", analysis.zone().getId());
    json.writeArrayFieldStart("hosts");
    for (HostAnalysis host : analysis.hosts()) {
      host(host);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("inputs");
    for (InputReport input : analysis.inputs()) {
      input(input);
    }
    json.writeEndArray();
    capacity(analysis.capacity());
    timeWait(analysis.timeWait());
    timeline(analysis.timeline());
    json.writeArrayFieldStart("snapshots");
    for (Snapshot snapshot : analysis.snapshots()) {
      snapshot(snapshot);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("series");
    for (Series series : analysis.series()) {
      series(series);
    }
    json.writeEndArray();
    events();
    verdict(analysis.verdict());
    FindingsJson findings = new FindingsJson(json, analysis);
    findings.writeFindings();
    findings.writeNotes();
    top();
    new FactsJson(json, analysis).write();
    new CapturesJson(json, analysis).write();
    findings.writeThresholds();
    json.writeEndObject();
  }

  /** One machine: its verdict, peak, capacity, TIME_WAIT duration and timeline. */
  private void host(HostAnalysis host) throws IOException {
    Timeline timeline = host.timeline();
    json.writeStartObject();
    json.writeStringField("host", host.host());
    json.writeStringField("label", host.label());
    verdict(host.verdict());
    peak(timeline);
    capacity(timeline.capacity());
    timeWait(timeline.timeWait());
    timeline(timeline);
    json.writeNumberField("snapshots", timeline.snapshots().size());
    json.writeNumberField("findings", host.findings().size());
    json.writeEndObject();
  }

  /** The host's peak over all its evidence, each figure with its source. */
  private void peak(Timeline timeline) throws IOException {
    Peak peak = timeline.peak();
    json.writeObjectFieldStart("peak");
    if (peak.fromSnapshots().isPresent()) {
      SnapshotUsage usage = peak.fromSnapshots().get();
      json.writeNumberField("ephemeralInUse", usage.inUse());
      json.writeNumberField("share", round(timeline.capacity().share(usage.inUse())));
      time("time", usage.snapshot().time());
      json.writeStringField("source", usage.snapshot().source().toString());
    } else {
      json.writeNullField("ephemeralInUse");
      json.writeNullField("share");
      json.writeNullField("time");
      json.writeNullField("source");
    }
    json.writeObjectFieldStart("timeWaitSeries");
    if (peak.fromTimeWaitSeries().isPresent()) {
      Series.Peak series = peak.fromTimeWaitSeries().get();
      json.writeNumberField("value", peak.seriesTimeWait());
      time("time", series.point().time());
      json.writeStringField("source", series.series().source().toString());
    } else {
      json.writeNullField("value");
      json.writeNullField("time");
      json.writeNullField("source");
    }
    json.writeEndObject();
    json.writeStringField(
        "summary", peak.describe(timeline.capacity().effective(), timeline.zone()));
    json.writeEndObject();
  }

  /** The TIME_WAIT duration in force: the caller's, the registry's, else unknown. */
  private void timeWait(TimeWaitDuration timeWait) throws IOException {
    json.writeObjectFieldStart("timeWaitSeconds");
    if (timeWait.known()) {
      json.writeNumberField("value", timeWait.seconds());
    } else {
      json.writeNullField("value");
    }
    json.writeStringField("source", timeWait.source());
    json.writeEndObject();
  }

  private void timeline(Timeline timeline) throws IOException {
    json.writeObjectFieldStart("timeline");
    time("from", timeline.from());
    time("to", timeline.to());
    json.writeNumberField("timedSnapshots", timeline.timedSnapshots());
    json.writeNumberField("untimedSnapshots", timeline.untimedSnapshots());
    json.writeArrayFieldStart("gaps");
    for (Gap gap : timeline.gaps()) {
      json.writeStartObject();
      time("from", gap.from());
      time("to", gap.to());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (timeline.usageGrowthPerHour() == null) {
      json.writeNullField("usageGrowthPerHour");
    } else {
      json.writeNumberField("usageGrowthPerHour", timeline.usageGrowthPerHour());
    }
    time("projectedExhaustion", timeline.projectedExhaustion());
    json.writeEndObject();
  }

  private void series(Series series) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", series.name());
    json.writeStringField("unit", series.unit());
    json.writeStringField("host", series.host());
    json.writeArrayFieldStart("points");
    for (SeriesPoint point : series.points()) {
      json.writeStartArray();
      json.writeString(point.time().toString());
      json.writeNumber(point.value());
      json.writeEndArray();
    }
    json.writeEndArray();
    json.writeStringField("source", series.source().toString());
    json.writeEndObject();
  }

  private void input(InputReport input) throws IOException {
    json.writeStartObject();
    json.writeStringField("path", input.path());
    json.writeStringField("format", input.format());
    json.writeNumberField("confidence", round(input.confidence()));
    json.writeStringField("reason", input.reason());
    json.writeStringField("charset", input.charset());
    json.writeNumberField("records", input.records());
    json.writeNumberField("snapshots", input.snapshots());
    json.writeStringField("host", input.host());
    json.writeArrayFieldStart("diagnostics");
    for (Diagnostic d : input.diagnostics()) {
      json.writeStartObject();
      json.writeStringField("severity", d.severity().name().toLowerCase(Locale.ROOT));
      json.writeStringField("code", d.code());
      json.writeNumberField("line", d.line());
      json.writeStringField("message", d.message());
      json.writeStringField("excerpt", d.excerpt());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void capacity(EphemeralCapacity capacity) throws IOException {
    json.writeObjectFieldStart("capacity");
    json.writeNumberField("start", capacity.start());
    json.writeNumberField("count", capacity.count());
    json.writeNumberField("excluded", capacity.excluded());
    json.writeNumberField("effective", capacity.effective());
    json.writeStringField("source", capacity.source());
    json.writeEndObject();
  }

  private void snapshot(Snapshot snapshot) throws IOException {
    json.writeStartObject();
    time("time", snapshot.time());
    json.writeStringField(
        "timeSource", snapshot.timeSource().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    json.writeStringField("source", snapshot.source().toString());
    json.writeStringField("host", snapshot.host());
    json.writeObjectFieldStart("states");
    for (TcpState state : TcpState.values()) {
      int count = snapshot.count(state);
      if (state != TcpState.UNKNOWN || count > 0) {
        json.writeNumberField(state.name(), count);
      }
    }
    json.writeEndObject();
    json.writeNumberField("tcp", snapshot.tcpSockets());
    json.writeNumberField("udp", snapshot.udpSockets());
    Optional<SnapshotUsage> usage = analysis.usage(snapshot);
    json.writeNumberField("ephemeralInUse", usage.map(SnapshotUsage::inUse).orElse(0));
    json.writeObjectFieldStart("ephemeralStates");
    for (TcpState state : TcpState.values()) {
      int count = usage.map(u -> u.count(state)).orElse(0);
      if (state != TcpState.UNKNOWN || count > 0) {
        json.writeNumberField(state.name(), count);
      }
    }
    json.writeEndObject();
    json.writeNumberField("remoteEndpoints", snapshot.distinctRemotes());
    json.writeEndObject();
  }

  private void events() throws IOException {
    json.writeObjectFieldStart("events");
    for (PortEvents events : analysis.events()) {
      json.writeObjectFieldStart(Integer.toString(events.eventId()));
      json.writeNumberField("count", events.count());
      time("first", events.first());
      time("last", events.last());
      json.writeArrayFieldStart("evidence");
      for (EventRecord record :
          events.records().subList(0, Math.min(EVENT_EVIDENCE, events.records().size()))) {
        json.writeStartObject();
        time("time", record.time());
        json.writeStringField("source", record.source().toString());
        json.writeNumberField("recordId", record.recordId());
        json.writeStringField("computer", record.computer());
        json.writeArrayFieldStart("data");
        for (String value : record.data()) {
          json.writeString(value);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private void verdict(Verdict verdict) throws IOException {
    json.writeObjectFieldStart("verdict");
    json.writeStringField("host", verdict.host());
    json.writeBooleanField("exhausted", verdict.exhausted());
    json.writeStringField("exhaustedBy", verdict.exhaustedBy().name().toLowerCase(Locale.ROOT));
    json.writeStringField("primary", verdict.primary().name());
    json.writeArrayFieldStart("subtypes");
    for (Subtype subtype : verdict.subtypes()) {
      json.writeString(subtype.name());
    }
    json.writeEndArray();
    json.writeBooleanField("combined", verdict.combined());
    json.writeNumberField("confidence", round(verdict.confidence()));
    json.writeStringField("basis", verdict.basis());
    json.writeEndObject();
  }

  private void top() throws IOException {
    json.writeObjectFieldStart("top");
    Snapshot peak = analysis.peak().orElse(null);
    int capacity = analysis.capacity().effective();
    if (peak != null) {
      json.writeStringField("snapshot", peak.source().toString());
    }
    json.writeArrayFieldStart("processes");
    if (peak != null) {
      for (ProcessUsage p : peak.processes().subList(0, Math.min(TOP, peak.processes().size()))) {
        process(p);
      }
    }
    json.writeEndArray();
    json.writeArrayFieldStart("localAddresses");
    if (peak != null) {
      for (AddressUsage a : peak.localAddresses()) {
        json.writeStartObject();
        json.writeStringField("address", a.address());
        json.writeNumberField("connections", a.connections());
        json.writeEndObject();
      }
    }
    json.writeEndArray();
    json.writeArrayFieldStart("remoteEndpoints");
    if (peak != null) {
      for (RemoteUsage r : peak.remotes().subList(0, Math.min(TOP, peak.remotes().size()))) {
        json.writeStartObject();
        json.writeStringField("endpoint", r.remote());
        json.writeNumberField("connections", r.connections());
        json.writeNumberField("timeWait", r.timeWait());
        json.writeNumberField("established", r.established());
        json.writeNumberField("closeWait", r.closeWait());
        json.writeNumberField("headroom", Math.max(0, capacity - r.connections()));
        json.writeEndObject();
      }
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void process(ProcessUsage usage) throws IOException {
    json.writeStartObject();
    if (usage.pid() >= 0) {
      json.writeNumberField("pid", usage.pid());
    } else {
      json.writeNullField("pid");
    }
    json.writeStringField("name", usage.name());
    json.writeNumberField("connections", usage.total());
    json.writeObjectFieldStart("states");
    for (Map.Entry<TcpState, Integer> entry : usage.states().entrySet()) {
      json.writeNumberField(entry.getKey().name(), entry.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private void time(String field, Instant time) throws IOException {
    time(json, field, time);
  }

  /** A time field: ISO-8601 UTC, or null when unknown. */
  static void time(JsonGenerator json, String field, Instant time) throws IOException {
    if (time == null) {
      json.writeNullField(field);
    } else {
      json.writeStringField(field, time.toString());
    }
  }

  /** A number rounded to three decimals, as every ratio and confidence in the JSON. */
  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
