package io.portex.core.classify;

import java.util.List;
import java.util.Objects;

/**
 * Something the reader of the verdict should know: where the evidence disagrees with itself, or
 * what to collect to settle the question.
 *
 * @param code a stable code, e.g. {@code consistency.events-without-usage}
 * @param severity how much it should worry the reader, graded by the size of the gap it measured
 * @param message what it means, in words
 * @param commands the exact lines that would settle it, in order; empty when none
 */
public record Note(String code, NoteSeverity severity, String message, List<Command> commands) {

  public Note {
    Objects.requireNonNull(severity, "severity");
    commands = List.copyOf(commands);
  }

  /** A note of {@link NoteSeverity#INFO}: what to collect, a hint. */
  public Note(String code, String message, List<Command> commands) {
    this(code, NoteSeverity.INFO, message, commands);
  }

  /** True for a note of {@link NoteSeverity#WARNING}. */
  public boolean warning() {
    return severity == NoteSeverity.WARNING;
  }

  /** The first line, or null: for renderers that show one. */
  public String command() {
    return commands.isEmpty() ? null : commands.get(0).line();
  }

  // equals and hashCode written out (Analysis keeps each note once): a record's generated ones are
  // bootstrapped through method handles on first use, ~13 ms of a fresh process
  // (benchmarks/README.md)

  @Override
  public boolean equals(Object other) {
    return other instanceof Note note
        && Objects.equals(code, note.code)
        && severity == note.severity
        && Objects.equals(message, note.message)
        && commands.equals(note.commands);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, message, commands);
  }
}
