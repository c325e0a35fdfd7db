package io.portex.core.classify;

import java.util.List;

/**
 * Something the reader of the verdict should know: where the evidence disagrees with itself, or
 * what to collect to settle the question.
 *
 * @param code a stable code, e.g. {@code consistency.events-without-usage}
 * @param message what it means, in words
 * @param commands the exact lines that would settle it, in order; empty when none
 */
public record Note(String code, String message, List<Command> commands) {

  public Note {
    commands = List.copyOf(commands);
  }

  /** The first line, or null: for renderers that show one. */
  public String command() {
    return commands.isEmpty() ? null : commands.get(0).line();
  }
}
