package io.portex.core.format.pcap;

import java.nio.charset.StandardCharsets;

/**
 * The options of an enhanced packet block that say which copies are one packet: {@code
 * epb_packetid} (code 5), and the comment (code 1) in which newer pktmon versions write the
 * packet's group id and number ({@code PktGroupId 562949953421500, PktNumber 1, Appearance 2, …}).
 */
final class PacketOptions {

  private static final int COMMENT = 1;
  private static final int PACKET_ID = 5;
  private static final byte[] GROUP = "PktGroupId ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NUMBER = "PktNumber ".getBytes(StandardCharsets.US_ASCII);

  private PacketOptions() {}

  /**
   * The id shared by the copies of this packet, or 0 when the options give none.
   *
   * @param at where the options start
   * @param end where they end (the block's trailing length)
   */
  static long packetId(byte[] b, int at, int end, boolean big) {
    for (int o = at; o + 4 <= end; ) {
      int code = Endian.u16(b, o, big);
      int length = Endian.u16(b, o + 2, big);
      if (code == 0 || o + 4 + length > end) {
        return 0;
      }
      if (code == PACKET_ID && length == 8) {
        long id = Endian.i64(b, o + 4, big);
        return PacketDecoder.mix(id ^ 0x5ca1ab1eL);
      }
      if (code == COMMENT) {
        long id = pktmon(b, o + 4, length);
        if (id != 0) {
          return id;
        }
      }
      o += 4 + ((length + 3) & ~3);
    }
    return 0;
  }

  /** pktmon's group id and packet number in a comment, as one key; 0 when absent. */
  static long pktmon(byte[] b, int at, int length) {
    int group = indexOf(b, at, length, GROUP);
    if (group < 0) {
      return 0;
    }
    int number = indexOf(b, at, length, NUMBER);
    long groupId = digits(b, at + group + GROUP.length, at + length);
    long packetNumber = number < 0 ? 0 : digits(b, at + number + NUMBER.length, at + length);
    return groupId < 0 ? 0 : PacketDecoder.mix(groupId * 1_000_003L + packetNumber + 0x9e37L);
  }

  private static int indexOf(byte[] b, int at, int length, byte[] word) {
    outer:
    for (int i = 0; i + word.length <= length; i++) {
      for (int j = 0; j < word.length; j++) {
        if (b[at + i + j] != word[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static long digits(byte[] b, int from, int end) {
    long value = 0;
    int i = from;
    while (i < end && b[i] >= '0' && b[i] <= '9' && i - from < 19) {
      value = value * 10 + (b[i] - '0');
      i++;
    }
    return i == from ? -1 : value;
  }
}
