package io.portex.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PortsByStateTest {

  @Test
  void sortsLikeArraysSortAtEverySize() {
    Random random = new Random(16);
    for (int size : new int[] {0, 1, 2, 255, 256, 257, 1_000, 4_000, 70_000}) {
      char[] ports = new char[size + 5]; // a builder's array is longer than what it holds
      for (int i = 0; i < ports.length; i++) {
        // clustered like ephemeral ports, with repeats and both extremes
        ports[i] = (char) (i % 97 == 0 ? (i % 2) * 65535 : 49152 + random.nextInt(16384));
      }
      char[] expected = Arrays.copyOf(ports, size);
      Arrays.sort(expected);

      assertThat(PortsByState.Builder.sort(ports, size)).as("size %d", size).isEqualTo(expected);
    }
  }

  @Test
  void countsTheSocketsOfARangePerState() {
    PortsByState.Builder builder = new PortsByState.Builder();
    for (int port = 65535; port >= 1000; port--) {
      builder.add(TcpState.TIME_WAIT, port);
      if (port % 2 == 0) {
        builder.add(TcpState.ESTABLISHED, port);
      }
    }
    builder.add(TcpState.LISTENING, 80).add(TcpState.LISTENING, 80).add(TcpState.LISTENING, 70000);
    PortsByState ports = builder.build();

    assertThat(ports.count(TcpState.TIME_WAIT, 49152, 65535)).isEqualTo(16384);
    assertThat(ports.count(TcpState.ESTABLISHED, 49152, 65535)).isEqualTo(8192);
    assertThat(ports.count(TcpState.LISTENING, 0, 65535)).isEqualTo(2);
    assertThat(ports.count(TcpState.CLOSE_WAIT, 0, 65535)).isZero();
  }
}
