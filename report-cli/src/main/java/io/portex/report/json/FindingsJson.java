package io.portex.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.portex.core.Analysis;
import io.portex.core.classify.Command;
import io.portex.core.classify.EvidenceRef;
import io.portex.core.classify.Finding;
import io.portex.core.classify.Measurement;
import io.portex.core.classify.Note;
import io.portex.core.classify.Recommendation;
import io.portex.core.classify.Threshold;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The {@code findings} and {@code thresholds} parts of the JSON. */
final class FindingsJson {

  private final JsonGenerator json;
  private final Analysis analysis;

  FindingsJson(JsonGenerator json, Analysis analysis) {
    this.json = json;
    this.analysis = analysis;
  }

  void writeFindings() throws IOException {
    json.writeArrayFieldStart("findings");
    for (Finding finding : analysis.findings()) {
      json.writeStartObject();
      json.writeStringField("host", finding.host());
      json.writeStringField("subtype", finding.subtype().name());
      json.writeStringField("severity", finding.severity().label());
      json.writeNumberField("confidence", finding.confidence());
      json.writeStringField("summary", finding.summary());
      json.writeNumberField("portsHeld", finding.portsHeld());
      json.writeArrayFieldStart("measurements");
      for (Measurement m : finding.measurements()) {
        json.writeStartObject();
        json.writeStringField("id", m.id());
        json.writeStringField("name", m.name());
        json.writeNumberField("value", m.value());
        if (m.threshold() == null) {
          json.writeNullField("threshold");
        } else {
          json.writeNumberField("threshold", m.threshold());
        }
        json.writeStringField("thresholdName", m.thresholdName());
        json.writeStringField("comparison", m.comparison().name());
        json.writeStringField("unit", m.unit());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("evidence");
      for (EvidenceRef ref : finding.evidence()) {
        json.writeStartObject();
        json.writeStringField("what", ref.what());
        json.writeStringField("source", ref.source() == null ? null : ref.source().toString());
        json.writeStringField("time", ref.time() == null ? null : ref.time().toString());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("recommendations");
      for (Recommendation r : finding.recommendations()) {
        json.writeStartObject();
        json.writeStringField("id", r.id());
        json.writeStringField("action", r.action());
        commands(r.commands());
        json.writeArrayFieldStart("caveats");
        for (String caveat : r.caveats()) {
          json.writeString(caveat);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** The lines to paste: shell ({@code CMD}, {@code POWERSHELL}, {@code ANY}), purpose, line. */
  private void commands(List<Command> commands) throws IOException {
    json.writeArrayFieldStart("commands");
    for (Command c : commands) {
      json.writeStartObject();
      json.writeStringField("shell", c.shell().name());
      json.writeStringField("purpose", c.purpose().name());
      json.writeStringField("line", c.line());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  void writeNotes() throws IOException {
    notes("consistency", analysis.consistency());
    notes("collectNext", analysis.collectNext());
  }

  private void notes(String field, List<Note> notes) throws IOException {
    json.writeArrayFieldStart(field);
    for (Note note : notes) {
      json.writeStartObject();
      json.writeStringField("code", note.code());
      json.writeStringField("severity", note.severity().label());
      json.writeStringField("message", note.message());
      json.writeStringField("command", note.command());
      commands(note.commands());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** The values in force by name, then every declaration (unit, default, bounds, meaning). */
  void writeThresholds() throws IOException {
    json.writeObjectFieldStart("thresholds");
    for (Map.Entry<String, Double> entry : analysis.thresholds().asMap().entrySet()) {
      json.writeNumberField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
    json.writeArrayFieldStart("thresholdDefinitions");
    for (Threshold t : analysis.thresholds().declared()) {
      json.writeStartObject();
      json.writeStringField("name", t.name());
      json.writeStringField("unit", t.unit());
      json.writeNumberField("value", analysis.thresholds().get(t));
      json.writeNumberField("default", t.defaultValue());
      json.writeNumberField("min", t.min());
      json.writeNumberField("max", t.max());
      json.writeStringField("description", t.description());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
