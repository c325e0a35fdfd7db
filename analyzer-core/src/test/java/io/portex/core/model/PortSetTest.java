package io.portex.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both forms of a port set answer alike; the small form is what keeps tiny snapshots small. */
class PortSetTest {

  private static void assertSameAnswers(int ports, long seed) {
    Random random = new Random(seed);
    boolean[] expected = new boolean[65536];
    PortSet.Builder builder = new PortSet.Builder();
    for (int i = 0; i < ports; i++) {
      int port = random.nextInt(65536);
      expected[port] = true;
      builder.add(port);
    }
    builder.add(-1).add(70000); // out of range: ignored
    PortSet set = builder.build();
    int size = 0;
    for (int port = 0; port < 65536; port++) {
      assertThat(set.contains(port)).isEqualTo(expected[port]);
      size += expected[port] ? 1 : 0;
    }
    assertThat(set.size()).isEqualTo(size);
    for (int i = 0; i < 200; i++) {
      int a = random.nextInt(70000) - 1000;
      int b = random.nextInt(70000) - 1000;
      int count = 0;
      for (int port = Math.max(0, a); port <= Math.min(65535, b); port++) {
        count += expected[port] ? 1 : 0;
      }
      assertThat(set.countInRange(a, b)).as("%d..%d", a, b).isEqualTo(count);
    }
  }

  @Test
  void aFewPortsAndManyPortsAnswerAlike() {
    assertSameAnswers(0, 1);
    assertSameAnswers(3, 2);
    assertSameAnswers(4000, 3);
    assertSameAnswers(5000, 4);
    assertSameAnswers(60000, 5);
  }

  @Test
  void equalSetsAreEqualWhateverTheOrderTheyWereBuiltIn() {
    PortSet up = new PortSet.Builder().add(1).add(50000).add(65535).build();
    PortSet down = new PortSet.Builder().add(65535).add(50000).add(1).add(1).build();

    assertThat(up).isEqualTo(down).hasSameHashCodeAs(down);
    assertThat(up.contains(0)).isFalse();
    assertThat(up.countInRange(49152, 65535)).isEqualTo(2);
  }
}
