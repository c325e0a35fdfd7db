package io.portex.core.model.fact;

import io.portex.core.model.SourceRange;

/**
 * A numeric value under {@code HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters} (or another
 * key), as {@code reg query} showed it.
 *
 * @param key the registry key
 * @param name the value name, e.g. {@code TcpTimedWaitDelay} or {@code MaxUserPort}
 * @param value the number (REG_DWORD/REG_QWORD, hex or decimal in the input)
 */
public record RegistryValue(String key, String name, long value, SourceRange source)
    implements Fact {}
