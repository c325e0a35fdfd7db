package io.portex.core.diag;

import java.util.Objects;

/**
 * One problem or remark about an input, pointing at the place it was found.
 *
 * @param severity how much it matters
 * @param code a stable, machine-readable identifier (for example {@code netstat.unknown-state})
 * @param file the input it concerns, as the user named it
 * @param line the 1-based line number, or 0 when it concerns the whole file
 * @param message what happened, in words a support engineer understands
 * @param excerpt the offending text, shortened, or an empty string
 */
public record Diagnostic(
    Severity severity, String code, String file, long line, String message, String excerpt) {

  /** Longest excerpt kept, in characters. */
  public static final int MAX_EXCERPT = 120;

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    excerpt = shorten(excerpt == null ? "" : excerpt);
  }

  private static String shorten(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_EXCERPT + 1));
    for (int i = 0; i < text.length() && out.length() < MAX_EXCERPT; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? '\u00b7' : c);
    }
    if (text.length() > MAX_EXCERPT) {
      out.append('\u2026');
    }
    return out.toString();
  }

  /** A place-and-severity rendering such as {@code WARNING a.txt:12 netstat.truncated-row: ...}. */
  @Override
  public String toString() {
    return severity + " " + file + (line > 0 ? ":" + line : "") + " " + code + ": " + message;
  }
}
