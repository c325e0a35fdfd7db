package io.portex.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portex.core.Analysis;
import io.portex.core.InputReport;
import io.portex.core.classify.Verdict;
import io.portex.core.diag.Diagnostic;
import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.ProcessUsage;
import io.portex.core.model.RemoteUsage;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON result of an analysis, {@code schemaVersion} 1 (SPEC §4). Keys come in a fixed order and
 * times in UTC, so the same analysis gives the same bytes.
 */
public final class JsonReport {

  public static final int SCHEMA_VERSION = 1;

  /** Top processes and remote endpoints listed. */
  static final int TOP = 20;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] EVENT_IDS = {"4227", "4231", "4266"};

  private JsonReport() {}

  /** Writes the result, pretty-printed with a final line end; does not close {@code out}. */
  public static void write(Analysis analysis, OutputStream out) throws IOException {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator generator =
        MAPPER.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      generator.setPrettyPrinter(printer);
      MAPPER.writeTree(generator, tree(analysis));
      generator.writeRaw('\n');
    }
  }

  /** The result as a JSON tree. */
  public static ObjectNode tree(Analysis analysis) {
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("zone", analysis.zone().getId());
    ArrayNode inputs = root.putArray("inputs");
    analysis.inputs().forEach(input -> inputs.add(input(input)));
    root.set("capacity", capacity(analysis.capacity()));
    ObjectNode timeWait = root.putObject("timeWaitSeconds");
    timeWait.putNull("value");
    timeWait.put("source", "unknown: no registry export read; 120 s and 240 s both possible");
    ArrayNode snapshots = root.putArray("snapshots");
    analysis.snapshots().forEach(s -> snapshots.add(snapshot(s, analysis)));
    root.putArray("series");
    ObjectNode events = root.putObject("events");
    for (String id : EVENT_IDS) {
      ObjectNode event = events.putObject(id);
      event.put("count", 0);
      event.putNull("first");
      event.putNull("last");
    }
    root.set("verdict", verdict(analysis.verdict()));
    root.putArray("findings");
    root.set("top", top(analysis));
    return root;
  }

  private static ObjectNode input(InputReport input) {
    ObjectNode node = NODES.objectNode();
    node.put("path", input.path());
    node.put("format", input.format());
    node.put("confidence", round(input.confidence()));
    node.put("reason", input.reason());
    node.put("charset", input.charset());
    node.put("records", input.records());
    node.put("snapshots", input.snapshots());
    ArrayNode diagnostics = node.putArray("diagnostics");
    for (Diagnostic d : input.diagnostics()) {
      ObjectNode item = diagnostics.addObject();
      item.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
      item.put("code", d.code());
      item.put("line", d.line());
      item.put("message", d.message());
      item.put("excerpt", d.excerpt());
    }
    return node;
  }

  private static ObjectNode capacity(EphemeralCapacity capacity) {
    ObjectNode node = NODES.objectNode();
    node.put("start", capacity.start());
    node.put("count", capacity.count());
    node.put("excluded", capacity.excluded());
    node.put("effective", capacity.effective());
    node.put("source", capacity.source());
    return node;
  }

  private static ObjectNode snapshot(Snapshot snapshot, Analysis analysis) {
    ObjectNode node = NODES.objectNode();
    putTime(node, "time", snapshot.time());
    node.put("timeSource", snapshot.timeSource().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    node.put("source", snapshot.source().toString());
    node.set("states", states(snapshot.states()));
    node.put("tcp", snapshot.tcpSockets());
    node.put("udp", snapshot.udpSockets());
    node.put("ephemeralInUse", analysis.ephemeralInUse(snapshot));
    node.put("remoteEndpoints", snapshot.distinctRemotes());
    return node;
  }

  private static ObjectNode states(Map<TcpState, Integer> counts) {
    ObjectNode node = NODES.objectNode();
    for (TcpState state : TcpState.values()) {
      int count = counts.getOrDefault(state, 0);
      if (state != TcpState.UNKNOWN || count > 0) {
        node.put(state.name(), count);
      }
    }
    return node;
  }

  private static ObjectNode verdict(Verdict verdict) {
    ObjectNode node = NODES.objectNode();
    node.put("exhausted", verdict.exhausted());
    node.put("primary", verdict.primary());
    ArrayNode subtypes = node.putArray("subtypes");
    verdict.subtypes().forEach(subtypes::add);
    node.put("combined", verdict.combined());
    node.put("confidence", round(verdict.confidence()));
    node.put("basis", verdict.basis());
    return node;
  }

  private static ObjectNode top(Analysis analysis) {
    ObjectNode node = NODES.objectNode();
    ArrayNode processes = node.putArray("processes");
    ArrayNode remotes = node.putArray("remoteEndpoints");
    analysis
        .peak()
        .ifPresent(
            peak -> {
              node.put("snapshot", peak.source().toString());
              peak.processes().stream().limit(TOP).forEach(p -> processes.add(process(p)));
              peak.remotes().stream().limit(TOP).forEach(r -> remotes.add(remote(r)));
            });
    return node;
  }

  private static ObjectNode process(ProcessUsage usage) {
    ObjectNode node = NODES.objectNode();
    if (usage.pid() >= 0) {
      node.put("pid", usage.pid());
    } else {
      node.putNull("pid");
    }
    node.put("name", usage.name());
    node.put("connections", usage.total());
    ObjectNode states = node.putObject("states");
    usage.states().forEach((state, count) -> states.put(state.name(), count));
    return node;
  }

  private static ObjectNode remote(RemoteUsage usage) {
    ObjectNode node = NODES.objectNode();
    node.put("endpoint", usage.remote());
    node.put("connections", usage.connections());
    node.put("timeWait", usage.timeWait());
    node.put("established", usage.established());
    node.put("closeWait", usage.closeWait());
    return node;
  }

  private static void putTime(ObjectNode node, String key, Instant time) {
    if (time == null) {
      node.putNull(key);
    } else {
      node.put(key, time.toString());
    }
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
