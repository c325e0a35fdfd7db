package io.portex.core.format.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The offset-keyed cache of a chunk's names and templates. */
class OffsetMapTest {

  @Test
  void keepsEveryOffsetThroughGrowingAndForgetsThemOnClear() {
    OffsetMap<String> map = new OffsetMap<>();
    for (int offset = 0; offset < 65_536; offset += 7) {
      map.put(offset, "v" + offset);
    }
    assertThat(map.size()).isEqualTo(65_536 / 7 + 1);
    assertThat(map.get(0)).isEqualTo("v0");
    assertThat(map.get(7 * 9000)).isEqualTo("v63000");
    assertThat(map.get(8)).isNull();
    map.put(14, "again");
    assertThat(map.get(14)).isEqualTo("again");
    assertThat(map.size()).isEqualTo(65_536 / 7 + 1);

    map.clear();
    assertThat(map.size()).isZero();
    assertThat(map.get(0)).isNull();
    assertThat(map.get(14)).isNull();
    map.put(Integer.MAX_VALUE, "largest");
    assertThat(map.get(Integer.MAX_VALUE)).isEqualTo("largest");
  }
}
