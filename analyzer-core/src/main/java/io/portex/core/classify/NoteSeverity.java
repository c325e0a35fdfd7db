package io.portex.core.classify;

import java.util.Locale;

/** How much a {@link Note} should worry the reader, graded by the size of what it measured. */
public enum NoteSeverity {
  /** Worth knowing; the verdict stands as it is. */
  INFO,
  /** The evidence disagrees enough that the verdict may rest on the wrong half of it. */
  WARNING;

  /** The word the JSON uses: {@code info}, {@code warning}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
