package io.portex.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.portex.core.Analysis;
import io.portex.core.HostAnalysis;
import io.portex.core.model.fact.CaptureDestination;
import io.portex.core.model.fact.ConnectionDurations;
import io.portex.core.model.fact.PacketCapture;
import io.portex.core.model.fact.PortReuse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The {@code captures} part of the JSON: per packet capture, what it measured about the connections
 * its host opened (rates, failures, who closed first, durations, port reuse), per destination and
 * over time.
 */
final class CapturesJson {

  /** Destinations listed per capture, most attempts first. */
  static final int DESTINATIONS = 50;

  /** TIME_WAIT durations under which port reuse is counted: the defaults and the bounds. */
  private static final int[] REUSE_SECONDS = {30, 60, 120, 240, PortReuse.HORIZON_SECONDS};

  private final JsonGenerator json;
  private final Analysis analysis;

  CapturesJson(JsonGenerator json, Analysis analysis) {
    this.json = json;
    this.analysis = analysis;
  }

  void write() throws IOException {
    json.writeArrayFieldStart("captures");
    for (PacketCapture capture : analysis.facts(PacketCapture.class)) {
      capture(capture);
    }
    json.writeEndArray();
  }

  private void capture(PacketCapture capture) throws IOException {
    json.writeStartObject();
    json.writeStringField("source", capture.source().file());
    JsonReport.time(json, "first", capture.first());
    JsonReport.time(json, "last", capture.last());
    json.writeNumberField("seconds", seconds(capture.span()));
    PacketCapture.Packets packets = capture.packets();
    json.writeObjectFieldStart("packets");
    json.writeNumberField("read", packets.read());
    json.writeNumberField("duplicates", packets.duplicates());
    json.writeNumberField("tcp", packets.tcp());
    json.writeNumberField("otherIp", packets.otherIp());
    json.writeNumberField("nonIp", packets.nonIp());
    json.writeNumberField("unreadable", packets.unreadable());
    json.writeEndObject();
    json.writeStringField("host", capture.host());
    json.writeStringField("attributedTo", attributedTo(capture));
    json.writeNumberField("attemptsPerSecond", JsonReport.round(capture.attemptsPerSecond()));
    json.writeNumberField("inboundConnections", capture.inboundConnections());
    json.writeNumberField("otherConnections", capture.otherConnections());
    json.writeNumberField("otherClients", capture.otherClients());
    json.writeFieldName("hostTotals");
    destination(capture.hostTotals(), false);
    json.writeNumberField("destinationCount", capture.destinations().size());
    json.writeArrayFieldStart("destinations");
    for (CaptureDestination destination :
        capture.destinations().subList(0, Math.min(DESTINATIONS, capture.destinations().size()))) {
      destination(destination, true);
    }
    json.writeEndArray();
    openRate(capture.bucket(), capture.openRate());
    json.writeEndObject();
  }

  /**
   * Attempts, handshakes and failures per bucket: {@code [start, attempts, handshakes, failed]}.
   */
  private void openRate(Duration bucket, List<PacketCapture.RatePoint> points) throws IOException {
    json.writeObjectFieldStart("openRate");
    json.writeNumberField("bucketSeconds", seconds(bucket));
    json.writeArrayFieldStart("points");
    for (PacketCapture.RatePoint point : points) {
      json.writeStartArray();
      json.writeString(point.start().toString());
      json.writeNumber(point.attempts());
      json.writeNumber(point.handshakes());
      json.writeNumber(point.failed());
      json.writeEndArray();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void destination(CaptureDestination d, boolean named) throws IOException {
    json.writeStartObject();
    if (named) {
      json.writeStringField("endpoint", d.endpoint());
    }
    json.writeNumberField("attempts", d.attempts());
    json.writeNumberField("synPackets", d.synPackets());
    json.writeNumberField("synRetransmissions", d.synRetransmissions());
    json.writeNumberField("synAcks", d.synAcks());
    json.writeNumberField("handshakes", d.handshakes());
    json.writeNumberField("refused", d.refused());
    json.writeNumberField("unanswered", d.unanswered());
    json.writeNumberField("failedShare", JsonReport.round(d.failedShare()));
    json.writeNumberField("resets", d.resets());
    json.writeNumberField("closedByHost", d.closedByHost());
    json.writeNumberField("closedByRemote", d.closedByRemote());
    json.writeNumberField("resetBeforeFin", d.resetBeforeFin());
    json.writeNumberField("openAtEnd", d.openAtEnd());
    json.writeNumberField("midstream", d.midstream());
    ConnectionDurations durations = d.durations();
    json.writeObjectFieldStart("durationMillis");
    json.writeNumberField("count", durations.count());
    json.writeNumberField("mean", durations.mean().toMillis());
    json.writeNumberField("medianAtMost", durations.atMost(0.5).toMillis());
    json.writeNumberField("p95AtMost", durations.atMost(0.95).toMillis());
    json.writeNumberField("max", durations.max().toMillis());
    json.writeEndObject();
    json.writeObjectFieldStart("portReuse");
    json.writeNumberField("total", d.reuse().total());
    json.writeObjectFieldStart("afterHostCloseWithinSeconds");
    for (int seconds : REUSE_SECONDS) {
      json.writeNumberField(Integer.toString(seconds), d.reuse().within(seconds));
    }
    json.writeEndObject();
    json.writeEndObject();
    if (named) {
      openRate(d.bucket(), d.openRate());
    }
    json.writeEndObject();
  }

  /** The key of the host whose evidence the capture became, or null when that host has none. */
  private String attributedTo(PacketCapture capture) {
    return analysis.hosts().stream()
        .filter(h -> h.timeline().facts(PacketCapture.class).stream().anyMatch(c -> c == capture))
        .map(HostAnalysis::host)
        .findFirst()
        .orElse(null);
  }

  private static double seconds(Duration duration) {
    return JsonReport.round(duration.toNanos() / 1e9);
  }
}
