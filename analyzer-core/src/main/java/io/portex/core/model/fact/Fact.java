package io.portex.core.model.fact;

import io.portex.core.model.SourceRange;

/**
 * A configuration fact or a piece of side evidence read from an input: the dynamic port range, an
 * excluded range, a registry value, a process image, TCP statistics, a top-talker list.
 */
public sealed interface Fact
    permits DynamicPortRange,
        ExcludedPortRange,
        RegistryValue,
        ProcessImage,
        TcpStatistics,
        TopTalkers {

  /** Where it was read. */
  SourceRange source();
}
