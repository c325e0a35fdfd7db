package io.portex.core.model.fact;

import io.portex.core.model.IpFamily;
import io.portex.core.model.SourceRange;
import java.time.Instant;

/**
 * The TCP section of {@code netstat -s} for one family. Opens, failures and resets are counted
 * since boot; only {@code current} is a count of sockets.
 *
 * @param time when taken, or null when unknown
 * @param activeOpens connections this host opened
 * @param passiveOpens connections it accepted
 * @param failedAttempts failed connection attempts
 * @param resets reset connections
 * @param current connections currently ESTABLISHED or CLOSE_WAIT
 */
public record TcpStatistics(
    Instant time,
    IpFamily family,
    long activeOpens,
    long passiveOpens,
    long failedAttempts,
    long resets,
    long current,
    SourceRange source)
    implements Fact {}
