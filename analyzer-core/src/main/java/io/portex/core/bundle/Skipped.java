package io.portex.core.bundle;

import io.portex.core.diag.Severity;

/**
 * Something in a bundle that was not read, and why: a directory loop, a corrupt archive, an entry
 * past a limit.
 *
 * @param name the file, folder or entry as portex names it
 * @param severity how much it matters
 * @param code a stable code, e.g. {@code bundle.zip-limit}
 * @param message what happened
 */
public record Skipped(String name, Severity severity, String code, String message) {}
