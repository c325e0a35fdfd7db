package io.portex.core.classify;

import io.portex.core.model.SourceRange;
import java.time.Instant;

/**
 * Where a finding can be checked: a file and its lines (or records), and the time they show.
 *
 * @param what in words, e.g. {@code peak snapshot}
 * @param source file and lines or records
 * @param time the time of the evidence, or null when unknown
 */
public record EvidenceRef(String what, SourceRange source, Instant time) {}
