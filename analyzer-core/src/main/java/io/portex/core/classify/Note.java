package io.portex.core.classify;

/**
 * Something the reader of the verdict should know: where the evidence disagrees with itself, or
 * what to collect to settle the question.
 *
 * @param code a stable code, e.g. {@code consistency.events-without-usage}
 * @param message what it means, in words
 * @param command the exact command that would settle it, or null
 */
public record Note(String code, String message, String command) {}
