package io.portex.core.format.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The integers read by hand agree with a little-endian {@link ByteBuffer}'s. */
class LittleEndianTest {

  @Test
  void agreesWithByteBuffer() {
    Random random = new Random(11);
    byte[] bytes = new byte[64];
    for (int round = 0; round < 2_000; round++) {
      random.nextBytes(bytes);
      ByteBuffer little = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      int at = random.nextInt(bytes.length - 8);
      assertThat(LittleEndian.u8(bytes, at)).isEqualTo(bytes[at] & 0xff);
      assertThat(LittleEndian.u16(bytes, at)).isEqualTo(little.getShort(at) & 0xffff);
      assertThat(LittleEndian.i16(bytes, at)).isEqualTo(little.getShort(at));
      assertThat(LittleEndian.i32(bytes, at)).isEqualTo(little.getInt(at));
      assertThat(LittleEndian.u32(bytes, at)).isEqualTo(little.getInt(at) & 0xffffffffL);
      assertThat(LittleEndian.i64(bytes, at)).isEqualTo(little.getLong(at));
    }
  }
}
