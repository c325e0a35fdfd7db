package io.portex.core.model.fact;

import io.portex.core.model.SourceRange;
import java.util.List;

/**
 * A configuration fact or a piece of side evidence read from an input: the dynamic port range, an
 * excluded range, a registry value, a process image, TCP statistics, a top-talker list, what a
 * packet capture measured.
 */
public sealed interface Fact
    permits DynamicPortRange,
        ExcludedPortRange,
        RegistryValue,
        ProcessImage,
        TcpStatistics,
        TopTalkers,
        PacketCapture,
        RecordedZone {

  /** Where it was read. */
  SourceRange source();

  /** The input records this fact stands for (packets for a capture); one for most facts. */
  default long records() {
    return 1;
  }

  /** The facts of one kind, in the order given. */
  static <T extends Fact> List<T> ofKind(List<? extends Fact> facts, Class<T> kind) {
    return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
