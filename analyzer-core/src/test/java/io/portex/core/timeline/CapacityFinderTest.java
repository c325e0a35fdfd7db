package io.portex.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.model.Connection;
import io.portex.core.model.Endpoint;
import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.IpFamily;
import io.portex.core.model.Protocol;
import io.portex.core.model.Snapshot;
import io.portex.core.model.SourceRange;
import io.portex.core.model.TcpState;
import io.portex.core.model.TimeSource;
import io.portex.core.model.fact.DynamicPortRange;
import io.portex.core.model.fact.ExcludedPortRange;
import io.portex.core.model.fact.RegistryValue;
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
    assertThat(CapacityFinder.of(List.of(), List.of())).isEqualTo(EphemeralCapacity.DEFAULT);
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
                excluded(50000, 50059)),
            List.of());

    assertThat(capacity.start()).isEqualTo(10000);
    assertThat(capacity.count()).isEqualTo(10000);
    assertThat(capacity.excluded()).isEqualTo(15);
    assertThat(capacity.effective()).isEqualTo(9985);
    assertThat(capacity.source()).contains("netsh.txt:1-4");
  }

  private static Snapshot outbound(int from, int count) {
    Snapshot.Builder builder = new Snapshot.Builder();
    builder.add(
        new Connection(
            Protocol.TCP,
            Endpoint.of("0.0.0.0", 445),
            Endpoint.of("0.0.0.0", 0),
            TcpState.LISTENING,
            4,
            null));
    for (int port = from; port < from + count; port++) {
      builder.add(
          new Connection(
              Protocol.TCP,
              Endpoint.of("10.0.0.5", port),
              Endpoint.of("10.0.0.9", 1433),
              TcpState.TIME_WAIT,
              0,
              null));
    }
    return builder.build(null, TimeSource.NONE, SOURCE);
  }

  @Test
  void legacySystemsTakeMaxUserPortWhenTheirPortsShowThem() {
    RegistryValue maxUserPort = new RegistryValue("Parameters", "MaxUserPort", 20000, SOURCE);

    EphemeralCapacity legacy =
        CapacityFinder.of(List.of(maxUserPort), List.of(outbound(1025, 3000)));
    EphemeralCapacity legacyDefault = CapacityFinder.of(List.of(), List.of(outbound(1025, 3000)));
    EphemeralCapacity modern =
        CapacityFinder.of(List.of(maxUserPort), List.of(outbound(49152, 3000)));

    assertThat(legacy.start()).isEqualTo(1025);
    assertThat(legacy.end()).isEqualTo(20000);
    assertThat(legacy.source()).contains("MaxUserPort").contains("legacy");
    assertThat(legacyDefault.end()).isEqualTo(5000);
    assertThat(legacyDefault.count()).isEqualTo(3976);
    assertThat(modern).isEqualTo(EphemeralCapacity.DEFAULT);
  }

  @Test
  void theLegacyEvidenceCountsPortsInTheReportsNumberStyle() {
    RegistryValue maxUserPort = new RegistryValue("Parameters", "MaxUserPort", 20000, SOURCE);

    EphemeralCapacity legacy =
        CapacityFinder.of(List.of(maxUserPort), List.of(outbound(1025, 3000)));

    assertThat(legacy.source()).contains(": 3,000 local ports in use below 49152 at ");
  }

  @Test
  void impossibleRangesAreIgnoredNotThrown() {
    EphemeralCapacity capacity =
        CapacityFinder.of(
            List.of(
                range(Protocol.TCP, IpFamily.IPV4, 0, 10),
                range(Protocol.TCP, IpFamily.IPV4, 65000, 1000)),
            List.of());

    assertThat(capacity).isEqualTo(EphemeralCapacity.DEFAULT);
  }
}
