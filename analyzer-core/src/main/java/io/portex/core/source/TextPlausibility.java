package io.portex.core.source;

import java.util.List;

/**
 * Scores how much a decoded text reads like words rather than mojibake. Each word holding non-ASCII
 * characters scores when all of them are letters of one script (Latin, Cyrillic, CJK, Hangul, ...)
 * and loses when it mixes scripts or holds symbols, as text decoded with the wrong code page does
 * ({@code ABH™REN}, {@code ABHЩREN}). Known words of localized Windows output score most.
 */
final class TextPlausibility {

  private static final int KNOWN_WORD = 20;
  private static final int COHERENT_WORD = 2;
  private static final int COMMON_LATIN_LETTER = 1;
  private static final int INCOHERENT_WORD = -3;
  private static final String COMMON_LATIN = "äöüÄÖÜßéèêáàâíóúñçÉãõôœ";

  private TextPlausibility() {}

  static int score(String text, List<String> knownWords) {
    int score = 0;
    for (String word : knownWords) {
      if (text.contains(word)) {
        score += KNOWN_WORD;
      }
    }
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (space && start >= 0) {
        score += scoreWord(text, start, i);
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return score;
  }

  private static int scoreWord(String text, int from, int to) {
    Character.UnicodeScript script = null;
    boolean asciiLetters = false;
    boolean nonAscii = false;
    int common = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        asciiLetters |= Character.isLetter(c);
        continue;
      }
      nonAscii = true;
      if (!Character.isLetter(c) && !isCjkMark(c)) {
        return INCOHERENT_WORD;
      }
      Character.UnicodeScript charScript = family(Character.UnicodeScript.of(c));
      if (script != null && script != charScript) {
        return INCOHERENT_WORD;
      }
      script = charScript;
      if (COMMON_LATIN.indexOf(c) >= 0) {
        common++;
      }
    }
    if (!nonAscii) {
      return 0;
    }
    if (asciiLetters && script != Character.UnicodeScript.LATIN) {
      return INCOHERENT_WORD;
    }
    return COHERENT_WORD + common * COMMON_LATIN_LETTER;
  }

  /** Japanese writes Han, Hiragana and Katakana in one word: one family. */
  private static Character.UnicodeScript family(Character.UnicodeScript script) {
    return switch (script) {
      case HIRAGANA, KATAKANA -> Character.UnicodeScript.HAN;
      default -> script;
    };
  }

  private static boolean isCjkMark(char c) {
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || c == 0x30FC;
  }
}
