package io.portex.core.format;

/**
 * How sure a format is that it can read an input, and why.
 *
 * @param confidence 0 (not this format) to 1 (certainly this format)
 * @param reason what was seen, in a few words
 */
public record Sniff(double confidence, String reason) {

  public Sniff {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
    }
  }

  public static Sniff no(String reason) {
    return new Sniff(0, reason);
  }
}
