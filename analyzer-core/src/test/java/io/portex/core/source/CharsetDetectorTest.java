package io.portex.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharsetDetectorTest {

  private static DetectedCharset detect(byte[] bytes) {
    return CharsetDetector.detect(bytes, bytes.length);
  }

  private static final String GERMAN =
      "Aktive Verbindungen\r\n  TCP    0.0.0.0:135    0.0.0.0:0    ABHÖREN    912\r\n";

  @Test
  void byteOrderMarksDecide() {
    assertThat(detect(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}).label())
        .isEqualTo("UTF-8");
    DetectedCharset utf16 = detect(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0});
    assertThat(utf16.label()).isEqualTo("UTF-16LE");
    assertThat(utf16.bomLength()).isEqualTo(2);
  }

  @Test
  void utf16WithoutBomIsFoundByItsZeroBytes() {
    assertThat(detect(GERMAN.getBytes(StandardCharsets.UTF_16LE)).label()).isEqualTo("UTF-16LE");
    assertThat(detect(GERMAN.getBytes(StandardCharsets.UTF_16BE)).label()).isEqualTo("UTF-16BE");
  }

  @Test
  void validUtf8IsUtf8AndAsciiIsSaidToBePlain() {
    assertThat(detect(GERMAN.getBytes(StandardCharsets.UTF_8)).reason())
        .isEqualTo("valid UTF-8 without BOM");
    assertThat(detect("TCP 1.2.3.4:5".getBytes(StandardCharsets.US_ASCII)).reason())
        .isEqualTo("plain ASCII");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "  TCP    0.0.0.0:135    0.0.0.0:0    ABHÖREN    912   | IBM850       | cp850",
        "Gerät Übersicht Größe Prüfung                          | windows-1252 | cp1252",
        "  Proto  Dirección local    Estado                     | IBM850       | cp850",
        "Активные подключения  Имя  Локальный адрес  Состояние  | IBM866       | cp866",
        "アクティブな接続  プロトコル  ローカル アドレス  状態      | windows-31j  | cp932",
        "活动连接  协议  本地地址  外部地址  状态                    | GBK          | cp936",
        "활성 연결  프로토콜  로컬 주소  외부 주소  상태            | x-windows-949 | cp949",
      })
  void legacyCodePagesAreFoundByWhatReadsAsWords(String text, String charset, String label) {
    assertThat(detect(text.getBytes(Charset.forName(charset))).label()).isEqualTo(label);
  }

  @Test
  void nulBytesMeanBinary() {
    assertThat(
            detect(new byte[] {'E', 'l', 'f', 'C', 'h', 'n', 'k', 0, 1, 2, 3, 4, 5, 6, 7, 8})
                .binary())
        .isTrue();
  }
}
