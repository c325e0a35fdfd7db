package io.portex.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnapshotBuilderTest {

  private static final SourceRange SOURCE = new SourceRange("t.txt", 1, 1);

  private static Connection tcp(int localPort, String remoteHost, TcpState state, int pid) {
    return new Connection(
        Protocol.TCP,
        Endpoint.of("10.0.0.5", localPort),
        Endpoint.of(remoteHost, 443),
        state,
        pid,
        null);
  }

  @Test
  void talliesStatesPortsProcessesAndRemotes() {
    Snapshot snapshot =
        new Snapshot.Builder()
            .add(tcp(50000, "10.0.0.9", TcpState.TIME_WAIT, 0))
            .add(tcp(50001, "10.0.0.9", TcpState.ESTABLISHED, 7))
            .add(tcp(50001, "10.0.0.8", TcpState.ESTABLISHED, 7))
            .add(tcp(443, "0.0.0.0", TcpState.LISTENING, 4))
            .add(
                new Connection(
                    Protocol.UDP, Endpoint.of("0.0.0.0", 123), Endpoint.ANY, null, 9, null))
            .build(null, TimeSource.NONE, SOURCE);

    assertThat(snapshot.count(TcpState.ESTABLISHED)).isEqualTo(2);
    assertThat(snapshot.udpSockets()).isEqualTo(1);
    assertThat(snapshot.localTcpPorts().countInRange(49152, 65535)).isEqualTo(2);
    assertThat(snapshot.processes().get(0).pid()).isEqualTo(7);
    assertThat(snapshot.remotes().get(0).remote()).isEqualTo("10.0.0.9:443");
    assertThat(snapshot.remotes().get(0).connections()).isEqualTo(2);
    assertThat(snapshot.distinctRemotes()).isEqualTo(2);
  }

  @Test
  void talliesConnectionsPerLocalAddress() {
    Snapshot.Builder builder = new Snapshot.Builder();
    for (int i = 0; i < 5; i++) {
      builder.add(tcp(50000 + i, "10.0.0.9", TcpState.TIME_WAIT, 0));
    }
    builder.add(
        new Connection(
            Protocol.TCP,
            Endpoint.of("10.0.0.50", 50100),
            Endpoint.of("10.0.0.9", 443),
            TcpState.ESTABLISHED,
            7,
            null));
    builder.add(
        new Connection(
            Protocol.TCP,
            Endpoint.of("fe80::1%12", 50200),
            Endpoint.of("fe80::9%12", 443),
            TcpState.ESTABLISHED,
            7,
            null));
    builder.add(tcp(443, "0.0.0.0", TcpState.LISTENING, 4));

    Snapshot snapshot = builder.build(null, TimeSource.NONE, SOURCE);

    assertThat(snapshot.localAddresses())
        .containsExactly(
            new AddressUsage("10.0.0.5", 5),
            new AddressUsage("10.0.0.50", 1),
            new AddressUsage("fe80::1%12", 1));
  }

  @Test
  void unknownRemoteEndsAreNoDestination() {
    Snapshot snapshot =
        new Snapshot.Builder()
            .add(
                new Connection(
                    Protocol.TCP,
                    Endpoint.of("10.0.0.5", 50000),
                    Endpoint.UNKNOWN,
                    TcpState.ESTABLISHED,
                    7,
                    null))
            .build(null, TimeSource.NONE, SOURCE);

    assertThat(snapshot.count(TcpState.ESTABLISHED)).isEqualTo(1);
    assertThat(snapshot.remotes()).isEmpty();
    assertThat(snapshot.distinctRemotes()).isZero();
  }

  @Test
  void staysBoundedWithMillionsOfDistinctRemotesAndProcesses() {
    Snapshot.Builder builder = new Snapshot.Builder();
    int beyond = 5;
    for (int i = 0; i < Snapshot.Builder.MAX_TRACKED + beyond; i++) {
      builder.add(tcp(50000 + i % 1000, "h" + i, TcpState.ESTABLISHED, 1000 + i));
    }

    Snapshot snapshot = builder.build(null, TimeSource.NONE, SOURCE);

    assertThat(snapshot.distinctRemotes()).isEqualTo(Snapshot.Builder.MAX_TRACKED + 1);
    assertThat(snapshot.remotes()).hasSize(Snapshot.Builder.MAX_REMOTES);
    assertThat(snapshot.remotes().get(0).remote()).isEqualTo(Snapshot.Builder.OTHER_REMOTES);
    assertThat(snapshot.remotes().get(0).connections()).isEqualTo(beyond);
    assertThat(snapshot.processes()).hasSize(Snapshot.Builder.MAX_TRACKED + 1);
    assertThat(snapshot.processes().get(0).pid()).isEqualTo(Snapshot.Builder.OTHER_PROCESSES);
    assertThat(snapshot.count(TcpState.ESTABLISHED))
        .isEqualTo(Snapshot.Builder.MAX_TRACKED + beyond);
  }

  @Test
  void sameRowsInAnyOrderHaveTheSameFingerprint() {
    Snapshot one =
        new Snapshot.Builder()
            .add(tcp(50000, "a", TcpState.TIME_WAIT, 0))
            .add(tcp(50001, "b", TcpState.TIME_WAIT, 0))
            .build(null, TimeSource.NONE, SOURCE);
    Snapshot other =
        new Snapshot.Builder()
            .add(tcp(50001, "b", TcpState.TIME_WAIT, 0))
            .add(tcp(50000, "a", TcpState.TIME_WAIT, 0))
            .build(null, TimeSource.NONE, SOURCE);
    Snapshot different =
        new Snapshot.Builder()
            .add(tcp(50001, "b", TcpState.TIME_WAIT, 0))
            .add(tcp(50000, "a", TcpState.CLOSE_WAIT, 0))
            .build(null, TimeSource.NONE, SOURCE);

    assertThat(one.fingerprint()).isEqualTo(other.fingerprint());
    assertThat(one.fingerprint()).isNotEqualTo(different.fingerprint());
  }
}
