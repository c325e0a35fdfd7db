package io.portex.core.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds the charset of a text from its first bytes: a byte-order mark; UTF-16 without one (ASCII
 * text leaves every other byte zero); valid UTF-8; else the OEM or ANSI code page in which the text
 * reads most like words. Windows tools write the console code page when redirected (cp850 for
 * German, Spanish, French; cp866 Russian; cp932 Japanese; cp936 Chinese; cp949 Korean), and cp1252
 * when saved from an editor.
 */
public final class CharsetDetector {

  /**
   * Code pages tried, in order of preference when two read equally well. In a holder of their own:
   * looking up the East Asian ones loads the JDK's table of extended charsets, ~15 ms of start-up
   * that a text in ASCII or UTF-8 does not need.
   */
  private static final class Legacy {
    static final List<Charset> CODE_PAGES =
        List.of(
            Charset.forName("IBM850"),
            Charset.forName("windows-1252"),
            Charset.forName("IBM437"),
            Charset.forName("IBM866"),
            Charset.forName("windows-31j"),
            Charset.forName("GBK"),
            Charset.forName("x-windows-949"));
  }

  /**
   * Words that Windows prints in localized outputs. Finding one decides between code pages that
   * read equally well otherwise (Korean text is valid GBK, for one).
   */
  private static final List<String> KNOWN_WORDS =
      List.of(
          "ABHÖREN",
          "Verbindungen",
          "Dirección",
          "información",
          "Endereço",
          "Conexões",
          "État",
          "propriétaire",
          "Активные",
          "подключения",
          "Локальный",
          "Состояние",
          "Внешний",
          "アクティブ",
          "接続",
          "プロトコル",
          "ローカル",
          "アドレス",
          "状態",
          "活动连接",
          "协议",
          "本地地址",
          "外部地址",
          "状态",
          "端口",
          "远程",
          "进程",
          "连接数",
          "활성",
          "연결",
          "프로토콜",
          "로컬",
          "주소",
          "상태",
          "Abbildname",
          "Sitzungsname",
          "映像名称",
          "イメージ名",
          "이미지 이름");

  private CharsetDetector() {}

  /** Detects the charset of {@code length} bytes of {@code head}, the start of a file. */
  public static DetectedCharset detect(byte[] head, int length) {
    if (length >= 3
        && (head[0] & 0xff) == 0xEF
        && (head[1] & 0xff) == 0xBB
        && (head[2] & 0xff) == 0xBF) {
      return new DetectedCharset(StandardCharsets.UTF_8, 3, false, "UTF-8 byte-order mark");
    }
    if (length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
      return new DetectedCharset(StandardCharsets.UTF_16LE, 2, false, "UTF-16LE byte-order mark");
    }
    if (length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
      return new DetectedCharset(StandardCharsets.UTF_16BE, 2, false, "UTF-16BE byte-order mark");
    }
    DetectedCharset utf16 = utf16WithoutBom(head, length);
    if (utf16 != null) {
      return utf16;
    }
    if (looksBinary(head, length)) {
      return new DetectedCharset(
          StandardCharsets.ISO_8859_1, 0, true, "binary content (NUL or control bytes)");
    }
    if (isAscii(head, length)) {
      return new DetectedCharset(StandardCharsets.UTF_8, 0, false, "plain ASCII");
    }
    if (decodes(StandardCharsets.UTF_8, head, length)) {
      return new DetectedCharset(StandardCharsets.UTF_8, 0, false, "valid UTF-8 without BOM");
    }
    return bestLegacy(head, length);
  }

  private static DetectedCharset utf16WithoutBom(byte[] head, int length) {
    int pairs = length / 2;
    if (pairs < 8) {
      return null;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i + 1 < length; i += 2) {
      if (head[i] == 0) {
        zeroEven++;
      }
      if (head[i + 1] == 0) {
        zeroOdd++;
      }
    }
    if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) {
      return new DetectedCharset(
          StandardCharsets.UTF_16LE, 0, false, "UTF-16LE without BOM (zero high bytes)");
    }
    if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) {
      return new DetectedCharset(
          StandardCharsets.UTF_16BE, 0, false, "UTF-16BE without BOM (zero high bytes)");
    }
    return null;
  }

  private static boolean looksBinary(byte[] head, int length) {
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1A) {
        control++;
      }
    }
    return control > Math.max(4, length / 100);
  }

  private static boolean isAscii(byte[] head, int length) {
    for (int i = 0; i < length; i++) {
      if (head[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the bytes decode without error. The head may end inside a multi-byte character, so up
   * to three trailing bytes are allowed to be incomplete.
   */
  private static boolean decodes(Charset charset, byte[] head, int length) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(head, 0, length);
    CharBuffer out = CharBuffer.allocate(length + 1);
    var result = decoder.decode(in, out, false);
    return !result.isError() && in.remaining() <= 3;
  }

  private static DetectedCharset bestLegacy(byte[] head, int length) {
    Charset best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Charset candidate : Legacy.CODE_PAGES) {
      String text;
      try {
        text = decodeStrict(candidate, head, length);
      } catch (CharacterCodingException e) {
        continue;
      }
      int score = TextPlausibility.score(text, KNOWN_WORDS);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best == null) {
      return new DetectedCharset(
          Charset.forName("windows-1252"),
          0,
          false,
          "no code page decodes it cleanly; read as cp1252");
    }
    DetectedCharset chosen = new DetectedCharset(best, 0, false, "");
    return new DetectedCharset(
        best,
        0,
        false,
        "not UTF-8; " + chosen.label() + " reads most of its non-ASCII text as words");
  }

  private static String decodeStrict(Charset charset, byte[] head, int length)
      throws CharacterCodingException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(head, 0, length)).toString();
    } catch (CharacterCodingException e) {
      if (length < 2) {
        throw e;
      }
      // a double-byte character cut by the end of the head must not disqualify a code page
      return decoder.reset().decode(ByteBuffer.wrap(head, 0, length - 1)).toString();
    }
  }
}
