package io.portex.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.portex.core.Analysis;
import io.portex.core.model.fact.DynamicPortRange;
import io.portex.core.model.fact.ExcludedPortRange;
import io.portex.core.model.fact.ProcessImage;
import io.portex.core.model.fact.RegistryValue;
import io.portex.core.model.fact.TcpStatistics;
import io.portex.core.model.fact.TopTalkers;
import java.io.IOException;
import java.util.Locale;

/**
 * The {@code configuration} and {@code topTalkers} parts of the JSON: what netsh, reg, tasklist,
 * {@code netstat -s} and the monitoring log said, each with where it was read.
 */
final class FactsJson {

  private final JsonGenerator json;
  private final Analysis analysis;

  FactsJson(JsonGenerator json, Analysis analysis) {
    this.json = json;
    this.analysis = analysis;
  }

  void write() throws IOException {
    json.writeObjectFieldStart("configuration");
    json.writeArrayFieldStart("dynamicPortRanges");
    for (DynamicPortRange range : analysis.facts(DynamicPortRange.class)) {
      json.writeStartObject();
      json.writeStringField("protocol", lower(range.protocol()));
      json.writeStringField("family", lower(range.family()));
      json.writeNumberField("start", range.start());
      json.writeNumberField("count", range.count());
      json.writeStringField("source", range.source().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("excludedPortRanges");
    for (ExcludedPortRange range : analysis.facts(ExcludedPortRange.class)) {
      json.writeStartObject();
      json.writeStringField("protocol", lower(range.protocol()));
      json.writeStringField("family", lower(range.family()));
      json.writeNumberField("start", range.start());
      json.writeNumberField("end", range.end());
      json.writeBooleanField("administered", range.administered());
      json.writeStringField("source", range.source().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("registry");
    for (RegistryValue value : analysis.facts(RegistryValue.class)) {
      json.writeStartObject();
      json.writeStringField("key", value.key());
      json.writeStringField("name", value.name());
      json.writeNumberField("value", value.value());
      json.writeStringField("source", value.source().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeNumberField("processImages", analysis.facts(ProcessImage.class).size());
    json.writeArrayFieldStart("tcpStatistics");
    for (TcpStatistics stats : analysis.facts(TcpStatistics.class)) {
      json.writeStartObject();
      json.writeStringField("time", stats.time() == null ? null : stats.time().toString());
      json.writeStringField("family", lower(stats.family()));
      json.writeNumberField("activeOpens", stats.activeOpens());
      json.writeNumberField("passiveOpens", stats.passiveOpens());
      json.writeNumberField("failedAttempts", stats.failedAttempts());
      json.writeNumberField("resets", stats.resets());
      json.writeNumberField("current", stats.current());
      json.writeStringField("source", stats.source().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    topTalkers();
  }

  private void topTalkers() throws IOException {
    json.writeArrayFieldStart("topTalkers");
    for (TopTalkers talkers : analysis.facts(TopTalkers.class)) {
      json.writeStartObject();
      json.writeStringField("time", talkers.time() == null ? null : talkers.time().toString());
      json.writeStringField("kind", lower(talkers.kind()).replace('_', '-'));
      json.writeArrayFieldStart("entries");
      for (TopTalkers.Entry entry : talkers.entries()) {
        json.writeStartObject();
        json.writeStringField("key", entry.key());
        json.writeNumberField("count", entry.count());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeStringField("source", talkers.source().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
