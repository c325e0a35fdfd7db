package io.portex.core.model.fact;

import io.portex.core.model.IpFamily;
import io.portex.core.model.Protocol;
import io.portex.core.model.SourceRange;

/**
 * A range of ports that cannot be handed out ({@code netsh int ipv4 show excludedportrange
 * protocol=tcp}); Hyper-V and WinNAT reserve such blocks, administrators add their own.
 *
 * @param start first port
 * @param end last port, inclusive
 * @param administered true for ranges an administrator added (marked {@code *})
 */
public record ExcludedPortRange(
    Protocol protocol,
    IpFamily family,
    int start,
    int end,
    boolean administered,
    SourceRange source)
    implements Fact {}
