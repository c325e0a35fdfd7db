package io.portex.core.format.eventxml;

/**
 * The text of one {@code <Event>} element as it stands in the input, and where.
 *
 * @param text the element, from {@code <Event} to {@code </Event>} (or to where it was cut off);
 *     empty when it was too large to hold
 * @param firstLine the line its start tag is on
 * @param lastLine the line its end tag is on, or the last line it reached
 * @param complete true when its end tag was found
 * @param tooLarge true when it was longer than the scanner holds; its text is then empty
 */
record EventFragment(
    String text, long firstLine, long lastLine, boolean complete, boolean tooLarge) {}
