package io.portex.core.format.netstat;

import io.portex.core.model.TcpState;
import io.portex.core.source.AsciiKey;
import java.util.List;

/**
 * The lines {@code netstat -b} writes under a row: a service name ({@code RpcSs}), the image in
 * brackets ({@code [svchost.exe]}), or a sentence saying the owner is unknown, in the language of
 * the system ({@code Can not obtain ownership information}).
 */
final class OwnerLine {

  enum Kind {
    IMAGE,
    SERVICE,
    NO_OWNER
  }

  /**
   * The no-owner sentences, compared by {@link AsciiKey}, so mojibake and typographic apostrophes
   * ({@code informaci¢n}, {@code d’obtenir}) compare equal.
   */
  private static final List<String> NO_OWNER =
      List.of(
          "cannotobtainownershipinformation",
          "impossibledobtenirlesinformationsdepropritaire",
          "nosepuedeobtenerinformacindepropiedad");

  private OwnerLine() {}

  /** What kind of owner line {@code text} (trimmed) is, or null when it is none. */
  static Kind classify(String text) {
    if (text.length() > 2 && text.charAt(0) == '[' && text.charAt(text.length() - 1) == ']') {
      return Kind.IMAGE;
    }
    if (NO_OWNER.contains(AsciiKey.of(text))) {
      return Kind.NO_OWNER;
    }
    return isServiceName(text) && TcpState.parse(text).isEmpty() ? Kind.SERVICE : null;
  }

  /**
   * A Windows service name: one word of letters, digits and {@code _ - . $}, starting with a
   * letter.
   */
  private static boolean isServiceName(String text) {
    if (text.isEmpty() || text.length() > 80 || !Character.isLetter(text.charAt(0))) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '$')) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for a sentence that could be the no-owner message in a language portex has not met: three
   * or more words of letters, no digits, no colon.
   */
  static boolean looksLikeSentence(String text) {
    if (text.indexOf(':') >= 0) {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      boolean letter = Character.isLetter(c);
      if (letter && !inWord) {
        words++;
      }
      inWord = letter || (inWord && !Character.isWhitespace(c));
    }
    return words >= 3;
  }
}
