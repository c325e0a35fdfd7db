package io.portex.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.IpFamily;
import io.portex.core.model.Protocol;
import io.portex.core.model.SourceRange;
import io.portex.core.model.fact.DynamicPortRange;
import io.portex.core.model.fact.ExcludedPortRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityFinderTest {

  private static final SourceRange SOURCE = new SourceRange("netsh.txt", 1, 4);

  private static DynamicPortRange range(Protocol protocol, IpFamily family, int start, int count) {
    return new DynamicPortRange(protocol, family, start, count, SOURCE);
  }

  private static ExcludedPortRange excluded(int start, int end) {
    return new ExcludedPortRange(Protocol.TCP, IpFamily.IPV4, start, end, false, SOURCE);
  }

  @Test
  void defaultWithoutNetsh() {
    assertThat(CapacityFinder.of(List.of())).isEqualTo(EphemeralCapacity.DEFAULT);
  }

  @Test
  void tcpIpv4RangeLessExcludedPortsInsideItCountedOnce() {
    EphemeralCapacity capacity =
        CapacityFinder.of(
            List.of(
                range(Protocol.UDP, IpFamily.IPV4, 49152, 16384),
                range(Protocol.TCP, IpFamily.IPV6, 1025, 64511),
                range(Protocol.TCP, IpFamily.IPV4, 10000, 10000),
                excluded(9990, 10009),
                excluded(10005, 10014),
                excluded(50000, 50059)));

    assertThat(capacity.start()).isEqualTo(10000);
    assertThat(capacity.count()).isEqualTo(10000);
    assertThat(capacity.excluded()).isEqualTo(15);
    assertThat(capacity.effective()).isEqualTo(9985);
    assertThat(capacity.source()).contains("netsh.txt:1-4");
  }

  @Test
  void impossibleRangesAreIgnoredNotThrown() {
    EphemeralCapacity capacity =
        CapacityFinder.of(
            List.of(
                range(Protocol.TCP, IpFamily.IPV4, 0, 10),
                range(Protocol.TCP, IpFamily.IPV4, 65000, 1000)));

    assertThat(capacity).isEqualTo(EphemeralCapacity.DEFAULT);
  }
}
