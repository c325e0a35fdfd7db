package io.portex.core.format.eventxml;

/**
 * The outcome of parsing the XML of one event: the fields read, and the reason it stopped early if
 * it did.
 *
 * @param fields what was read up to the end or up to the problem
 * @param problem why the XML could not be read to its end, or null when it was
 * @param problemLine the line of the problem in the input, or 0
 */
public record ParsedEvent(EventFields fields, String problem, long problemLine) {

  /** True when the XML was read to the end of its {@code <Event>} element. */
  public boolean wellFormed() {
    return problem == null;
  }
}
