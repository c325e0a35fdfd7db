package io.portex.core.format.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The integers read by hand agree with {@link ByteBuffer}'s in both byte orders. */
class EndianTest {

  @Test
  void agreesWithByteBufferInBothOrders() {
    Random random = new Random(7);
    byte[] bytes = new byte[64];
    for (int round = 0; round < 2_000; round++) {
      random.nextBytes(bytes);
      ByteBuffer big = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
      ByteBuffer little = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      int at = random.nextInt(bytes.length - 8);
      assertThat(Endian.u16(bytes, at)).isEqualTo(big.getShort(at) & 0xffff);
      assertThat(Endian.u16(bytes, at, true)).isEqualTo(big.getShort(at) & 0xffff);
      assertThat(Endian.u16(bytes, at, false)).isEqualTo(little.getShort(at) & 0xffff);
      assertThat(Endian.i32(bytes, at)).isEqualTo(big.getInt(at));
      assertThat(Endian.u32(bytes, at)).isEqualTo(big.getInt(at) & 0xffffffffL);
      assertThat(Endian.u32(bytes, at, true)).isEqualTo(big.getInt(at) & 0xffffffffL);
      assertThat(Endian.u32(bytes, at, false)).isEqualTo(little.getInt(at) & 0xffffffffL);
      assertThat(Endian.i64(bytes, at)).isEqualTo(big.getLong(at));
    }
  }
}
