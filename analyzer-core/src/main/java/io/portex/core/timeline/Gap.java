package io.portex.core.timeline;

import java.time.Instant;

/**
 * A stretch between two snapshots much longer than the usual interval: what happened then is not in
 * the capture.
 *
 * @param from the snapshot before
 * @param to the snapshot after
 */
public record Gap(Instant from, Instant to) {}
