package io.portex.core.source;

import java.nio.charset.Charset;

/**
 * The character set an input was read with.
 *
 * @param charset the charset
 * @param bomLength bytes of byte-order mark to skip (0 when none)
 * @param binary true when the content is not text at all (NUL bytes, control characters)
 * @param reason why it was chosen, for the diagnostics
 */
public record DetectedCharset(Charset charset, int bomLength, boolean binary, String reason) {

  /**
   * The short name support engineers know: {@code UTF-8}, {@code UTF-16LE}, {@code cp850}; {@code
   * binary} for content that is no text.
   */
  public String label() {
    if (binary) {
      return "binary";
    }
    String name = charset.name();
    return switch (name) {
      case "IBM437" -> "cp437";
      case "IBM850" -> "cp850";
      case "IBM866" -> "cp866";
      case "windows-31j" -> "cp932";
      case "GBK" -> "cp936";
      case "x-windows-949" -> "cp949";
      case "windows-1252" -> "cp1252";
      default -> name;
    };
  }
}
