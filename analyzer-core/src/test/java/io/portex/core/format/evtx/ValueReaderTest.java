package io.portex.core.format.evtx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every BinXml value type, as the text Windows renders for it. */
class ValueReaderTest {

  private static Value read(int type, String hex) {
    byte[] bytes = HexFormat.of().parseHex(hex);
    byte[] padded = new byte[bytes.length + 6];
    System.arraycopy(bytes, 0, padded, 3, bytes.length);
    return ValueReader.read(padded, 3, bytes.length, type);
  }

  @ParameterizedTest(name = "type {0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0x03 | ff | -1",
        "0x04 | ff | 255",
        "0x05 | feff | -2",
        "0x06 | 8310 | 4227",
        "0x07 | ffffffff | -1",
        "0x08 | ffffffff | 4294967295",
        "0x09 | feffffffffffffff | -2",
        "0x0a | ffffffffffffffff | 18446744073709551615",
        "0x0b | 0000c03f | 1.5",
        "0x0c | 000000000000f83f | 1.5",
        "0x0d | 01000000 | true",
        "0x0d | 00000000 | false",
        "0x0d | 01 | true",
        "0x0e | 0001abff | 0001ABFF",
        "0x0f | 78563412341278560102030405060708 | {12345678-1234-5678-0102-030405060708}",
        "0x10 | 0010000000000000 | 0x1000",
        "0x10 | 00100000 | 0x1000",
        "0x12 | ea07030002000b000900050007006300 | 2026-03-11T09:05:07.099Z",
        "0x13 | 010100000000000512000000 | S-1-5-18",
        "0x13 | 010500000000000515000000010000000200000003000000e8030000 | S-1-5-21-1-2-3-1000",
        "0x14 | 1f000000 | 0x1f",
        "0x15 | 0000000000008000 | 0x80000000000000",
      })
  void rendersScalars(String type, String hex, String text) {
    assertThat(read(Integer.decode(type.trim()), hex.trim()).text()).isEqualTo(text.trim());
  }

  @Test
  void nullIsNullWhateverItsSize() {
    assertThat(read(ValueType.NULL, "00000000").isNull()).isTrue();
    assertThat(read(ValueType.NULL, "").text()).isEmpty();
  }

  @Test
  void stringsDropTheNulsThatEndThem() {
    assertThat(read(ValueType.STRING, utf16("Tcpip\0")).text()).isEqualTo("Tcpip");
    assertThat(read(ValueType.STRING, utf16("a\0b")).text()).isEqualTo("a\0b");
    assertThat(read(ValueType.STRING, "").text()).isEmpty();
    assertThat(read(ValueType.ANSI_STRING, "4d fc 6c 6c 00".replace(" ", "")).text())
        .isEqualTo("Müll");
  }

  @Test
  void fileTimeIsAnInstant() {
    Value value = read(ValueType.FILETIME, "bc2c5e257919d401");

    assertThat(value.instant()).isEqualTo(Instant.parse("2018-07-12T00:42:00.925305200Z"));
    assertThat(value.text()).isEqualTo("2018-07-12T00:42:00.925305200Z");
    assertThat(ValueReader.fileTime(0)).isEqualTo(Instant.parse("1601-01-01T00:00:00Z"));
  }

  @Test
  void binXmlIsARegionToDecodeLater() {
    Value value = read(ValueType.BINXML, "0f01010000");

    assertThat(value.isBinXml()).isTrue();
    assertThat(value.region()).isEqualTo(new Region(3, 5));
  }

  @Test
  void arraysOfStringsAreNulSeparated() {
    assertThat(texts(read(0x81, utf16("a\0\0c\0")))).containsExactly("a", "", "c");
    assertThat(texts(read(0x81, utf16("\0x\0")))).containsExactly("", "x");
    assertThat(texts(read(0x81, utf16("last")))).containsExactly("last");
    assertThat(texts(read(0x81, ""))).isEmpty();
    assertThat(texts(read(0x82, "41004200"))).containsExactly("A", "B");
  }

  @Test
  void arraysOfFixedSizeValues() {
    assertThat(texts(read(0x84, "0102ff"))).containsExactly("1", "2", "255");
    assertThat(texts(read(0x86, "bb01901f"))).containsExactly("443", "8080");
    assertThat(texts(read(0x88, "0100000002000000"))).containsExactly("1", "2");
    assertThat(texts(read(0x8a, "01000000000000000200000000000000"))).containsExactly("1", "2");
    assertThat(texts(read(0x94, "0a000000ff000000"))).containsExactly("0xa", "0xff");
    assertThat(texts(read(0x95, "0a00000000000000"))).containsExactly("0xa");
    assertThat(texts(read(0x8d, "0100000000000000"))).containsExactly("true", "false");
    assertThat(texts(read(0x91, "0000000000000000"))).containsExactly("1601-01-01T00:00:00Z");
    assertThat(texts(read(0x8f, "78563412341278560102030405060708".repeat(2)))).hasSize(2);
    assertThat(texts(read(0x93, "010100000000000512000000" + "010100000000000513000000")))
        .containsExactly("S-1-5-18", "S-1-5-19");
  }

  @Test
  void unknownTypesAndSizesThatDoNotFitAreRefused() {
    assertThatThrownBy(() -> read(0x22, "00"))
        .isInstanceOf(BinXmlException.class)
        .hasMessage("unknown value type 0x22");
    assertThatThrownBy(() -> read(0x20, "00000000")).hasMessage("unknown value type 0x20");
    assertThatThrownBy(() -> read(0x8e, "0000")).hasMessageContaining("unknown value type 0x8e");
    assertThatThrownBy(() -> read(ValueType.UINT16, "010203")).hasMessageContaining("3 bytes");
    assertThatThrownBy(() -> read(ValueType.GUID, "0102")).hasMessageContaining("not 16");
    assertThatThrownBy(() -> read(0x86, "010203")).hasMessageContaining("not a multiple of 2");
    assertThatThrownBy(() -> read(ValueType.SID, "0105000000000005"))
        .hasMessageContaining("SID of 28 bytes");
  }

  private static String utf16(String text) {
    return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_16LE));
  }

  private static List<String> texts(Value value) {
    return value.items().stream().map(Value::text).toList();
  }
}
