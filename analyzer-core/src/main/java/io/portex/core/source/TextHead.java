package io.portex.core.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The start of an input as formats see it when sniffing: the raw bytes (for binary formats), the
 * charset found for them and the text they decode to, split into lines once for every format.
 * Immutable.
 */
public final class TextHead {

  /** Bytes read for sniffing. */
  public static final int SIZE = 64 * 1024;

  private final String fileName;
  private final byte[] bytes;
  private final DetectedCharset charset;
  private final String text;
  private final List<String> lines;

  /**
   * @param fileName the input's file name, without folders (a hint only: sniff by content)
   * @param bytes the first bytes of the input (at most {@link #SIZE})
   * @param charset the charset detected for them
   * @param text the decoded text, byte-order mark removed (empty for binary content)
   */
  public TextHead(String fileName, byte[] bytes, DetectedCharset charset, String text) {
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.bytes = Objects.requireNonNull(bytes, "bytes");
    this.charset = Objects.requireNonNull(charset, "charset");
    this.text = Objects.requireNonNull(text, "text");
    this.lines = split(text);
  }

  public String fileName() {
    return fileName;
  }

  /** The raw bytes; formats must not change them. */
  public byte[] bytes() {
    return bytes;
  }

  public DetectedCharset charset() {
    return charset;
  }

  public String text() {
    return text;
  }

  /** The lines of the head; the last may be cut by the end of the head. */
  public List<String> lines() {
    return lines;
  }

  private static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return List.copyOf(lines);
  }
}
